#pragma once

#include "Result.h"
#include "config/MoveJournal.h"
#include "db/ConnectionOptions.h"
#include "rebalance/ParallelTasks.h"
#include "rebalance/RowCopier.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace ShardDesk {

class ShardLink;

// The row work of moving a batch of vshards between the same two buckets, for VShardMover: from every
// shard of the source bucket into the target bucket's write shard, every table at once on worker threads
// (no foreign keys are checked while copying or deleting, so the tables need no order). Keeps the last
// primary key copied per source shard and table, so the copy after the freeze takes only what came since,
// and every key copied, so the clean-up deletes by primary key.
// No journal, no map: those are the mover's.
class VShardTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::VShardTransfer)

public:
    // The primary keys each copy wrote, by source shard id and table name (RowCopier::Keys).
    using CopiedKeys = std::map<std::pair<int, QString>, RowCopier::Keys>;

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
    // Deletes the vshards' rows from every shard of the source bucket (after the switch): by the keys
    // copied (takeCopiedKeys() of the transfer that copied them, which may be another object), then whatever
    // else the vshards hold there.
    Result<qint64> removeSource(const CopiedKeys &keys = {});
    // Hands over the primary keys the copies so far wrote (since the last restartCopy()), for the clean-up.
    CopiedKeys takeCopiedKeys() { return std::exchange(m_keys, {}); }
    // Forgets how far the copy got: the next copy() starts over.
    void restartCopy();

private:
    using Links = std::vector<std::unique_ptr<ShardLink>>;
    // One table's part of copy(), on a worker thread; onChunk hears of each chunk written, and its error
    // stops the copy (what it had not committed is rolled back).
    Result<qint64> copyTable(size_t copier, const RowCopier::AfterChunk &onChunk);
    Result<qint64> removeFrom(const QList<Shard> &shards, const CopiedKeys &keys);
    // The bytes one statement to link's server may take: half its max_allowed_packet, at most 1 MiB.
    static Result<qsizetype> statementBytesOf(ShardLink &link);
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
    CopiedKeys m_keys;
    qsizetype m_statementBytes = 0;
    QThreadPool m_threads; // up to two per table: not the global pool, which the clean-up uses
};

} // namespace ShardDesk
