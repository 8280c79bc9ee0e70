#pragma once

#include "Result.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

// The rule for re-chaining a shard by drag and drop in the Shards view: the new parent must not add a
// problem with shards or the cluster (a cycle, a bucket over two servers, a second overflow shard for one
// parent…); problems the topology has already do not count. VShards still mapped to a head that becomes an
// overflow shard are let through, as when its Parent is typed: the vshard map then shows them as the
// problem to fix, by moving them to another head.
class ShardRechain
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ShardRechain)

public:
    // shardId with parent newParentId (0: a head), when that changes it and the rule allows it; problemsNow
    // are topology's current errors (TopologyDocument::errors()). Otherwise why not, for the user: the first
    // problem the change would add, in validation's words, or that the shard has that parent already.
    static Result<Shard> rechained(const Topology &topology, const TopologyProblems &problemsNow, int shardId,
                                   int newParentId);
};

} // namespace ShardDesk
