#include "CapacityPlan.h"

#include <QtGlobal>

#include <cmath>

namespace ShardDesk {

namespace {
constexpr double BytesPerMb = 1024.0 * 1024.0;

// Whole MB: capacity_mb is entered and shown as an integer, and rounding down keeps the sum within
// the band.
double shareMb(qint64 hostRamBytes, int percent, qsizetype shardCount)
{
    return std::floor(double(hostRamBytes) / BytesPerMb * percent / 100.0 / double(shardCount));
}
} // namespace

CapacityPlan CapacityPlan::compute(const Topology &topology, const QHash<QString, qint64> &hostRamBytes,
                                   int targetPercent)
{
    targetPercent = qBound(MinPercent, targetPercent, MaxPercent);
    CapacityPlan plan;
    QHash<QString, qsizetype> indexByServer;
    for (const Shard &shard : topology.shards) {
        const QString key = shard.serverKey();
        auto found = indexByServer.constFind(key);
        if (found == indexByServer.cend()) {
            found = indexByServer.insert(key, plan.m_servers.size());
            Server server;
            server.serverKey = key;
            server.hostRamBytes = hostRamBytes.value(key, -1) > 0 ? hostRamBytes.value(key) : -1;
            plan.m_servers.append(server);
        }
        plan.m_servers[*found].shardIds.append(shard.id);
    }
    for (Server &server : plan.m_servers) {
        if (!server.hasRecommendation())
            continue;
        server.minMbPerShard = shareMb(server.hostRamBytes, MinPercent, server.shardIds.size());
        server.maxMbPerShard = shareMb(server.hostRamBytes, MaxPercent, server.shardIds.size());
        server.targetMbPerShard = shareMb(server.hostRamBytes, targetPercent, server.shardIds.size());
    }
    return plan;
}

QHash<int, double> CapacityPlan::capacityMbByShard() const
{
    QHash<int, double> result;
    for (const Server &server : m_servers) {
        if (!server.hasRecommendation())
            continue;
        for (int id : server.shardIds)
            result.insert(id, server.targetMbPerShard);
    }
    return result;
}

} // namespace ShardDesk
