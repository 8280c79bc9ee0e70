#include "RecentConfigs.h"

#include <QSettings>

namespace ShardDesk {

namespace {
const QString Key = QStringLiteral("recentConfigs");
}

QStringList RecentConfigs::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentConfigs::add(const QString &location)
{
    QStringList entries = list();
    entries.removeAll(location);
    entries.prepend(location);
    while (entries.size() > MaxEntries)
        entries.removeLast();
    QSettings().setValue(Key, entries);
}

void RecentConfigs::remove(const QString &location)
{
    QStringList entries = list();
    entries.removeAll(location);
    QSettings().setValue(Key, entries);
}

} // namespace ShardDesk
