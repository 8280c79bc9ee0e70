#pragma once

#include "routing/RoutingTable.h"

#include <atomic>
#include <memory>

namespace ShardDesk {

// Routes keys to shards for any number of threads. Holds the current RoutingTable behind an atomic
// shared pointer: readers never lock, and a new topology (a full flag flipped, a vshard moved) is
// swapped in whole. Callers routing many keys take table() once and route on it.
class Router
{
public:
    explicit Router(std::shared_ptr<const Topology> topology = {});

    void setTopology(std::shared_ptr<const Topology> topology);
    std::shared_ptr<const RoutingTable> table() const { return m_table.load(std::memory_order_acquire); }
    std::shared_ptr<const Topology> topology() const { return table()->topologyPtr(); }

    Route route(const QString &key) const { return table()->route(key); }
    // Sets one shard's full flag and swaps in the resulting table; returns false for an unknown shard.
    bool setShardFull(int shardId, bool full);

private:
    std::atomic<std::shared_ptr<const RoutingTable>> m_table;
};

} // namespace ShardDesk
