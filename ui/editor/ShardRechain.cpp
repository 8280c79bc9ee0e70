#include "ShardRechain.h"

#include <algorithm>

namespace ShardDesk {

namespace {

bool addsShardProblems(const TopologyProblems &before, const TopologyProblems &after)
{
    return std::any_of(after.cbegin(), after.cend(), [&before](const TopologyProblem &p) {
        return p.subject != TopologyProblem::Subject::VShard
            && std::none_of(before.cbegin(), before.cend(), [&p](const TopologyProblem &q) {
                   return q.subject == p.subject && q.id == p.id && q.field == p.field && q.message == p.message;
               });
    });
}

} // namespace

std::optional<Shard> ShardRechain::rechained(const Topology &topology, const TopologyProblems &problemsNow, int shardId,
                                             int newParentId)
{
    const Shard *shard = topology.shard(shardId);
    if (!shard || newParentId < 0 || newParentId == shard->parentId)
        return std::nullopt;
    Topology changed = topology;
    changed.shard(shardId)->parentId = newParentId;
    if (addsShardProblems(problemsNow, changed.errors()))
        return std::nullopt;
    return *changed.shard(shardId);
}

} // namespace ShardDesk
