#include "CapacityCheck.h"

#include <QtMath>

namespace ShardDesk {

namespace {

// Sizes move by a few KB between polls as InnoDB statistics settle; smaller changes are not worth a
// write to the config store.
constexpr double SizeEpsilonMb = 0.01;

} // namespace

QList<CapacityCheck::Change> CapacityCheck::evaluate(const Topology &topology, const ProbeSample &sample)
{
    QList<Change> changes;
    if (!sample.reachable)
        return changes; // an unreachable server says nothing about its shards' sizes
    for (const Shard &shard : topology.shards) {
        if (shard.serverKey() != sample.serverKey)
            continue;
        const auto size = sample.databaseSizeMb.constFind(shard.database);
        if (size == sample.databaseSizeMb.constEnd())
            continue; // the database is missing on the server: its size is unknown, not zero
        // A shard without a capacity (0) has nothing to be full against.
        const bool full = shard.capacityMb > 0 && size.value() > shard.capacityMb;
        const bool fullChanged = full != shard.full;
        if (!fullChanged && qAbs(size.value() - shard.currentMb) < SizeEpsilonMb)
            continue;
        changes.append(Change {shard.id, size.value(), full, fullChanged});
    }
    return changes;
}

} // namespace ShardDesk
