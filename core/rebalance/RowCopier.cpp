#include "RowCopier.h"

#include "db/ShardSession.h"
#include "db/SqlIdentifier.h"
#include "rebalance/ShardLink.h"

namespace ShardDesk {

namespace {

QString vshardColumn()
{
    return SqlIdentifier::quote(QString::fromLatin1(ShardSession::VShardColumn));
}

QStringList quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(SqlIdentifier::quote(name));
    return out;
}

// One text per row, as pt-table-checksum builds it: every column as bytes (so collations cannot clash),
// joined with '#', plus a NULL marker per column because CONCAT_WS skips NULLs.
QString rowText(const QStringList &columns)
{
    QStringList parts;
    QStringList nulls;
    for (const QString &column : columns) {
        parts.append(QStringLiteral("CAST(%1 AS BINARY)").arg(column));
        nulls.append(QStringLiteral("ISNULL(%1)").arg(column));
    }
    return QStringLiteral("CONCAT_WS('#', %1, CONCAT(%2))")
        .arg(parts.join(QStringLiteral(", ")), nulls.join(QStringLiteral(", ")));
}

} // namespace

RowCopier::Checksum &RowCopier::Checksum::operator+=(const Checksum &other)
{
    rows += other.rows;
    crc ^= other.crc;
    return *this;
}

RowCopier::RowCopier(ShardedTable table, int vshard) : m_table(std::move(table)), m_vshard(vshard)
{
    // Names come from the server's information_schema; SqlIdentifier quotes them (backticks doubled).
    const QString name = SqlIdentifier::quote(m_table.name);
    const QString key = SqlIdentifier::quote(m_table.primaryKey);
    const QStringList columns = quoted(m_table.columns);
    m_selectSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 > ? ORDER BY %4 LIMIT %5")
                      .arg(columns.join(QStringLiteral(", ")), name, vshardColumn(), key)
                      .arg(ChunkRows);
    m_checksumSql = QStringLiteral("SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(%1)), 0) FROM %2 WHERE %3 = ?")
                        .arg(rowText(columns), name, vshardColumn());
    m_deleteSql = QStringLiteral("DELETE FROM %1 WHERE %2 = ? ORDER BY %3 LIMIT %4")
                      .arg(name, vshardColumn(), key)
                      .arg(ChunkRows);
}

QString RowCopier::insertSql(int rows) const
{
    const QStringList columns = quoted(m_table.columns);
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    const QString row = QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values(rows, row);
    // Each assignment keeps the target's row unless it is of the same vshard: VIRTUAL_SHARD itself is not
    // assigned, so the guard reads the target's own value throughout.
    const QString same = QStringLiteral("%1 <=> VALUES(%1)").arg(vshardColumn());
    QStringList updates;
    for (const QString &column : columns) {
        if (column == vshardColumn() || column == SqlIdentifier::quote(m_table.primaryKey))
            continue;
        updates.append(QStringLiteral("%1 = IF(%2, VALUES(%1), %1)").arg(column, same));
    }
    if (updates.isEmpty())
        updates.append(QStringLiteral("%1 = %1").arg(SqlIdentifier::quote(m_table.primaryKey)));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON DUPLICATE KEY UPDATE %4")
        .arg(SqlIdentifier::quote(m_table.name), columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

Result<qint64> RowCopier::copy(ShardLink &source, ShardLink &target, qint64 *lastKey, const ChunkHandler &onChunk) const
{
    const int keyIndex = int(m_table.columns.indexOf(m_table.primaryKey));
    const int width = int(m_table.columns.size());
    qint64 copied = 0;
    for (;;) {
        auto chunk = source.exec(
            m_selectSql, {m_vshard, *lastKey},
            tr("Could not read rows of table \"%1\" of shard %2.").arg(m_table.name, source.shard().displayName()));
        if (!chunk)
            return chunk.error();
        QVariantList values;
        int rows = 0;
        qint64 last = *lastKey;
        while (chunk->next()) {
            for (int c = 0; c < width; ++c)
                values.append(chunk->value(c));
            last = chunk->value(keyIndex).toLongLong();
            ++rows;
        }
        if (rows == 0)
            return copied;
        auto written = target.exec(
            insertSql(rows), values,
            tr("Could not write rows of table \"%1\" to shard %2.").arg(m_table.name, target.shard().displayName()));
        if (!written)
            return written.error();
        *lastKey = last;
        copied += rows;
        if (onChunk)
            onChunk(rows);
        if (rows < ChunkRows)
            return copied;
    }
}

Result<RowCopier::Checksum> RowCopier::checksum(ShardLink &link) const
{
    auto query
        = link.exec(m_checksumSql, {m_vshard},
                    tr("Could not checksum table \"%1\" of shard %2.").arg(m_table.name, link.shard().displayName()));
    if (!query)
        return query.error();
    if (!query->next())
        return Checksum {};
    return Checksum {query->value(0).toLongLong(), query->value(1).toULongLong()};
}

Result<qint64> RowCopier::remove(ShardLink &link, const ChunkHandler &onChunk) const
{
    qint64 removed = 0;
    for (;;) {
        auto query = link.exec(
            m_deleteSql, {m_vshard},
            tr("Could not delete rows of table \"%1\" of shard %2.").arg(m_table.name, link.shard().displayName()));
        if (!query)
            return query.error();
        const int rows = query->numRowsAffected();
        removed += rows;
        if (onChunk && rows > 0)
            onChunk(rows);
        if (rows < ChunkRows)
            return removed;
    }
}

} // namespace ShardDesk
