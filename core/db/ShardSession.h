#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "db/ConnectionPool.h"
#include "routing/Router.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QVariantMap>

#include <functional>

namespace ShardDesk {

// Reads and writes sharded rows: per key (routed through the Router), across all shards in parallel
// (scatter-gather), and statements run on every shard or once per server. Every sharded table has a
// VIRTUAL_SHARD column, which insert() fills in. Values are always bound, never spliced into SQL;
// table and column names go through SqlIdentifier. Safe to call from several threads at once: each
// thread uses its own connections from the pool. The options provider is called from those threads
// (and from the scatter threads) too, so it must be thread-safe.
class ShardSession
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ShardSession)

public:
    static constexpr const char *VShardColumn = "VIRTUAL_SHARD";

    struct InsertResult
    {
        int shardId = 0;
        int vshard = -1;
        qint64 insertId = 0;
    };

    // The outcome on one shard (or one server) of a scatter-gather or execute-on-all. For a server,
    // shardId is the first shard of the topology on that server.
    struct ShardOutcome
    {
        int shardId = 0;
        Result<void> status;
        qint64 count = 0;        // scatterCount: rows; executeOnAll: rows affected
        QList<QVariantMap> rows; // scatterSelect
    };

    enum class Scope { PerShard, PerServer };

    ShardSession(Router *router, ConnectionPool *pool, ConnectionOptionsProvider options);
    ~ShardSession();

    // Inserts one row for key into table: sets VIRTUAL_SHARD and, unless given, the cluster's key
    // column; writes to the first shard of the bucket that is not full. The first time an overflow
    // shard is written to, its sharded tables' AUTO_INCREMENT is advanced past the previous shard's
    // largest id, so ids stay unique within a bucket.
    Result<InsertResult> insert(const QString &key, const QString &table, const QVariantMap &values);
    // The rows whose key column equals key, visiting the bucket's shards in chain order.
    Result<QList<QVariantMap>> selectByKey(const QString &key, const QString &table,
                                           const QStringList &columns = {});
    // The rows whose keyColumn equals key on each shard of the key's bucket, in chain order: one outcome
    // per shard, a failed shard does not stop the others (the routing inspector's "Look up row").
    Result<QList<ShardOutcome>> lookUp(const QString &key, const QString &table, const QString &keyColumn,
                                       const QStringList &columns = {});

    // COUNT(*) of table on every shard, in parallel.
    QList<ShardOutcome> scatterCount(const QString &table);
    // Rows of table from every shard, in parallel; limitPerShard < 0 means all.
    QList<ShardOutcome> scatterSelect(const QString &table, int limitPerShard = -1,
                                      const QStringList &columns = {});
    // Runs a fixed statement (no user values in it) on every shard's database, or once per server
    // (servers compared by canonical address, without a default database, with the first shard's login).
    QList<ShardOutcome> executeOnAll(const QString &sql, Scope scope);

    // Sum of counts; fails with the first shard's error when any shard failed.
    static Result<qint64> total(const QList<ShardOutcome> &outcomes);

    // Called (from the inserting thread) after an overflow shard was initialised, so the caller can
    // persist Shard::initialized. Set it before inserting from several threads.
    void setShardInitializedHandler(std::function<void(int shardId)> handler);

private:
    // Scatter-gather runs one task per shard at once up to this many; more shards wait for a thread.
    static constexpr int MaxScatterThreads = 32;

    Result<void> ensureInitialized(const RoutingTable &table, const Shard &shard);
    template<typename Fn>
    QList<ShardOutcome> forEachShard(const QList<Shard> &shards, Fn fn);

    Router *m_router;
    ConnectionPool *m_pool;
    ConnectionOptionsProvider m_options;
    QThreadPool m_scatterPool;
    QMutex m_initMutex;
    QSet<int> m_initialized;
    std::function<void(int)> m_onInitialized;
};

} // namespace ShardDesk
