#pragma once

#include "Result.h"
#include "config/ConfigStore.h"
#include "topology/Topology.h"

#include <QCoreApplication>

#include <vector>

namespace ShardDesk {

class ConfigSql;
struct TopologyDiff;

// Writes the config store's rows, every value bound. Runs inside a write transaction that ConfigStore owns
// and knows nothing of versions: checking them is the store's job. Ranges go in multi-row statements, so
// the worst case of a million single-vshard runs is a few thousand statements, not a million.
class ConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigWriter)

public:
    explicit ConfigWriter(ConfigSql &sql) : m_sql(sql) {}

    // What apply() writes: the shards and ranges that changed, and the settings when they did.
    Result<void> writeDiff(const TopologyDiff &diff, const ClusterSettings &settings);
    // What replace() writes: everything, after emptying the tables.
    Result<void> writeAll(const Topology &topology, const ConfigStore::Revision &revision);

    Result<void> insertCluster(const ClusterSettings &settings, const ConfigStore::Revision &revision);
    Result<void> updateSettings(const ClusterSettings &settings);
    Result<void> updateRevision(const ConfigStore::Revision &revision);

    Result<void> insertShard(const Shard &shard);
    // Writes only the columns that differ between before and after, so runtime state (current size, full)
    // written meanwhile by monitoring survives an editor's unrelated change.
    Result<void> updateShard(const Shard &before, const Shard &after);
    // Conflict when the row is not there: the store does not hold what the editor loaded.
    Result<void> deleteShard(int id);
    // Sets the named columns of one shard; NotFound when there is no such shard.
    Result<void> setShardColumns(int id, const QStringList &columns, const QVariantList &values);

    Result<void> insertRanges(const std::vector<VShardMap::Range> &ranges);
    // Conflict when any range is not there.
    Result<void> deleteRanges(const std::vector<VShardMap::Range> &ranges);
    // Empties sd_cluster, sd_shard and sd_vshard_range (not the schema version).
    Result<void> deleteAll();

private:
    Result<void> writeShards(const TopologyDiff &diff);
    Error storeDiffers(const QString &what) const;

    ConfigSql &m_sql;
};

} // namespace ShardDesk
