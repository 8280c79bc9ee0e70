#pragma once

#include "Result.h"
#include "rebalance/MovePlan.h"
#include "rebalance/VShardMover.h"

#include <functional>

namespace ShardDesk {

class ConfigStore;

// One run of a plan as the CLI and the GUI both do it: the plan was made from a topology loaded earlier, and
// a resumed or someone else's move may have taken some of its vshards since, so it runs against the map as
// it is when the run starts (MovePlan::remaining). Blocks like VShardMover::run(): call it on the mover's
// thread.
class MoveRun
{
public:
    // Told the topology just loaded and what is left of the plan, before anything moves (the CLI prints it).
    using BeforeRun = std::function<void(const Topology &current, const MovePlan &remaining)>;

    static Result<VShardMover::Report> runRemaining(VShardMover &mover, ConfigStore &store, const MovePlan &plan,
                                                    const BeforeRun &beforeRun = {});
};

} // namespace ShardDesk
