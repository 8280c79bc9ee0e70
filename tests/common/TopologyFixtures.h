#pragma once
// Small topologies the unit tests share.

#include "topology/Topology.h"

namespace ShardDesk::Testing {

inline Shard makeShard(int id, int parentId, const QString &host, const QString &database)
{
    Shard s;
    s.id = id;
    s.parentId = parentId;
    s.host = host;
    s.port = 3306;
    s.database = database;
    s.user = QStringLiteral("app");
    s.credentialRef = QStringLiteral("shard-%1").arg(id);
    s.capacityMb = 100;
    return s;
}

// Two buckets on two servers: 1 -> 3 on 127.0.0.1, and 2 alone on 127.0.0.2; vshardCount vshards
// spread evenly over the two heads.
inline Topology twoBucketTopology(int vshardCount = 8)
{
    Topology t;
    t.settings.vshardCount = vshardCount;
    t.shards = {makeShard(1, 0, QStringLiteral("127.0.0.1"), QStringLiteral("shard_1")),
                makeShard(2, 0, QStringLiteral("127.0.0.2"), QStringLiteral("shard_2")),
                makeShard(3, 1, QStringLiteral("127.0.0.1"), QStringLiteral("shard_3"))};
    t.vshards = VShardMap(vshardCount);
    t.vshards.spreadEvenly(t.headIds());
    return t;
}

} // namespace ShardDesk::Testing
