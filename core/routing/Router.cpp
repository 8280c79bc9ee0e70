#include "Router.h"

namespace ShardDesk {

Router::Router(std::shared_ptr<const Topology> topology)
    : m_table(std::make_shared<const RoutingTable>(std::move(topology)))
{
}

void Router::setTopology(std::shared_ptr<const Topology> topology)
{
    // A frozen vshard stays frozen across a reload: the mover, not the topology, lifts it.
    auto current = m_table.load(std::memory_order_acquire);
    for (;;) {
        auto next = std::make_shared<const RoutingTable>(topology, current->frozenVShards(), current->epoch());
        if (m_table.compare_exchange_weak(current, next, std::memory_order_acq_rel))
            return;
    }
}

std::weak_ptr<const int> Router::setFrozen(int vshard, bool frozen)
{
    auto current = m_table.load(std::memory_order_acquire);
    for (;;) {
        QSet<int> set = current->frozenVShards();
        if (frozen)
            set.insert(vshard);
        else
            set.remove(vshard);
        // A new epoch: the old one lives only as long as tables taken before this change.
        std::weak_ptr<const int> before = current->epoch();
        auto next = std::make_shared<const RoutingTable>(current->topologyPtr(), std::move(set),
                                                         std::make_shared<const int>(*current->epoch() + 1));
        if (m_table.compare_exchange_weak(current, next, std::memory_order_acq_rel))
            return before;
    }
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
        auto next = std::make_shared<const RoutingTable>(std::move(copy), current->frozenVShards(), current->epoch());
        if (m_table.compare_exchange_weak(current, next, std::memory_order_acq_rel))
            return true;
    }
}

} // namespace ShardDesk
