#pragma once

#include "Result.h"
#include "config/MoveJournal.h"
#include "db/ConnectionOptions.h"
#include "rebalance/RowCopier.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace ShardDesk {

class ShardLink;

// The row work of moving a batch of vshards between the same two buckets, for VShardMover: from every
// shard of the source bucket into the target bucket's write shard, every table at once on worker threads
// (no foreign keys are checked while copying or deleting, so the tables need no order). Keeps the last
// primary key copied per source shard and table, so the copy after the freeze takes only what came since.
// No journal, no map: those are the mover's.
class VShardTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::VShardTransfer)

public:
    // moves all have the same source and target head.
    VShardTransfer(const Topology &topology, const QList<MoveJournal::Entry> &moves,
                   ConnectionOptionsProvider provider);
    ~VShardTransfer();

    // Finds the sharded tables (on the source head, unless known: what tables() of another transfer of the
    // same buckets gave) and the shards of both buckets.
    Result<void> prepare(const QList<ShardedTable> &known = {});
    QList<ShardedTable> tables() const;
    // Copies what is new since the last call (everything on the first). Every table at once, each on a
    // worker thread with connections of its own: the tables' rows reach the target in parallel, as the
    // target checks no foreign keys while copying. onChunk hears of each chunk's rows on the calling
    // thread; pace, if given, on the worker that copied them, before it goes on (to throttle it).
    // Returns the rows copied.
    Result<qint64> copy(const RowCopier::ChunkHandler &onChunk, const RowCopier::ChunkHandler &pace = {});
    // Waits until no transaction that wrote to the source tables is still open: LOCK TABLES ... READ on
    // every source shard, twice with a pause (a transaction that started between the two is caught by the
    // second), each with a short lock_wait_timeout so the application, not the mover, wins a lock fight.
    Result<void> drain(int lockWaitTimeoutSec, int attempts);
    // Compares COUNT(*) and BIT_XOR(CRC32(row)) per vshard and table over the source bucket and the target
    // bucket, every table on both sides at once (on worker threads with connections of their own). Returns
    // an empty string when both sides match, else which tables differ and how.
    Result<QString> differences();
    // Deletes the vshards' rows from every shard of the target bucket (a roll-back, or before a re-copy).
    Result<qint64> wipeTarget();
    // Deletes the vshards' rows from every shard of the source bucket (after the switch).
    Result<qint64> removeSource();
    // Forgets how far the copy got: the next copy() starts over.
    void restartCopy() { m_lastKey.clear(); }

private:
    using Links = std::vector<std::unique_ptr<ShardLink>>;
    // Runs work(0..tasks-1) at once, each on a worker thread (which must open connections of its own),
    // and sums the rows they return, or gives the first error. A worker's tell() makes onTell run on the
    // calling thread.
    using Task = std::function<Result<qint64>(int task, const std::function<void()> &tell)>;
    Result<qint64> inParallel(int tasks, const Task &work, const std::function<void()> &onTell = {});
    // One table's part of copy(), on a worker thread; onChunk hears of each chunk written.
    Result<qint64> copyTable(size_t copier, const RowCopier::ChunkHandler &onChunk);
    Result<qint64> removeFrom(const QList<Shard> &shards);
    Links sourceLinks() const;
    std::unique_ptr<ShardLink> writeLink() const;
    // One table's checksums per vshard over shards, on a worker thread.
    Result<RowCopier::Checksums> checksumsOf(size_t copier, const QList<Shard> &shards) const;

    QList<int> m_vshards;
    int m_sourceHead = 0;
    int m_targetHead = 0;
    ConnectionOptionsProvider m_provider;
    QList<Shard> m_sourceShards;
    QList<Shard> m_targetShards;
    int m_writeShardId = 0;
    Links m_sources;
    int m_writeIndex = 0; // of the target bucket's write shard in m_targetShards
    std::vector<RowCopier> m_copiers; // one per table, for every vshard of the batch
    std::map<std::pair<int, int>, qint64> m_lastKey; // (source index, copier index) -> last primary key copied
    qsizetype m_statementBytes = 0;
    QThreadPool m_threads; // up to two per table: not the global pool, which the clean-up uses
};

} // namespace ShardDesk
