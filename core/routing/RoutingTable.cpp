#include "RoutingTable.h"

#include "routing/KeyHash.h"

#include <cstdlib>

namespace ShardDesk {

RoutingTable::RoutingTable(std::shared_ptr<const Topology> topology)
    : RoutingTable(std::move(topology), {}, std::make_shared<const int>(0))
{
}

RoutingTable::RoutingTable(std::shared_ptr<const Topology> topology, QSet<int> frozen,
                           std::shared_ptr<const int> epoch)
    : m_topology(topology ? std::move(topology) : std::make_shared<const Topology>()),
      m_frozen(std::move(frozen)),
      m_epoch(epoch ? std::move(epoch) : std::make_shared<const int>(0))
{
    for (int headId : m_topology->headIds()) {
        const QList<int> chain = m_topology->bucket(headId);
        m_buckets.insert(headId, chain);
        int target = chain.isEmpty() ? headId : chain.last();
        bool allFull = true;
        for (int id : chain) {
            const Shard *s = m_topology->shard(id);
            if (s && !s->full) {
                target = id;
                allFull = false;
                break;
            }
        }
        m_writeShardOfHead.insert(headId, allFull ? -target : target);
    }

    // Consecutive vshards mostly share a head: look the write shard up once per run, not per vshard.
    const auto &heads = m_topology->vshards.heads();
    m_entries.resize(heads.size());
    int lastHead = -1;
    int lastWrite = 0;
    for (size_t v = 0; v < heads.size(); ++v) {
        if (heads[v] != lastHead) {
            lastHead = heads[v];
            lastWrite = m_writeShardOfHead.value(lastHead, 0);
        }
        m_entries[v] = Entry{lastHead, lastWrite};
    }
}

Route RoutingTable::route(const QString &key) const
{
    return routeBytes(KeyHash::keyBytes(key, m_topology->settings.keyNormalization));
}

Route RoutingTable::routeBytes(QByteArrayView keyBytes) const
{
    const quint32 crc = KeyHash::crc32(keyBytes);
    if (m_entries.empty())
        return Route{crc, -1, 0, 0, false, false};
    return routeVShard(KeyHash::vshardOf(crc, int(m_entries.size())), crc);
}

Route RoutingTable::routeVShard(int vshard, quint32 crc) const
{
    if (vshard < 0 || size_t(vshard) >= m_entries.size())
        return Route{crc, -1, 0, 0, false, false};
    const Entry e = m_entries[size_t(vshard)];
    return Route{crc, vshard, e.headId, std::abs(e.writeShardId), e.writeShardId < 0, isFrozen(vshard)};
}

const QList<int> &RoutingTable::bucket(int headId) const
{
    static const QList<int> none;
    const auto it = m_buckets.constFind(headId);
    return it == m_buckets.cend() ? none : *it;
}

int RoutingTable::writeShardOfHead(int headId) const
{
    return std::abs(m_writeShardOfHead.value(headId, 0));
}

} // namespace ShardDesk
