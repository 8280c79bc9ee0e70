#include "RecentConfigs.h"

#include "preferences/AppSettings.h"

namespace ShardDesk {

QStringList RecentConfigs::list()
{
    return AppSettings::recentConfigs();
}

void RecentConfigs::add(const QString &location)
{
    QStringList entries = list();
    entries.removeAll(location);
    entries.prepend(location);
    AppSettings::setRecentConfigs(entries);
    trim();
}

void RecentConfigs::remove(const QString &location)
{
    QStringList entries = list();
    entries.removeAll(location);
    AppSettings::setRecentConfigs(entries);
}

void RecentConfigs::clear()
{
    AppSettings::setRecentConfigs({});
}

void RecentConfigs::trim()
{
    QStringList entries = list();
    if (entries.size() <= AppSettings::recentMax())
        return;
    entries.resize(AppSettings::recentMax());
    AppSettings::setRecentConfigs(entries);
}

} // namespace ShardDesk
