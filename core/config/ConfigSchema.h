#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ShardDesk {

// The config store's own schema, the same for SQLite and MySQL/MariaDB, with its version table and
// the migrations from each older version to the next.
//
// Tables: sd_schema_version(version), sd_cluster (one row: settings, topology version, who changed
// it last and when), sd_shard, sd_vshard_range (the vshard map as runs of consecutive ids); since version 2
// sd_move_journal (the steps of a vshard move, see MoveJournal).
class ConfigSchema
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigSchema)

public:
    static constexpr int CurrentVersion = 2;

    enum class Detected { Empty, ShardDesk, PyShards, Foreign };

    // What the database holds: nothing, a ShardDesk store, an original pyshards shardconf (tables
    // shard and vshard), or something else.
    static Result<Detected> detect(QSqlDatabase &db);
    // The stored schema version (0 when there is none).
    static Result<int> version(QSqlDatabase &db);
    // Creates the schema in an empty database.
    static Result<void> create(QSqlDatabase &db);
    // Upgrades an older schema step by step, each step in a transaction. Refuses a newer schema than
    // CurrentVersion with a message saying so.
    static Result<void> migrate(QSqlDatabase &db);
};

} // namespace ShardDesk
