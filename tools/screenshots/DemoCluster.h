#pragma once

#include "monitor/ProbeSample.h"
#include "rebalance/MovePlan.h"
#include "topology/Topology.h"

#include <QList>

namespace ShardDesk::Screenshots {

// The cluster the fixture pictures show: three servers (127.0.0.1..3), each with a bucket of a head and
// one overflow shard, 4096 vshards over the heads; the first head nearly full and flagged so, as a
// cluster that has run for a while looks. And what monitoring it for a while would have recorded.
namespace DemoCluster {
Topology topology();
// One sample per server and second for the seconds before endMs: memory drifting, shard_2 and shard_4
// growing, the smallest host (127.0.0.3, 4 GiB) above the recommended band.
QList<ProbeSample> samples(int seconds, qint64 endMs);
// What Measure Sizes would find: each bucket's megabytes shared out over its vshards, unevenly (as keys
// hash), at about 600 bytes a row (a user and its comments).
VShardSizes vshardSizes();
} // namespace DemoCluster

} // namespace ShardDesk::Screenshots
