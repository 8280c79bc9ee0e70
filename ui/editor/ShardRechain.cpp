#include "ShardRechain.h"

#include <algorithm>

namespace ShardDesk {

namespace {

// The first problem with shards or the cluster in after that before does not have, or null.
const TopologyProblem *firstAddedShardProblem(const TopologyProblems &before, const TopologyProblems &after)
{
    const auto added = std::find_if(after.cbegin(), after.cend(), [&before](const TopologyProblem &p) {
        return p.subject != TopologyProblem::Subject::VShard && !before.contains(p);
    });
    return added == after.cend() ? nullptr : &*added;
}

} // namespace

Result<Shard> ShardRechain::rechained(const Topology &topology, const TopologyProblems &problemsNow, int shardId,
                                      int newParentId)
{
    const Shard *shard = topology.shard(shardId);
    if (!shard)
        return makeError(tr("Shard %1 no longer exists.").arg(shardId), Error::Kind::NotFound);
    if (newParentId == shard->parentId)
        return makeError(newParentId == 0
                             ? tr("Shard %1 is a bucket head already.").arg(shardId)
                             : tr("Shard %1 is the overflow shard of shard %2 already.").arg(shardId).arg(newParentId),
                         Error::Kind::Validation);
    Topology changed = topology;
    changed.shard(shardId)->parentId = newParentId;
    const TopologyProblems problemsThen = changed.errors();
    if (const TopologyProblem *added = firstAddedShardProblem(problemsNow, problemsThen))
        return makeError(added->message, Error::Kind::Validation);
    return *changed.shard(shardId);
}

} // namespace ShardDesk
