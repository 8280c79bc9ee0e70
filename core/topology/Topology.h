#pragma once

#include "topology/ClusterSettings.h"
#include "topology/Shard.h"
#include "topology/TopologyProblem.h"
#include "topology/VShardMap.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ShardDesk {

// The whole configuration of a cluster: settings, shards (grouped into buckets by parentId) and the
// vshard map. A plain value: the GUI edits a copy, the router reads an immutable shared snapshot.
// version is the config store's version this snapshot was loaded at (0: never stored).
class Topology
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Topology)

public:
    ClusterSettings settings;
    QList<Shard> shards;
    VShardMap vshards;
    qint64 version = 0;

    const Shard *shard(int id) const;
    Shard *shard(int id);
    int indexOfShard(int id) const;
    int nextShardId() const;

    QList<int> headIds() const;
    // The bucket whose head is headId, in chain order: head, its overflow child, that child's child...
    // Stops at a cycle or a missing shard (validate() reports those).
    QList<int> bucket(int headId) const;
    // The head of the bucket shardId belongs to, or 0 when the chain is broken.
    int headOf(int shardId) const;

    // Every problem, each with a message a user understands; empty when the topology is usable.
    TopologyProblems validate() const;
    // Only the problems that keep the topology from being stored (Severity::Error).
    TopologyProblems errors() const;
    bool isValid() const { return validate().isEmpty(); }

    bool operator==(const Topology &) const = default;
};

} // namespace ShardDesk
