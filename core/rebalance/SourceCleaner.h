#pragma once

#include "Result.h"
#include "config/MoveJournal.h"
#include "db/ConnectionOptions.h"
#include "rebalance/ShardedTables.h"
#include "rebalance/VShardTransfer.h"
#include "topology/Topology.h"

#include <QFuture>

namespace ShardDesk {

// Deletes a switched batch's source rows on a worker thread, with connections of its own, while the mover
// moves the next batch (the vshards are served by the target by then). One batch at a time; the mover
// journals "cleaned" on its own thread once take() has returned.
class SourceCleaner
{
public:
    struct Done
    {
        QList<int> vshards;
        Result<qint64> removed; // the rows deleted
    };

    SourceCleaner() = default;
    ~SourceCleaner();
    SourceCleaner(const SourceCleaner &) = delete;
    SourceCleaner &operator=(const SourceCleaner &) = delete;

    // Starts on batch, deleting by the keys its copy wrote first (VShardTransfer::removeSource()); the
    // previous batch must have been taken or abandoned.
    void start(const Topology &topology, const QList<MoveJournal::Entry> &batch, ConnectionOptionsProvider provider,
               QList<ShardedTable> tables, VShardTransfer::CopiedKeys keys);
    bool busy() const { return !m_vshards.isEmpty(); }
    // Waits for the batch under way and hands it over; busy() is false afterwards.
    Done take();
    // Waits for the batch under way and forgets it, as a kill would: the journal still says "switched".
    void abandon();

private:
    QFuture<Result<qint64>> m_removed;
    QList<int> m_vshards;
};

} // namespace ShardDesk
