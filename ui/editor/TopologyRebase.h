#pragma once

#include "Result.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

// "Reload and reapply": carries the user's edits (what differs between base and edited) over to a
// fresh snapshot that someone else changed meanwhile. Settings, each added, removed or changed shard and
// each remapped vshard are replayed on top of fresh; everything else keeps the other author's values.
// When both sides changed the same shard, ours wins, and the Apply dialog shows it before anything is
// written.
class TopologyRebase
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::TopologyRebase)

public:
    static Result<Topology> replay(const Topology &base, const Topology &edited, const Topology &fresh);
};

} // namespace ShardDesk
