#include "ShardLink.h"

#include "db/ConnectionPool.h"
#include "db/ServerAddress.h"

#include <QAtomicInteger>
#include <QSqlError>

#include <algorithm>

namespace ShardDesk {

namespace {
QAtomicInteger<quint64> nextLink = 0;
}

ShardLink::ShardLink(Shard shard, ConnectionOptionsProvider provider)
    : m_shard(std::move(shard))
    , m_provider(std::move(provider))
    , m_name(QStringLiteral("sharddesk-move-%1").arg(nextLink.fetchAndAddRelaxed(1)))
{ }

ShardLink::~ShardLink()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> ShardLink::open()
{
    if (m_db.isOpen())
        return {};
    if (!m_provider)
        return makeError(tr("No login is configured for shard %1.").arg(m_shard.displayName()), Error::Kind::Usage);
    auto options = m_provider(m_shard);
    if (!options)
        return options.error();
    ConnectionOptions longer = *options;
    longer.readTimeoutSec = std::max(longer.readTimeoutSec, MinReadTimeoutSec);
    longer.writeTimeoutSec = std::max(longer.writeTimeoutSec, MinReadTimeoutSec);
    auto server = ServerAddress::fromHostPort(m_shard.host, m_shard.port);
    if (!server)
        return server.error();
    auto db = ConnectionPool::openConnection(m_name, *server, m_shard.database, longer);
    if (!db)
        return db.error();
    m_db = *db;
    for (const QString &statement : std::as_const(m_sessionStatements)) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return ConnectionPool::errorFrom(
                query.lastError(), tr("Could not set up the session on shard %1.").arg(m_shard.displayName()));
    }
    return {};
}

Result<QSqlQuery> ShardLink::exec(const QString &sql, const QVariantList &values, const QString &context)
{
    if (auto opened = open(); !opened)
        return opened.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool done = false;
    if (values.isEmpty()) {
        done = query.exec(sql);
    } else {
        done = query.prepare(sql);
        for (int i = 0; done && i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        done = done && query.exec();
    }
    if (done)
        return query;
    const Error error = ConnectionPool::errorFrom(query.lastError(), context);
    query = QSqlQuery();
    dropIfLost(error);
    return error;
}

void ShardLink::dropIfLost(const Error &error)
{
    if (error.kind != Error::Kind::Unreachable && error.kind != Error::Kind::Timeout)
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<qint64> ShardLink::execute(const QByteArray &sql, const QString &context)
{
    if (auto opened = open(); !opened)
        return opened.error();
    auto affected = NativeQuery::execute(m_db, sql, context);
    if (!affected)
        dropIfLost(affected.error());
    return affected;
}

Result<qint64> ShardLink::select(const QByteArray &sql, const NativeQuery::RowHandler &onRow, const QString &context)
{
    if (auto opened = open(); !opened)
        return opened.error();
    auto rows = NativeQuery::select(m_db, sql, onRow, context);
    if (!rows)
        dropIfLost(rows.error());
    return rows;
}

Result<QVariant> ShardLink::scalar(const QString &sql, const QVariantList &values, const QString &context)
{
    auto query = exec(sql, values, context);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

} // namespace ShardDesk
