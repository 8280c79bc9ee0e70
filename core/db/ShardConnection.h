#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "db/ConnectionPool.h"
#include "db/ServerAddress.h"
#include "topology/Shard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVariantMap>

class QSqlQuery;

namespace ShardDesk {

// The calling thread's connection to one shard's server, for one operation (private to core/db).
// Asks the provider for the login, takes the connection from the pool, runs statements, and when one
// fails because the connection timed out or was lost, discards the connection so that the next
// operation reconnects explicitly instead of failing again on a dead socket.
class ShardConnection
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ShardConnection)

public:
    // Statements that name the database (`db`.`table`) need no default database, so one connection per
    // server and thread serves every shard on that server; a fixed statement run "on a shard" gets the
    // shard's database as its default.
    enum class DefaultDatabase { None, Shards };

    ShardConnection(ConnectionPool &pool, const ConnectionOptionsProvider &provider, const Shard &shard,
                    DefaultDatabase defaultDatabase = DefaultDatabase::None);

    Result<void> open();
    // Runs sql as a prepared statement kept by the pool, with values bound in order. Read the query,
    // then finish() it. The pointer is the pool's: do not keep it past this object.
    Result<QSqlQuery *> execPrepared(const QString &sql, const QVariantList &values, const QString &context);
    // Runs a statement that has no values in it as text.
    Result<QSqlQuery> execText(const QString &sql, const QString &context);

    // Every row of an executed query as column name -> value; finishes the query.
    static QList<QVariantMap> readRows(QSqlQuery &query);

private:
    Error fail(const QSqlError &error, const QString &context);
    Error discardIfLost(Error error);

    ConnectionPool &m_pool;
    const ConnectionOptionsProvider &m_provider;
    Shard m_shard;
    QString m_database;
    ServerAddress m_server;
    QString m_user;
    QSqlDatabase m_db;
};

} // namespace ShardDesk
