#pragma once

#include "topology/Topology.h"

#include <QHash>
#include <QList>

namespace ShardDesk {

// The capacity_mb each shard should get so that all shards of a server stay in RAM: the original sized
// them at 60–80 % of the host's memory, shared evenly over the shards on that server. Pure arithmetic;
// the planner view shows it and the editor applies it.
class CapacityPlan
{
public:
    static constexpr int MinPercent = 60;
    static constexpr int MaxPercent = 80;

    struct Server
    {
        QString serverKey;
        qint64 hostRamBytes = -1; // -1: unknown, so no recommendation
        QList<int> shardIds;      // in topology order
        double minMbPerShard = 0; // MinPercent of host RAM / shard count
        double maxMbPerShard = 0;
        double targetMbPerShard = 0; // targetPercent of host RAM / shard count
        bool hasRecommendation() const { return hostRamBytes > 0 && !shardIds.isEmpty(); }
    };

    // hostRamBytes by server key ("host:port"); servers missing from it or <= 0 are unknown.
    static CapacityPlan compute(const Topology &topology, const QHash<QString, qint64> &hostRamBytes,
                                int targetPercent = (MinPercent + MaxPercent) / 2);

    const QList<Server> &servers() const { return m_servers; }
    // The target capacity_mb of every shard on a server with known host RAM.
    QHash<int, double> capacityMbByShard() const;

private:
    QList<Server> m_servers;
};

} // namespace ShardDesk
