#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "db/ConnectionPool.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace ShardDesk {

// Checks what a load test left in the cluster, from the seed and the count alone (UserGenerator):
// acknowledged <= users found <= acknowledged + unknown with no key stored twice in the cluster; a sample of keys read
// back by key and joined with their comments, compared with what the generator makes; scatter-gather
// selects on every shard; the "elephant" keywords counted through the FULLTEXT index; and a placement
// audit — every row's VIRTUAL_SHARD is CRC32(key) mod N and the row lives in the bucket the vshard map
// names. Only reads. run() blocks (shards are checked in parallel): call it from a worker thread.
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Verifier)

public:
    struct Options
    {
        qint64 users = 10'000;
        quint64 seed = 1;
        int commentsPerUser = 1;
        int sample = 1000;
        qint64 acknowledged = -1; // -1: every user (a run without errors)
        qint64 unknown = 0;
        // About how many keys the cross-shard duplicate check holds in memory at once (one vshard group).
        qint64 keysInMemory = 100'000;
    };

    struct ShardReport
    {
        int shardId = 0;
        QString name;
        qint64 users = 0;
        qint64 distinctKeys = 0;
        qint64 comments = 0;
        qint64 usersWithoutComments = 0;
        qint64 elephants = 0;
        qint64 wrongVShard = 0;  // VIRTUAL_SHARD != CRC32(key) mod N
        qint64 wrongBucket = 0;  // the row's vshard maps to another bucket
        qint64 allUsers = 0;     // rows of `user` of every run
        QHash<int, qint64> rowsPerVShard; // this run's rows by VIRTUAL_SHARD, to size the bucket checks
        QStringList misplacedKeys; // a few keys of wrongVShard / wrongBucket rows, "key (shard)"
        Result<void> status;
    };

    struct Report
    {
        Options options;
        QList<ShardReport> shards;
        qint64 found = 0;
        qint64 duplicates = 0; // extra copies of keys, counted across the shards of each bucket
        QStringList duplicateKeys; // a few of those keys
        QStringList misplacedKeys; // a few keys of rows that fail the placement audit, "key (shard)"
        qint64 comments = 0;
        qint64 usersWithoutComments = 0;
        qint64 elephants = 0;
        qint64 wrongVShard = 0;
        qint64 wrongBucket = 0;
        int sampled = 0;
        int sampleMissing = 0;
        int sampleMismatched = 0;
        qint64 scatterRows = 0; // rows of `user` on all shards, all runs (scatter-gather over every shard)
        double elapsedSeconds = 0;
        double duplicateCheckSeconds = 0; // of elapsedSeconds, the cross-shard duplicate check
        QStringList problems; // each a whole sentence; empty when everything checked out
        bool ok() const { return problems.isEmpty(); }
    };

    Verifier(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider options);
    ~Verifier();

    Report run(const Options &options);

private:
    struct SampleResult
    {
        int missing = 0;
        int mismatched = 0;
        QString firstMismatch;
        Result<void> status;
    };

    ShardReport checkShard(const Shard &shard, const Options &options);
    struct Duplicates
    {
        qint64 extraCopies = 0;
        QStringList keys;
        Result<void> status;
    };

    SampleResult checkSample(const QList<qint64> &indices, const Options &options);
    Duplicates duplicatesInBucket(const QList<int> &bucket, const QList<ShardReport> &reports, const Options &options);
    void checkDuplicates(Report &report, const Options &options);
    QStringList misplacedKeys(const Shard &shard, const QList<int> &wrongVShards, const Options &options);
    void judge(Report &report) const;
    void closeConnections();

    std::shared_ptr<const Topology> m_topology;
    ConnectionOptionsProvider m_options;
    ConnectionPool m_pool;
    QThreadPool m_threads; // after m_pool: its threads end (closing their connections) first
};

} // namespace ShardDesk
