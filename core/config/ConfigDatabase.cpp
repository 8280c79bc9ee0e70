#include "ConfigDatabase.h"

#include "config/ConfigSql.h"
#include "db/ConnectionPool.h"
#include "db/SqlIdentifier.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>
#include <atomic>

namespace ShardDesk {

namespace {

std::atomic<quint64> connectionCounter{0};

// Wraps an error from a lower layer in a sentence that names the store, keeping its kind and server text.
Error aboutLocation(const QString &sentence, const Error &cause)
{
    return makeError(sentence + QLatin1Char(' ') + cause.message, cause.kind, cause.serverText, cause.serverCode);
}

} // namespace

QString ConfigDatabase::uniqueConnectionName(const QString &purpose)
{
    return QStringLiteral("sharddesk.config.") + purpose + QLatin1Char('.') + QString::number(++connectionCounter);
}

Result<QSqlDatabase> ConfigDatabase::open(const QString &connectionName, const ConfigLocation &location,
                                          const ConnectionOptions &mysqlOptions, Create create)
{
    Result<QSqlDatabase> db = location.kind() == ConfigLocation::Kind::SQLite
        ? openSqlite(connectionName, location, create)
        : openMySql(connectionName, location, mysqlOptions, create);
    if (!db)
        close(connectionName);
    return db;
}

void ConfigDatabase::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result<QSqlDatabase> ConfigDatabase::openSqlite(const QString &connectionName, const ConfigLocation &location,
                                                Create create)
{
    const QFileInfo file(location.path());
    if (file.isDir())
        return makeError(tr("“%1” is a folder, not a config store file.").arg(location.path()), Error::Kind::Usage);
    if (!file.exists()) {
        if (create == Create::No)
            return makeError(tr("There is no config store at “%1”.").arg(location.path()), Error::Kind::NotFound);
        if (!QDir().mkpath(file.absolutePath()))
            return makeError(tr("Could not create the folder “%1” for the config store.").arg(file.absolutePath()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid())
        return makeError(tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)."));
    db.setDatabaseName(location.path());
    ConfigSql sql(db);
    if (!db.open())
        return sql.error(db.lastError(), tr("Could not open the config store “%1”.").arg(location.path()));
    // Another program applying a change holds the lock for a moment: wait for it rather than fail at once.
    // The default rollback journal (not WAL) keeps the store one self-contained file that can be copied.
    Result<void> timeout = sql.exec(QStringLiteral("PRAGMA busy_timeout = 5000"),
                                    tr("Could not open the config store “%1”.").arg(location.path()));
    if (!timeout)
        return timeout.error();
    return db;
}

Result<QSqlDatabase> ConfigDatabase::openMySql(const QString &connectionName, const ConfigLocation &location,
                                               const ConnectionOptions &options, Create create)
{
    Result<QSqlDatabase> connected = ConnectionPool::openConnection(connectionName, location.server(), QString(),
                                                                    options);
    if (!connected)
        return aboutLocation(tr("Could not open the config store %1.").arg(location.toString()), connected.error());
    QSqlDatabase db = *connected;
    ConfigSql sql(db);
    const QString context = tr("Could not prepare the connection to the config store %1.").arg(location.toString());
    // Loads read several tables: REPEATABLE READ makes them one snapshot whatever the server's default is.
    Result<void> prepared = sql.exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"), context);
    // A lock wait shorter than the read timeout ends as a clean "try again" error instead of a lost connection.
    const int lockWaitSec = std::max(1, options.readTimeoutSec - 1);
    if (prepared)
        prepared = sql.exec(QStringLiteral("SET SESSION innodb_lock_wait_timeout = ") + QString::number(lockWaitSec),
                            context);
    if (prepared)
        prepared = useMySqlDatabase(db, location, create);
    if (!prepared)
        return prepared.error();
    return db;
}

Result<void> ConfigDatabase::useMySqlDatabase(QSqlDatabase &db, const ConfigLocation &location, Create create)
{
    ConfigSql sql(db);
    const QString &name = location.database();
    Result<void> valid = create == Create::Yes ? SqlIdentifier::checkCreatable(name, tr("config store database"))
                                               : SqlIdentifier::checkQuotable(name);
    if (!valid)
        return valid;
    const QString quoted = SqlIdentifier::quote(name);
    if (create == Create::Yes) {
        Result<void> created = sql.exec(QStringLiteral("CREATE DATABASE IF NOT EXISTS ") + quoted
                                            + QStringLiteral(" CHARACTER SET utf8mb4"),
                                        tr("Could not create the database %1 for the config store.").arg(name));
        if (!created)
            return created;
    } else {
        Result<QVariant> found = sql.scalar(
            QStringLiteral("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?"), {name},
            tr("Could not look for the database %1 of the config store.").arg(name));
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return makeError(tr("There is no database %1 on %2.").arg(name, location.server().toString()),
                             Error::Kind::NotFound);
    }
    return sql.exec(QStringLiteral("USE ") + quoted, tr("Could not use the database %1 of the config store.").arg(name));
}

} // namespace ShardDesk
