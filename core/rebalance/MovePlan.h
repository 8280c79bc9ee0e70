#pragma once

#include "Result.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ShardDesk {

// What one vshard holds, measured on the shards (VShardSizer): rows counts the rows of every sharded table
// (every table with a VIRTUAL_SHARD column) with that vshard, on all shards, so a user with three comments is
// four rows; mb weighs each table's rows by its average row length.
struct VShardSize
{
    qint64 rows = 0;
    double mb = 0;
    bool operator==(const VShardSize &) const = default;
};

// The measured vshards, by id; a vshard missing is taken as empty.
using VShardSizes = QHash<int, VShardSize>;

// Which vshards go where: the input of VShardMover. Built from a selection or by a rule (split a bucket,
// move the K largest vshards off one, even out by size), and able to show, before anything runs, the size
// of every bucket before and after against its capacity. A plain value, computed without a server.
class MovePlan
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::MovePlan)

public:
    struct Move
    {
        int vshard = -1;
        int sourceHead = 0;
        int targetHead = 0;
        bool operator==(const Move &) const = default;
    };

    // One bucket's projected size: before and after the plan, and what its shards can hold.
    struct BucketLoad
    {
        int headId = 0;
        int vshardsBefore = 0;
        int vshardsAfter = 0;
        double mbBefore = 0;
        double mbAfter = 0;
        double capacityMb = 0;
        bool overCapacity() const { return capacityMb > 0 && mbAfter > capacityMb; }
    };

    // The given vshards to targetHead; those already there are left out.
    static Result<MovePlan> fromSelection(const Topology &topology, const QList<int> &vshards, int targetHead);
    // The original's split: the upper half of sourceHead's vshards to targetHead (a new, empty bucket).
    static Result<MovePlan> split(const Topology &topology, int sourceHead, int targetHead);
    // The k largest vshards of sourceHead, each to whichever other bucket is smallest at that point.
    static Result<MovePlan> largestOff(const Topology &topology, const VShardSizes &sizes, int sourceHead, int k);
    // Moves vshards from the largest bucket to the smallest while that narrows the gap between them.
    static Result<MovePlan> evenBySize(const Topology &topology, const VShardSizes &sizes);

    const QList<Move> &moves() const { return m_moves; }
    bool isEmpty() const { return m_moves.isEmpty(); }
    QList<int> vshards() const;

    // Every bucket's size before and after, by head id.
    QList<BucketLoad> projectedLoad(const Topology &topology, const VShardSizes &sizes) const;
    // The moves whose vshard is still on its source in topology: what is left after an interrupted run.
    MovePlan remaining(const Topology &topology) const;
    // The topology once every move is switched.
    Topology applied(const Topology &topology) const;

private:
    static Result<void> checkHead(const Topology &topology, int headId);

    QList<Move> m_moves;
};

} // namespace ShardDesk
