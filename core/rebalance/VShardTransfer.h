#pragma once

#include "Result.h"
#include "config/MoveJournal.h"
#include "db/ConnectionOptions.h"
#include "rebalance/RowCopier.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <memory>
#include <vector>

namespace ShardDesk {

class ShardLink;

// The row work of moving a batch of vshards between the same two buckets, for VShardMover: from every
// shard of the source bucket into the target bucket's write shard, table by table (parents first; deletes
// children first). Keeps the last primary key copied per source shard and table, so the copy after
// the freeze takes only what came since. No journal, no map: those are the mover's.
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
    // Copies what is new since the last call (everything on the first). Returns the rows copied.
    Result<qint64> copy(const RowCopier::ChunkHandler &onChunk);
    // Waits until no transaction that wrote to the source tables is still open: LOCK TABLES ... READ on
    // every source shard, twice with a pause (a transaction that started between the two is caught by the
    // second), each with a short lock_wait_timeout so the application, not the mover, wins a lock fight.
    Result<void> drain(int lockWaitTimeoutSec, int attempts);
    // Compares COUNT(*) and BIT_XOR(CRC32(row)) per vshard and table over the source bucket and the target
    // bucket, both sides at once (the target's on a worker thread with connections of its own). Returns an
    // empty string when both sides match, else which tables differ and how.
    Result<QString> differences();
    // Deletes the vshards' rows from every shard of the target bucket (a roll-back, or before a re-copy).
    Result<qint64> wipeTarget(const RowCopier::ChunkHandler &onChunk);
    // Deletes the vshards' rows from every shard of the source bucket (after the switch).
    Result<qint64> removeSource(const RowCopier::ChunkHandler &onChunk);
    // Forgets how far the copy got: the next copy() starts over.
    void restartCopy() { m_lastKey.clear(); }

private:
    using Links = std::vector<std::unique_ptr<ShardLink>>;
    Result<qint64> removeFrom(Links &links, const RowCopier::ChunkHandler &onChunk);
    using TableChecksums = std::vector<RowCopier::Checksums>; // per copier
    static Result<TableChecksums> checksums(Links &links, const std::vector<RowCopier> &copiers);
    Result<TableChecksums> targetChecksums() const;

    QList<int> m_vshards;
    int m_sourceHead = 0;
    int m_targetHead = 0;
    ConnectionOptionsProvider m_provider;
    QList<Shard> m_sourceShards;
    QList<Shard> m_targetShards;
    int m_writeShardId = 0;
    Links m_sources;
    Links m_targets;
    ShardLink *m_write = nullptr;
    std::vector<RowCopier> m_copiers; // one per table, for every vshard of the batch; parents first
    std::map<std::pair<int, int>, qint64> m_lastKey; // (source index, copier index) -> last primary key copied
    qsizetype m_statementBytes = 0;
};

} // namespace ShardDesk
