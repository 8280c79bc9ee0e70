#pragma once

#include "monitor/ProbeSample.h"
#include "topology/Topology.h"

#include <QList>

namespace ShardDesk {

// Compares each shard's current size with its capacity: current_mb > capacity_mb sets the full flag,
// dropping back below clears it. Turns samples into shard state changes; persisting them (throttled)
// and pushing them to the Router is the caller's part.
class CapacityCheck
{
public:
    struct Change
    {
        int shardId = 0;
        double currentMb = 0;
        bool full = false;
        bool fullChanged = false; // the flag flipped (the router must learn it now)
    };

    // The shards on sample's server whose size or full flag differs from the topology.
    static QList<Change> evaluate(const Topology &topology, const ProbeSample &sample);
};

} // namespace ShardDesk
