#include "ShardConnection.h"

#include "db/DbLogging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ShardDesk {

ShardConnection::ShardConnection(ConnectionPool &pool, const ConnectionOptionsProvider &provider, const Shard &shard,
                                 DefaultDatabase defaultDatabase)
    : m_pool(pool)
    , m_provider(provider)
    , m_shard(shard)
    , m_database(defaultDatabase == DefaultDatabase::Shards ? shard.database : QString())
{ }

Result<void> ShardConnection::open()
{
    if (m_db.isOpen())
        return {};
    if (!m_provider)
        return makeError(tr("No login is configured for shard %1.").arg(m_shard.displayName()), Error::Kind::Usage);
    // The provider's own message (e.g. "the keychain is locked") is what the user needs to see.
    Result<ConnectionOptions> options = m_provider(m_shard);
    if (!options)
        return options.error();
    auto server = ServerAddress::fromHostPort(m_shard.host, m_shard.port);
    if (!server)
        return server.error();
    m_server = *server;
    m_user = options->user;
    auto db = m_pool.connection(m_server, m_database, *options);
    if (!db)
        return db.error();
    m_db = *db;
    return {};
}

Result<QSqlQuery *> ShardConnection::execPrepared(const QString &sql, const QVariantList &values,
                                                  const QString &context)
{
    if (auto opened = open(); !opened)
        return opened.error();
    auto statement = m_pool.prepared(m_db, sql, context);
    if (!statement)
        return discardIfLost(statement.error());
    QSqlQuery *query = *statement;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        query->finish();
        return fail(error, context);
    }
    return query;
}

Result<QSqlQuery> ShardConnection::execText(const QString &sql, const QString &context)
{
    if (auto opened = open(); !opened)
        return opened.error();
    QSqlError error;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (query.exec(sql))
            return query;
        error = query.lastError();
    }
    // The query is gone before fail() may remove its connection.
    return fail(error, context);
}

Error ShardConnection::fail(const QSqlError &error, const QString &context)
{
    return discardIfLost(ConnectionPool::errorFrom(error, context));
}

Error ShardConnection::discardIfLost(Error error)
{
    if (error.kind == Error::Kind::Timeout || error.kind == Error::Kind::Unreachable) {
        qCDebug(lcDb) << "discarding the connection to" << m_server.toString() << "after:" << error.serverText;
        m_db = QSqlDatabase();
        m_pool.discard(m_server, m_database, m_user);
    }
    return error;
}

QList<QVariantMap> ShardConnection::readRows(QSqlQuery &query)
{
    QList<QVariantMap> rows;
    const QSqlRecord record = query.record();
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        rows.append(row);
    }
    query.finish();
    return rows;
}

} // namespace ShardDesk
