#pragma once

#include "topology/Topology.h"

#include <optional>

namespace ShardDesk {

// The rule for re-chaining a shard by drag and drop in the Shards view: the new parent must not add a
// problem with shards or the cluster (a cycle, a bucket over two servers, a second overflow shard for one
// parent…); problems the topology has already do not count. VShards still mapped to a head that becomes an
// overflow shard are let through, as when its Parent is typed: the vshard map then shows them as the
// problem to fix, by moving them to another head.
class ShardRechain
{
public:
    // shardId with parent newParentId (0: a head), when that changes it and the rule allows it; problemsNow
    // are topology's current errors (TopologyDocument::errors()).
    static std::optional<Shard> rechained(const Topology &topology, const TopologyProblems &problemsNow, int shardId,
                                          int newParentId);
};

} // namespace ShardDesk
