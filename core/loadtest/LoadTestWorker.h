#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "db/ConnectionPool.h"
#include "db/ServerAddress.h"
#include "loadtest/LatencyHistogram.h"
#include "loadtest/LoadTestSpec.h"
#include "loadtest/UserGenerator.h"
#include "routing/RoutingTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace ShardDesk {

class NativeStatement;

// One thread of a LoadTest (private to core/loadtest). Takes user numbers from a shared counter, routes
// each on the run's routing snapshot, and writes it through its own connections (one per server, no
// default database: statements name `db`.`table`) and the pool's native prepared statements (no reset
// round trip per execution), which it reuses for every row. Counts outcomes per shard in the shared
// counters and latencies in its own histogram, which the coordinator takes once a second.
class LoadTestWorker
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::LoadTestWorker)

public:
    // What all workers of a run share. Immutable while they run, except the atomics and the counters.
    struct Shared
    {
        struct Server
        {
            ServerAddress address;
            ConnectionOptions options;
        };
        struct Target // one shard, by index in the topology's shard list
        {
            int shardId = 0;
            int serverIndex = 0;
            QString name;
            QString database;
            QString userInsert;    // one row
            QString commentInsert; // one row
            QString context;       // "Could not insert into shard x.", for errors
        };
        struct Counter
        {
            std::atomic<qint64> acknowledged {0};
            std::atomic<qint64> failed {0};
            std::atomic<qint64> unknown {0};
            std::atomic<qint64> commentErrors {0};
            std::mutex errorMutex;
            QString lastError;
        };
        // Batch mode: the users routed to one shard and not written yet, whichever thread took them.
        // Shared so that batches fill up at any thread count: per-thread buffers of 20 shards at 16
        // threads held ~60 users each at the end of a 20,000-user run and were all written as small,
        // odd-sized batches at the very end.
        struct PendingBatch
        {
            std::mutex mutex;
            std::vector<std::pair<qint64, int>> users; // (user, vshard)
        };

        Shared(const LoadTestSpec &s, std::shared_ptr<const RoutingTable> r) : spec(s), generator(s.seed), routing(std::move(r)) {}

        LoadTestSpec spec;
        UserGenerator generator;
        std::shared_ptr<const RoutingTable> routing;
        ConnectionPool pool;
        QString keyColumn;
        std::vector<Server> servers;
        std::vector<Target> targets;
        QHash<int, int> targetOfShard; // shard id -> index in targets
        std::vector<std::unique_ptr<Counter>> counters; // by target index
        std::vector<std::unique_ptr<PendingBatch>> batches; // by target index
        std::atomic<qint64> next {0};
        std::atomic<bool> stop {false};
        QElapsedTimer clock;
    };

    // A user taken and routed, not written yet.
    struct RoutedUser
    {
        qint64 index = 0;
        int target = 0;
        int vshard = 0;
        int server = 0;
    };
    // Users taken from the shared counter at a time by one thread (autocommit and transaction modes):
    // fewer under a rate limit, so a chunk spans about 20 ms of the schedule and the run stays smooth.
    static constexpr int ChunkSize = 256;
    static int chunkSize(double ratePerSecond);
    // Orders a chunk by server, starting at firstServer and wrapping around (user order kept within a
    // server), so consecutive round trips of a thread go to the same server and threads that start on
    // different servers spread over them. Why: switching servers for nearly every user cost 1.4-2.2x
    // on a 2-core machine running 5 servers (docs/PERFORMANCE.md).
    static void orderByServer(std::vector<RoutedUser> &chunk, int serverCount, int firstServer);

    explicit LoadTestWorker(Shared &shared);
    ~LoadTestWorker();

    void run();
    // INSERT INTO `database`.`table` (columns) VALUES (?, ...), ... with rows rows; names must already
    // have passed SqlIdentifier (they come from the topology and the fixed schema).
    static QString insertSql(const QString &database, const QString &table, const QStringList &columns, int rows);
    static QStringList userColumns(const QString &keyColumn);
    static QStringList commentColumns();
    // The latencies recorded since the last call (called by the coordinator thread).
    LatencyHistogram takeInterval();

private:
    enum class Outcome { Acknowledged, Failed, Unknown };

    bool pace(qint64 index);
    void runChunked();
    void runBatch();
    void insertOne(qint64 index, int target, int vshard);
    Result<qint64> insertUser(int target, int vshard, qint64 index);
    Result<void> insertComments(int target, int vshard, qint64 index, qint64 userId);
    void addToBatch(qint64 index, int target, int vshard);
    void flushPending(int target);
    void flushBatch(int target, const std::vector<std::pair<qint64, int>> &users);
    Result<void> writeBatch(int target, const std::vector<std::pair<qint64, int>> &users);
    Result<NativeStatement *> statement(int target, const QString &sql);
    Result<void> begin(int target);
    Result<void> commit(int target);
    void rollback(int target);
    void count(int target, Outcome outcome, qint64 users, const Error *error = nullptr);
    Outcome classify(int target, const Error &error, bool committing);
    void recordLatency(qint64 micros);

    Shared &m_shared;
    std::vector<std::optional<QSqlDatabase>> m_connections;       // by server index
    QHash<qint64, QString> m_batchSql;                            // (target, table, rows) -> SQL
    std::mutex m_latencyMutex;
    LatencyHistogram m_interval;
};

} // namespace ShardDesk
