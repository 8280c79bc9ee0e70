#include "ConfigWriter.h"

#include "config/ConfigSql.h"
#include "topology/TopologyDiff.h"

#include <QSqlError>

#include <algorithm>

namespace ShardDesk {

namespace {

// 300 rows of 3 values is 900 bound values per statement: under the 999 of older SQLite builds, and
// large enough that a million ranges take about 3,300 statements.
constexpr size_t RowsPerStatement = 300;

// The columns of sd_shard in the order shardValues() gives them. Column names in SQL text only ever come
// from this list, never from data.
const QStringList &shardColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),          QStringLiteral("parent_id"),      QStringLiteral("host"),
        QStringLiteral("port"),        QStringLiteral("database_name"),  QStringLiteral("user_name"),
        QStringLiteral("credential_ref"), QStringLiteral("capacity_mb"), QStringLiteral("current_mb"),
        QStringLiteral("full"),        QStringLiteral("initialized"),
    };
    return columns;
}

// The SQL drivers bind a null QString as SQL NULL; the text columns are NOT NULL and an empty value
// (e.g. a shard without a credential reference yet) is stored as ''.
QString text(const QString &value)
{
    return value.isNull() ? QLatin1String("") : value;
}

QVariantList shardValues(const Shard &s)
{
    return {s.id,       s.parentId,         text(s.host), s.port,
            text(s.database), text(s.user), text(s.credentialRef), s.capacityMb,    s.currentMb,
            int(s.full),      int(s.initialized)};
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Runs one statement per batch of up to RowsPerStatement rows. Full batches reuse one prepared statement
// (one server-side statement on MySQL, not thousands); the last, shorter batch gets its own. Returns the
// total number of rows affected.
template<typename MakeSql, typename BindRow>
Result<qint64> runBatched(ConfigSql &sql, size_t count, MakeSql makeSql, BindRow bindRow, const QString &context)
{
    QSqlQuery fullBatch(sql.database());
    bool fullPrepared = false;
    qint64 affected = 0;
    for (size_t start = 0; start < count; start += RowsPerStatement) {
        const size_t rows = std::min(RowsPerStatement, count - start);
        QSqlQuery lastBatch(sql.database());
        QSqlQuery &q = rows == RowsPerStatement ? fullBatch : lastBatch;
        if ((&q == &lastBatch || !fullPrepared) && !q.prepare(makeSql(qsizetype(rows))))
            return sql.error(q.lastError(), context);
        fullPrepared = fullPrepared || &q == &fullBatch;
        int position = 0;
        for (size_t i = start; i < start + rows; ++i)
            bindRow(q, i, position);
        if (!q.exec())
            return sql.error(q.lastError(), context);
        affected += q.numRowsAffected();
    }
    return affected;
}

} // namespace

Result<void> ConfigWriter::writeDiff(const TopologyDiff &diff, const ClusterSettings &settings)
{
    Result<void> written = writeShards(diff);
    // Ranges removed first: an added range may start where a removed one did (same primary key).
    if (written)
        written = deleteRanges(diff.removedRanges);
    if (written)
        written = insertRanges(diff.addedRanges);
    if (written && diff.settingsChanged)
        written = updateSettings(settings);
    return written;
}

Result<void> ConfigWriter::writeAll(const Topology &topology, const ConfigStore::Revision &revision)
{
    Result<void> written = deleteAll();
    if (written)
        written = insertCluster(topology.settings, revision);
    for (qsizetype i = 0; written && i < topology.shards.size(); ++i)
        written = insertShard(topology.shards.at(i));
    if (written)
        written = insertRanges(topology.vshards.ranges());
    return written;
}

Result<void> ConfigWriter::writeShards(const TopologyDiff &diff)
{
    for (const Shard &s : diff.removedShards) {
        if (Result<void> removed = deleteShard(s.id); !removed)
            return removed;
    }
    for (qsizetype i = 0; i < diff.changedShards.size(); ++i) {
        if (Result<void> changed = updateShard(diff.changedShardsBefore.at(i), diff.changedShards.at(i)); !changed)
            return changed;
    }
    for (const Shard &s : diff.addedShards) {
        if (Result<void> added = insertShard(s); !added)
            return added;
    }
    return {};
}

Result<void> ConfigWriter::insertCluster(const ClusterSettings &settings, const ConfigStore::Revision &revision)
{
    Result<QSqlQuery> q = m_sql.query(
        QStringLiteral("INSERT INTO sd_cluster (id, name, vshard_count, hash, key_normalization, key_column, "
                       "app_schema_version, version, changed_by, changed_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {settings.name, settings.vshardCount, settings.hash, ClusterSettings::toString(settings.keyNormalization),
         settings.keyColumn, settings.schemaVersion, revision.version, revision.changedBy,
         ConfigSql::timeToText(revision.changedAt)},
        tr("Could not write the cluster settings to the config store."));
    if (!q)
        return q.error();
    return {};
}

Result<void> ConfigWriter::updateSettings(const ClusterSettings &settings)
{
    Result<QSqlQuery> q = m_sql.query(
        QStringLiteral("UPDATE sd_cluster SET name = ?, vshard_count = ?, hash = ?, key_normalization = ?, "
                       "key_column = ?, app_schema_version = ? WHERE id = 1"),
        {settings.name, settings.vshardCount, settings.hash, ClusterSettings::toString(settings.keyNormalization),
         settings.keyColumn, settings.schemaVersion},
        tr("Could not write the cluster settings to the config store."));
    if (!q)
        return q.error();
    return {};
}

Result<void> ConfigWriter::updateRevision(const ConfigStore::Revision &revision)
{
    Result<QSqlQuery> q = m_sql.query(
        QStringLiteral("UPDATE sd_cluster SET version = ?, changed_by = ?, changed_at = ? WHERE id = 1"),
        {revision.version, revision.changedBy, ConfigSql::timeToText(revision.changedAt)},
        tr("Could not write the new version to the config store."));
    if (!q)
        return q.error();
    return {};
}

Result<void> ConfigWriter::insertShard(const Shard &shard)
{
    const QString sql = QStringLiteral("INSERT INTO sd_shard (") + shardColumns().join(QStringLiteral(", "))
        + QStringLiteral(") VALUES (") + placeholders(shardColumns().size()) + QLatin1Char(')');
    Result<QSqlQuery> q = m_sql.query(sql, shardValues(shard), tr("Could not add shard %1 to the config store.").arg(shard.id));
    if (!q)
        return q.error();
    return {};
}

Result<void> ConfigWriter::updateShard(const Shard &before, const Shard &after)
{
    const QVariantList old = shardValues(before);
    const QVariantList now = shardValues(after);
    QStringList columns;
    QVariantList values;
    for (qsizetype i = 1; i < now.size(); ++i) { // 0 is the id, which identifies the row
        if (old.at(i) != now.at(i)) {
            columns.append(shardColumns().at(i));
            values.append(now.at(i));
        }
    }
    if (columns.isEmpty())
        return {};
    Result<void> updated = setShardColumns(after.id, columns, values);
    if (!updated && updated.error().kind == Error::Kind::NotFound)
        return storeDiffers(tr("shard %1 is missing").arg(after.id));
    return updated;
}

Result<void> ConfigWriter::deleteShard(int id)
{
    Result<QSqlQuery> q = m_sql.query(QStringLiteral("DELETE FROM sd_shard WHERE id = ?"), {id},
                                      tr("Could not remove shard %1 from the config store.").arg(id));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return storeDiffers(tr("shard %1 is missing").arg(id));
    return {};
}

Result<void> ConfigWriter::setShardColumns(int id, const QStringList &columns, const QVariantList &values)
{
    const QString context = tr("Could not update shard %1 in the config store.").arg(id);
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    Result<QSqlQuery> q = m_sql.query(QStringLiteral("UPDATE sd_shard SET ") + assignments.join(QStringLiteral(", "))
                                          + QStringLiteral(" WHERE id = ?"),
                                      values + QVariantList{id}, context);
    if (!q)
        return q.error();
    if (q->numRowsAffected() > 0)
        return {};
    // MySQL counts rows changed, not rows found: an update to the values already there affects none.
    Result<QVariant> found = m_sql.scalar(QStringLiteral("SELECT COUNT(*) FROM sd_shard WHERE id = ?"), {id}, context);
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return makeError(tr("There is no shard %1 in the config store.").arg(id), Error::Kind::NotFound);
    return {};
}

Result<void> ConfigWriter::insertRanges(const std::vector<VShardMap::Range> &ranges)
{
    const auto makeSql = [](qsizetype rows) -> QString {
        QStringList tuples(rows, QStringLiteral("(?, ?, ?)"));
        return QStringLiteral("INSERT INTO sd_vshard_range (first_id, last_id, head_id) VALUES ")
            + tuples.join(QStringLiteral(", "));
    };
    const auto bindRow = [&ranges](QSqlQuery &q, size_t i, int &position) {
        q.bindValue(position++, ranges[i].first);
        q.bindValue(position++, ranges[i].last);
        q.bindValue(position++, ranges[i].headId);
    };
    Result<qint64> inserted = runBatched(m_sql, ranges.size(), makeSql, bindRow,
                                         tr("Could not write the vshard map to the config store."));
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> ConfigWriter::deleteRanges(const std::vector<VShardMap::Range> &ranges)
{
    const auto makeSql = [](qsizetype rows) -> QString {
        return QStringLiteral("DELETE FROM sd_vshard_range WHERE first_id IN (") + placeholders(rows) + QLatin1Char(')');
    };
    const auto bindRow = [&ranges](QSqlQuery &q, size_t i, int &position) { q.bindValue(position++, ranges[i].first); };
    Result<qint64> deleted = runBatched(m_sql, ranges.size(), makeSql, bindRow,
                                        tr("Could not write the vshard map to the config store."));
    if (!deleted)
        return deleted.error();
    if (*deleted != qint64(ranges.size()))
        return storeDiffers(tr("%n vshard range(s) are missing", nullptr, int(qint64(ranges.size()) - *deleted)));
    return {};
}

Result<void> ConfigWriter::deleteAll()
{
    for (const QString &table : {QStringLiteral("sd_vshard_range"), QStringLiteral("sd_shard"), QStringLiteral("sd_cluster")}) {
        Result<void> emptied = m_sql.exec(QStringLiteral("DELETE FROM ") + table,
                                          tr("Could not clear the config store before writing the new configuration."));
        if (!emptied)
            return emptied;
    }
    return {};
}

Error ConfigWriter::storeDiffers(const QString &what) const
{
    // The version matched, yet the rows differ from the loaded snapshot: someone wrote without bumping it.
    return makeError(tr("The config store no longer holds the configuration you loaded (%1). Reload and reapply "
                        "your changes.")
                         .arg(what),
                     Error::Kind::Conflict);
}

} // namespace ShardDesk
