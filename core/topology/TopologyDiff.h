#pragma once

#include "topology/Topology.h"

#include <QCoreApplication>
#include <QStringList>

namespace ShardDesk {

// What changed between two topologies: what Apply will write to the config store and show the user.
struct TopologyDiff
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::TopologyDiff)

public:
    bool settingsChanged = false;
    QList<Shard> addedShards;
    QList<Shard> removedShards;
    QList<Shard> changedShards;       // the new values
    QList<Shard> changedShardsBefore; // the old values, in the same order as changedShards
    ClusterSettings settingsBefore;   // both sides of the settings, so describe() can say what changed
    ClusterSettings settingsAfter;
    std::vector<VShardMap::Range> removedRanges;
    std::vector<VShardMap::Range> addedRanges;
    int changedVShards = 0; // vshards whose head differs

    static TopologyDiff between(const Topology &before, const Topology &after);
    bool isEmpty() const;
    // One line per change, for the Apply dialog and the CLI.
    QStringList describe() const;
};

} // namespace ShardDesk
