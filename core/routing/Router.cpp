#include "routing/Router.h"

namespace ShardDesk {

Router::Router(std::shared_ptr<const Topology> topology)
    : m_table(std::make_shared<const RoutingTable>(std::move(topology)))
{
}

void Router::setTopology(std::shared_ptr<const Topology> topology)
{
    m_table.store(std::make_shared<const RoutingTable>(std::move(topology)), std::memory_order_release);
}

bool Router::setShardFull(int shardId, bool full)
{
    // Copy-on-write: concurrent setShardFull calls are serialised by compare-exchange, so neither
    // change is lost.
    auto current = m_table.load(std::memory_order_acquire);
    for (;;) {
        const Shard *shard = current->topology().shard(shardId);
        if (!shard)
            return false;
        if (shard->full == full)
            return true;
        auto copy = std::make_shared<Topology>(current->topology());
        copy->shard(shardId)->full = full;
        auto next = std::make_shared<const RoutingTable>(std::move(copy));
        if (m_table.compare_exchange_weak(current, next, std::memory_order_acq_rel))
            return true;
    }
}

} // namespace ShardDesk
