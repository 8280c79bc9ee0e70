#pragma once

#include "Result.h"
#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ShardDesk {

// Opens the database behind a ConfigLocation for the calling thread, under a connection name the caller
// owns: an SQLite file (created, with its folder, when asked), or a database on a MySQL/MariaDB server,
// reached with timeouts and created when asked. Used by ConfigStore and PyShardsImporter; knows nothing
// about what the tables hold.
class ConfigDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigDatabase)

public:
    enum class Create { No, Yes };

    // A connection name no other connection of this process uses.
    static QString uniqueConnectionName(const QString &purpose);
    static Result<QSqlDatabase> open(const QString &connectionName, const ConfigLocation &location,
                                     const ConnectionOptions &mysqlOptions, Create create);
    // Closes and removes the connection; every QSqlDatabase copy of it must be gone by now.
    static void close(const QString &connectionName);

private:
    static Result<QSqlDatabase> openSqlite(const QString &connectionName, const ConfigLocation &location,
                                           Create create);
    static Result<QSqlDatabase> openMySql(const QString &connectionName, const ConfigLocation &location,
                                          const ConnectionOptions &options, Create create);
    static Result<void> useMySqlDatabase(QSqlDatabase &db, const ConfigLocation &location, Create create);
};

} // namespace ShardDesk
