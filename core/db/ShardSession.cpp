#include "ShardSession.h"

#include "db/DbLogging.h"
#include "db/ShardConnection.h"
#include "db/ShardStatement.h"

#include <QFuture>
#include <QSqlQuery>
#include <QtConcurrentRun>

#include <algorithm>

namespace ShardDesk {

namespace {

QString vshardColumn()
{
    return QString::fromLatin1(ShardSession::VShardColumn);
}

// A null QString would be bound as SQL NULL; the key routed is the empty one, so that is what is stored.
QString boundKey(const QString &key)
{
    return key.isNull() ? QStringLiteral("") : key;
}

Error unroutable(const Route &route)
{
    if (route.vshard < 0)
        return makeError(ShardSession::tr("The key cannot be routed: the topology has no vshards."),
                         Error::Kind::Validation);
    return makeError(
        ShardSession::tr("The key cannot be routed: its vshard %1 is not mapped to a shard.").arg(route.vshard),
        Error::Kind::Validation);
}

// Rebalancing (issue 6): the writer is told to retry, as the move ends within seconds.
Error frozenVShard(const Route &route)
{
    return makeError(ShardSession::tr("Vshard %1 is being moved to another shard; try the write again in a "
                                      "moment.")
                         .arg(route.vshard),
                     Error::Kind::Retryable);
}

// Column names are case-insensitive in MySQL: "virtual_shard" given by a caller is our column.
void removeColumn(QVariantMap &row, const QString &column)
{
    for (auto it = row.begin(); it != row.end();) {
        if (it.key().compare(column, Qt::CaseInsensitive) == 0)
            it = row.erase(it);
        else
            ++it;
    }
}

bool hasColumn(const QVariantMap &row, const QString &column)
{
    const QStringList keys = row.keys();
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&column](const QString &key) { return key.compare(column, Qt::CaseInsensitive) == 0; });
}

// The shards of shard's bucket that come before it, in chain order.
QList<Shard> earlierShardsOf(const RoutingTable &routing, const Shard &shard)
{
    const Topology &topology = routing.topology();
    QList<Shard> earlier;
    for (int id : routing.bucket(topology.headOf(shard.id))) {
        if (id == shard.id)
            return earlier;
        if (const Shard *s = topology.shard(id))
            earlier.append(*s);
    }
    return {}; // not in a chain: the caller reports it
}

// A table of an overflow shard whose AUTO_INCREMENT has to continue the bucket's ids.
struct ShardedTable
{
    QString name;
    QString idColumn;
};

// Tables are found on the server, not taken from a list: every table with a VIRTUAL_SHARD column is
// sharded, whatever the application added.
Result<QList<ShardedTable>> shardedTablesOf(ConnectionPool &pool, const ConnectionOptionsProvider &provider,
                                            const Shard &shard)
{
    ShardConnection connection(pool, provider, shard);
    auto query = connection.execPrepared(
        ShardStatement::autoIncrementColumnsOfShardedTables(), {shard.database, vshardColumn()},
        ShardSession::tr("Could not list the sharded tables of shard %1.").arg(shard.displayName()));
    if (!query)
        return query.error();
    QList<ShardedTable> tables;
    while ((*query)->next())
        tables.append({(*query)->value(0).toString(), (*query)->value(1).toString()});
    (*query)->finish();
    return tables;
}

// The largest id of table over all of shards: over the whole chain, not just the parent, because a
// parent marked full before it got any rows has no ids to continue from.
Result<qint64> largestId(ConnectionPool &pool, const ConnectionOptionsProvider &provider, const QList<Shard> &shards,
                         const ShardedTable &table)
{
    qint64 largest = 0;
    for (const Shard &shard : shards) {
        auto sql = ShardStatement::maxOf(shard.database, table.name, table.idColumn);
        if (!sql)
            return sql.error();
        ShardConnection connection(pool, provider, shard);
        auto query = connection.execText(*sql,
                                         ShardSession::tr("Could not read the largest id of table \"%1\" of "
                                                          "shard %2.")
                                             .arg(table.name, shard.displayName()));
        if (!query)
            return query.error();
        if (query->next())
            largest = std::max(largest, query->value(0).toLongLong());
    }
    return largest;
}

} // namespace

ShardSession::ShardSession(Router *router, ConnectionPool *pool, ConnectionOptionsProvider options)
    : m_router(router), m_pool(pool), m_options(std::move(options))
{
    // Threads stay while the session lives: each keeps its connections, so a scatter does not
    // reconnect to every shard every time.
    m_scatterPool.setMaxThreadCount(MaxScatterThreads);
    m_scatterPool.setExpiryTimeout(-1);
}

ShardSession::~ShardSession()
{
    m_scatterPool.waitForDone();
}

void ShardSession::setShardInitializedHandler(std::function<void(int)> handler)
{
    QMutexLocker locker(&m_initMutex);
    m_onInitialized = std::move(handler);
}

Result<ShardSession::InsertResult> ShardSession::insert(const QString &key, const QString &table,
                                                        const QVariantMap &values)
{
    // One snapshot for the whole call: routing, the shard and its bucket all agree.
    const std::shared_ptr<const RoutingTable> routing = m_router->table();
    const Route route = routing->route(key);
    const Shard *shard = routing->topology().shard(route.writeShardId);
    if (route.vshard < 0 || !shard)
        return unroutable(route);
    // Rebalancing (issue 6): a vshard being moved takes no writes until its map entry is switched.
    if (route.frozen)
        return frozenVShard(route);

    QVariantMap row = values;
    const QString keyColumn = routing->topology().settings.keyColumn;
    if (!hasColumn(row, keyColumn))
        row.insert(keyColumn, boundKey(key));
    removeColumn(row, vshardColumn());
    row.insert(vshardColumn(), route.vshard);
    auto sql = ShardStatement::insert(shard->database, table, row.keys());
    if (!sql)
        return sql.error();
    if (auto initialized = ensureInitialized(*routing, *shard); !initialized)
        return initialized.error();

    ShardConnection connection(*m_pool, m_options, *shard);
    auto query = connection.execPrepared(
        *sql, row.values(), tr("Could not insert into table \"%1\" of shard %2.").arg(table, shard->displayName()));
    if (!query)
        return query.error();
    const InsertResult result {shard->id, route.vshard, (*query)->lastInsertId().toLongLong()};
    (*query)->finish();
    return result;
}

Result<QList<QVariantMap>> ShardSession::selectByKey(const QString &key, const QString &table,
                                                     const QStringList &columns)
{
    auto outcomes = lookUp(key, table, m_router->table()->topology().settings.keyColumn, columns);
    if (!outcomes)
        return outcomes.error();
    // After an overflow a key's rows can be in several shards of its bucket; a failed shard fails the
    // call, as a partial answer would look like a complete one.
    QList<QVariantMap> rows;
    for (const ShardOutcome &outcome : std::as_const(*outcomes)) {
        if (!outcome.status)
            return outcome.status.error();
        rows += outcome.rows;
    }
    return rows;
}

Result<QList<ShardSession::ShardOutcome>> ShardSession::lookUp(const QString &key, const QString &table,
                                                              const QString &keyColumn, const QStringList &columns)
{
    const std::shared_ptr<const RoutingTable> routing = m_router->table();
    const Topology &topology = routing->topology();
    const Route route = routing->route(key);
    if (route.headId == 0)
        return unroutable(route);

    QList<ShardOutcome> outcomes;
    for (int id : routing->bucket(route.headId)) {
        const Shard *shard = topology.shard(id);
        if (!shard)
            continue;
        auto sql = ShardStatement::selectByKey(shard->database, table, keyColumn, columns);
        if (!sql)
            return sql.error();
        ShardOutcome outcome;
        outcome.shardId = id;
        ShardConnection connection(*m_pool, m_options, *shard);
        auto query = connection.execPrepared(
            *sql, {boundKey(key)}, tr("Could not read table \"%1\" of shard %2.").arg(table, shard->displayName()));
        if (query) {
            outcome.rows = ShardConnection::readRows(**query);
            outcome.count = outcome.rows.size();
        } else {
            outcome.status = query.error();
        }
        outcomes.append(std::move(outcome));
    }
    return outcomes;
}

Result<void> ShardSession::ensureInitialized(const RoutingTable &routing, const Shard &shard)
{
    if (shard.isHead() || shard.initialized)
        return {};
    // One thread initialises, the others wait for it rather than write ids that may collide.
    QMutexLocker locker(&m_initMutex);
    if (m_initialized.contains(shard.id))
        return {};
    const QList<Shard> earlier = earlierShardsOf(routing, shard);
    if (earlier.isEmpty())
        return makeError(tr("Shard %1 is not in a bucket, so its ids cannot continue those of the shards before "
                            "it.")
                             .arg(shard.displayName()),
                         Error::Kind::Validation);
    auto tables = shardedTablesOf(*m_pool, m_options, shard);
    if (!tables)
        return tables.error();
    for (const ShardedTable &table : std::as_const(*tables)) {
        auto largest = largestId(*m_pool, m_options, earlier, table);
        if (!largest)
            return largest.error();
        auto sql = ShardStatement::setAutoIncrement(shard.database, table.name, *largest + 1);
        if (!sql)
            return sql.error();
        ShardConnection connection(*m_pool, m_options, shard);
        auto altered = connection.execText(
            *sql, tr("Could not advance the ids of table \"%1\" of shard %2.").arg(table.name, shard.displayName()));
        if (!altered)
            return altered.error();
        qCDebug(lcDb) << "shard" << shard.id << "table" << table.name << "AUTO_INCREMENT" << *largest + 1;
    }
    m_initialized.insert(shard.id);
    const std::function<void(int)> handler = m_onInitialized;
    locker.unlock(); // the handler may persist the flag, which can take a while
    if (handler)
        handler(shard.id);
    return {};
}

template<typename Fn> QList<ShardSession::ShardOutcome> ShardSession::forEachShard(const QList<Shard> &shards, Fn fn)
{
    QList<QFuture<ShardOutcome>> futures;
    futures.reserve(shards.size());
    for (const Shard &shard : shards) {
        // Each task runs on a pool thread with that thread's own connections; a hung server holds
        // only its own task, until the connect or read timeout.
        futures.append(QtConcurrent::run(&m_scatterPool, [shard, fn] {
            ShardOutcome outcome;
            outcome.shardId = shard.id;
            outcome.status = fn(shard, outcome);
            return outcome;
        }));
    }
    QList<ShardOutcome> outcomes;
    outcomes.reserve(futures.size());
    for (QFuture<ShardOutcome> &future : futures)
        outcomes.append(future.result());
    return outcomes;
}

QList<ShardSession::ShardOutcome> ShardSession::scatterCount(const QString &table)
{
    const std::shared_ptr<const Topology> topology = m_router->topology();
    return forEachShard(topology->shards, [this, table](const Shard &shard, ShardOutcome &outcome) -> Result<void> {
        auto sql = ShardStatement::count(shard.database, table);
        if (!sql)
            return sql.error();
        ShardConnection connection(*m_pool, m_options, shard);
        auto query = connection.execText(
            *sql, tr("Could not count the rows of table \"%1\" of shard %2.").arg(table, shard.displayName()));
        if (!query)
            return query.error();
        outcome.count = query->next() ? query->value(0).toLongLong() : 0;
        return {};
    });
}

QList<ShardSession::ShardOutcome> ShardSession::scatterSelect(const QString &table, int limitPerShard,
                                                              const QStringList &columns)
{
    const std::shared_ptr<const Topology> topology = m_router->topology();
    return forEachShard(
        topology->shards,
        [this, table, limitPerShard, columns](const Shard &shard, ShardOutcome &outcome) -> Result<void> {
            auto sql = ShardStatement::select(shard.database, table, columns, limitPerShard);
            if (!sql)
                return sql.error();
            ShardConnection connection(*m_pool, m_options, shard);
            auto query = connection.execText(
                *sql, tr("Could not read table \"%1\" of shard %2.").arg(table, shard.displayName()));
            if (!query)
                return query.error();
            outcome.rows = ShardConnection::readRows(query.value());
            outcome.count = outcome.rows.size();
            return {};
        });
}

QList<ShardSession::ShardOutcome> ShardSession::executeOnAll(const QString &sql, Scope scope)
{
    const std::shared_ptr<const Topology> topology = m_router->topology();
    QList<Shard> targets;
    if (scope == Scope::PerShard) {
        targets = topology->shards;
    } else {
        // Two spellings of one server are one server.
        QSet<QString> seen;
        for (const Shard &shard : topology->shards) {
            const auto address = ServerAddress::fromHostPort(shard.host, shard.port);
            const QString server = address ? address->toString() : shard.serverKey();
            if (!seen.contains(server)) {
                seen.insert(server);
                targets.append(shard);
            }
        }
    }
    const auto database
        = scope == Scope::PerShard ? ShardConnection::DefaultDatabase::Shards : ShardConnection::DefaultDatabase::None;
    return forEachShard(targets,
                        [this, sql, scope, database](const Shard &shard, ShardOutcome &outcome) -> Result<void> {
                            ShardConnection connection(*m_pool, m_options, shard, database);
                            const QString context = scope == Scope::PerShard
                                ? tr("The statement failed on shard %1.").arg(shard.displayName())
                                : tr("The statement failed on server %1.").arg(shard.serverKey());
                            auto query = connection.execText(sql, context);
                            if (!query)
                                return query.error();
                            outcome.count = query->numRowsAffected();
                            return {};
                        });
}

Result<qint64> ShardSession::total(const QList<ShardOutcome> &outcomes)
{
    qint64 sum = 0;
    for (const ShardOutcome &outcome : outcomes) {
        if (!outcome.status)
            return outcome.status.error();
        sum += outcome.count;
    }
    return sum;
}

} // namespace ShardDesk
