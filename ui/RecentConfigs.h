#pragma once

#include <QStringList>

namespace ShardDesk {

// The recently opened config stores (paths and mysql:// URLs, never passwords), newest first, kept in
// QSettings.
class RecentConfigs
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static void add(const QString &location);
    static void remove(const QString &location);
};

} // namespace ShardDesk
