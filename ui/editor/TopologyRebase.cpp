#include "TopologyRebase.h"

namespace ShardDesk {

Result<Topology> TopologyRebase::replay(const Topology &base, const Topology &edited, const Topology &fresh)
{
    if (fresh.vshards.count() != edited.vshards.count())
        return makeError(tr("The number of vshards changed from %1 to %2 in the store; your edits cannot be "
                            "reapplied.")
                             .arg(edited.vshards.count())
                             .arg(fresh.vshards.count()),
                         Error::Kind::Conflict);
    Topology result = fresh;
    if (!(base.settings == edited.settings))
        result.settings = edited.settings;
    for (const Shard &before : base.shards) {
        if (!edited.shard(before.id)) {
            if (const int index = result.indexOfShard(before.id); index >= 0)
                result.shards.removeAt(index);
        }
    }
    for (const Shard &mine : edited.shards) {
        const Shard *before = base.shard(mine.id);
        if (before && *before == mine)
            continue;
        if (Shard *theirs = result.shard(mine.id)) {
            if (!before)
                return makeError(tr("Shard %1 was added both by you and in the store; reload and add yours "
                                    "again under a new id.")
                                     .arg(mine.id),
                                 Error::Kind::Conflict);
            *theirs = mine;
        } else {
            result.shards.append(mine);
        }
    }
    const auto &baseHeads = base.vshards.heads();
    const auto &editedHeads = edited.vshards.heads();
    for (int v = 0; v < edited.vshards.count(); ++v) {
        if (baseHeads[size_t(v)] != editedHeads[size_t(v)])
            result.vshards.assign(v, editedHeads[size_t(v)]);
    }
    return result;
}

} // namespace ShardDesk
