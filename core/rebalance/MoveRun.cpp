#include "MoveRun.h"

#include "config/ConfigStore.h"

namespace ShardDesk {

Result<VShardMover::Report> MoveRun::runRemaining(VShardMover &mover, ConfigStore &store, const MovePlan &plan,
                                                  const BeforeRun &beforeRun)
{
    auto topology = store.load();
    if (!topology)
        return topology.error();
    const MovePlan current = plan.remaining(*topology);
    if (beforeRun)
        beforeRun(*topology, current);
    return mover.run(current);
}

} // namespace ShardDesk
