#pragma once

#include "routing/RoutingTable.h"

#include <atomic>
#include <memory>

namespace ShardDesk {

// Routes keys to shards for any number of threads. Holds the current RoutingTable behind an atomic
// shared pointer, and a new topology (a full flag flipped, a vshard moved) is swapped in whole. Routing
// on a table is lock-free; taking the current table is not quite (libstdc++'s atomic shared_ptr uses a
// short internal lock), so callers routing many keys take table() once and route on it.
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

    // Freezes (or unfreezes) writes to one vshard while it is moved: routes of it carry Route::frozen and
    // ShardSession refuses the write as retryable. The returned handle expires once every routing table
    // taken before this change has been released, i.e. once no writer can still act on the old state:
    // the mover waits for that before draining the source (docs/REBALANCING.md).
    std::weak_ptr<const int> setFrozen(int vshard, bool frozen);
    QSet<int> frozenVShards() const { return table()->frozenVShards(); }

private:
    std::atomic<std::shared_ptr<const RoutingTable>> m_table;
};

} // namespace ShardDesk
