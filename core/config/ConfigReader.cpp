#include "ConfigReader.h"

#include "config/ConfigSql.h"

#include <QSqlError>

namespace ShardDesk {

Result<ConfigStore::Revision> ConfigReader::revision(Lock lock)
{
    const QString sql = QStringLiteral("SELECT version, changed_by, changed_at FROM sd_cluster WHERE id = 1")
        + (lock == Lock::ForUpdate ? m_sql.forUpdate() : QString());
    Result<QSqlQuery> q = m_sql.query(sql, {}, tr("Could not read the version of the config store."));
    if (!q)
        return q.error();
    ConfigStore::Revision revision;
    if (q->next()) {
        revision.version = q->value(0).toLongLong();
        revision.changedBy = q->value(1).toString();
        revision.changedAt = ConfigSql::timeFromText(q->value(2).toString());
    }
    return revision;
}

Result<Topology> ConfigReader::topology()
{
    Result<Topology> topology = cluster();
    if (!topology)
        return topology;
    Result<QList<Shard>> shardList = shards();
    if (!shardList)
        return shardList.error();
    Result<VShardMap> map = vshards(topology->settings.vshardCount);
    if (!map)
        return map.error();
    topology->shards = std::move(shardList).value();
    topology->vshards = std::move(map).value();
    return topology;
}

Result<Topology> ConfigReader::cluster()
{
    Result<QSqlQuery> q = m_sql.query(QStringLiteral("SELECT name, vshard_count, hash, key_normalization, key_column, "
                                                     "app_schema_version, version FROM sd_cluster WHERE id = 1"),
                                      {}, tr("Could not read the cluster settings from the config store."));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("This config store holds no cluster yet: initialize one or import a configuration."),
                         Error::Kind::NotFound);
    Topology topology;
    ClusterSettings &settings = topology.settings;
    settings.name = q->value(0).toString();
    settings.vshardCount = q->value(1).toInt();
    settings.hash = q->value(2).toString();
    if (!ClusterSettings::fromString(q->value(3).toString(), &settings.keyNormalization))
        return damaged(tr("the key normalization “%1” is unknown.").arg(q->value(3).toString()));
    settings.keyColumn = q->value(4).toString();
    settings.schemaVersion = q->value(5).toInt();
    topology.version = q->value(6).toLongLong();
    if (settings.vshardCount < 1 || settings.vshardCount > MaxVShards)
        return damaged(tr("the number of vshards is %1.").arg(settings.vshardCount));
    return topology;
}

Result<QList<Shard>> ConfigReader::shards()
{
    Result<QSqlQuery> q = m_sql.query(QStringLiteral("SELECT id, parent_id, host, port, database_name, user_name, "
                                                     "credential_ref, capacity_mb, current_mb, full, initialized "
                                                     "FROM sd_shard ORDER BY id"),
                                      {}, tr("Could not read the shards from the config store."));
    if (!q)
        return q.error();
    QList<Shard> result;
    while (q->next()) {
        Shard s;
        s.id = q->value(0).toInt();
        s.parentId = q->value(1).toInt();
        s.host = q->value(2).toString();
        s.port = q->value(3).toInt();
        s.database = q->value(4).toString();
        s.user = q->value(5).toString();
        s.credentialRef = q->value(6).toString();
        s.capacityMb = q->value(7).toDouble();
        s.currentMb = q->value(8).toDouble();
        s.full = q->value(9).toInt() != 0;
        s.initialized = q->value(10).toInt() != 0;
        result.append(s);
    }
    if (q->lastError().isValid())
        return m_sql.error(q->lastError(), tr("Could not read the shards from the config store."));
    return result;
}

Result<VShardMap> ConfigReader::vshards(int count)
{
    const QString context = tr("Could not read the vshard map from the config store.");
    Result<QSqlQuery> q = m_sql.query(
        QStringLiteral("SELECT first_id, last_id, head_id FROM sd_vshard_range ORDER BY first_id"), {}, context);
    if (!q)
        return q.error();
    VShardMap map(count);
    int next = 0; // the runs must tile 0..count-1 exactly: each starts where the previous one ended
    while (q->next()) {
        const int first = q->value(0).toInt();
        const int last = q->value(1).toInt();
        const int headId = q->value(2).toInt();
        if (first != next || last < first || last >= count)
            return damaged(tr("the vshard map does not cover vshards 0–%1 exactly once (near vshard %2).")
                               .arg(count - 1)
                               .arg(next));
        if (headId != 0)
            map.assignRange(first, last, headId);
        next = last + 1;
    }
    if (q->lastError().isValid())
        return m_sql.error(q->lastError(), context);
    if (next != count)
        return damaged(tr("the vshard map ends at vshard %1 but the cluster has %2 vshards.").arg(next - 1).arg(count));
    return map;
}

Error ConfigReader::damaged(const QString &what) const
{
    return makeError(tr("The config store is damaged: %1 Restore it from a backup or export.").arg(what),
                     Error::Kind::Validation);
}

} // namespace ShardDesk
