#pragma once

#include "Result.h"
#include "config/ConfigStore.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

class ConfigSql;

// Reads a snapshot out of the config store's tables. The vshard map is read with one forward-only query in
// vshard order and its runs checked as they arrive, so a million single-vshard runs load in one pass and a
// damaged map (gaps, overlaps, ids out of range) is reported instead of half-loaded.
class ConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigReader)

public:
    // A map entry costs 4 bytes in memory; past this a damaged vshard_count would allocate gigabytes.
    static constexpr int MaxVShards = 100'000'000;

    enum class Lock { None, ForUpdate };

    explicit ConfigReader(ConfigSql &sql) : m_sql(sql) {}

    // Who changed the store last; version 0 when no cluster was initialised. ForUpdate keeps the row
    // locked until the transaction ends (MySQL; SQLite's write transaction holds the lock already).
    Result<ConfigStore::Revision> revision(Lock lock = Lock::None);
    // The whole snapshot; NotFound when the store holds no cluster yet.
    Result<Topology> topology();

private:
    Result<Topology> cluster();
    Result<QList<Shard>> shards();
    Result<VShardMap> vshards(int count);
    Error damaged(const QString &what) const;

    ConfigSql &m_sql;
};

} // namespace ShardDesk
