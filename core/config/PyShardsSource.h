#pragma once

#include "Result.h"
#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace ShardDesk {

// The tables of an original pyshards shardconf (Django models), in an SQLite file or a MySQL database:
// reads them for PyShardsImporter, and blanks the plain-text passwords once they are safe elsewhere.
class PyShardsSource
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::PyShardsSource)

public:
    // One row of the shard table. The password lives only as long as the import needs it.
    struct ShardRow
    {
        int id = 0;
        int pid = 0; // NULL and 0 both mean "a bucket head"
        double capacityMb = 0;
        double currentMb = 0;
        bool full = false;
        bool initialized = false;
        QString user;
        QString password;
        QString host;
        QString database;
    };

    // One row of the vshard table: its id and the shard it points to (0 for NULL).
    struct VShardRow
    {
        int id = 0;
        int pid = 0;
    };

    PyShardsSource() = default;
    ~PyShardsSource();
    PyShardsSource(const PyShardsSource &) = delete;
    PyShardsSource &operator=(const PyShardsSource &) = delete;

    // Opens the source; fails unless it holds the pyshards tables (and not a ShardDesk store).
    Result<void> open(const ConfigLocation &location, const ConnectionOptions &mysqlOptions);
    // In id order.
    Result<QList<ShardRow>> readShards();
    // In id order, read forward-only: a shardconf may hold a million vshards.
    Result<std::vector<VShardRow>> readVShards();
    // Blanks the password of each row in one transaction, only where it still is the one that was read (a
    // password changed meanwhile was not copied, so it stays). Returns the ids whose password stayed.
    Result<QList<int>> clearPasswords(const QList<ShardRow> &rows);

private:
    ConfigLocation m_location;
    QString m_connectionName;
};

} // namespace ShardDesk
