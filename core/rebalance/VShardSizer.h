#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "rebalance/MovePlan.h"

#include <QCoreApplication>

namespace ShardDesk {

// Measures how big each vshard is, for MovePlan's rules and projections and the vshard map's columns: per
// shard and sharded table, the rows per VIRTUAL_SHARD (VShardSize::rows, summed over every table and shard)
// and those rows times the table's average row length (VShardSize::mb, from information_schema.TABLES).
// Runs one query per table and shard on the calling thread: call it off the GUI thread. A shard whose
// database does not exist (yet) holds nothing and counts as empty.
class VShardSizer
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::VShardSizer)

public:
    // Every vshard on every shard, or, when vshards is not empty, only those on the shards of the buckets
    // the map gives them (a move's own, by which its batches are cut: their entries of the VIRTUAL_SHARD
    // index are read, and a shard of another bucket is not even connected to).
    static Result<VShardSizes> measure(const Topology &topology, const ConnectionOptionsProvider &provider,
                                       const QList<int> &vshards = {});
};

} // namespace ShardDesk
