#pragma once

#include <QStringList>

namespace ShardDesk {

// The recently opened config stores (paths and mysql:// URLs, never passwords), newest first, kept in
// QSettings through AppSettings; as many as the user's preference allows.
class RecentConfigs
{
public:
    static QStringList list();
    static void add(const QString &location);
    static void remove(const QString &location);
    static void clear();
    // Drops the oldest entries beyond the preferred maximum (after the user lowered it).
    static void trim();
};

} // namespace ShardDesk
