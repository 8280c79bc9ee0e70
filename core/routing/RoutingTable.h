#pragma once

#include "topology/Topology.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

namespace ShardDesk {

// Where one key goes.
struct Route
{
    quint32 crc32 = 0;
    int vshard = -1;
    int headId = 0;       // the bucket head the vshard is mapped to (0: unmapped)
    int writeShardId = 0; // the first shard of the bucket that is not full
    bool bucketFull = false; // every shard of the bucket is full: writes go to the last one anyway
    bool frozen = false;     // the vshard is being moved: writers must retry shortly (docs/REBALANCING.md)
};

// An immutable routing snapshot compiled from one Topology: vshard -> head and vshard -> write shard
// are flat arrays, so routing a key is a CRC32 and two array reads. Share it across threads freely.
class RoutingTable
{
public:
    explicit RoutingTable(std::shared_ptr<const Topology> topology);
    // The same routes, with writes to the vshards in frozen refused as "retry shortly". epoch is shared
    // by every table made between two changes of the frozen set (see Router::setFrozen).
    RoutingTable(std::shared_ptr<const Topology> topology, QSet<int> frozen, std::shared_ptr<const int> epoch);

    const Topology &topology() const { return *m_topology; }
    std::shared_ptr<const Topology> topologyPtr() const { return m_topology; }
    int vshardCount() const { return int(m_entries.size()); }

    // Routes a key as given (applies the cluster's key normalisation).
    Route route(const QString &key) const;
    // Routes bytes that are already normalised and UTF-8 encoded: the hot path.
    Route routeBytes(QByteArrayView keyBytes) const;
    Route routeVShard(int vshard, quint32 crc = 0) const;

    // The bucket's shards in chain order (reads visit them in this order); empty for an unknown head.
    const QList<int> &bucket(int headId) const;
    int writeShardOfHead(int headId) const;

    bool isFrozen(int vshard) const { return !m_frozen.isEmpty() && m_frozen.contains(vshard); }
    const QSet<int> &frozenVShards() const { return m_frozen; }
    std::shared_ptr<const int> epoch() const { return m_epoch; }

private:
    // What a route needs of one vshard, in one 8-byte entry so a lookup in a million-entry table is a
    // single cache miss.
    struct Entry
    {
        qint32 headId;
        qint32 writeShardId; // negative: every shard of the bucket is full, writes go to -writeShardId
    };

    std::shared_ptr<const Topology> m_topology;
    std::vector<Entry> m_entries; // by vshard
    QHash<int, QList<int>> m_buckets;
    QHash<int, int> m_writeShardOfHead; // negative when the bucket is full, as Entry::writeShardId
    QSet<int> m_frozen;
    std::shared_ptr<const int> m_epoch;
};

} // namespace ShardDesk
