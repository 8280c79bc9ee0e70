#include "RowCopier.h"

#include "db/ShardSession.h"
#include "db/SqlIdentifier.h"
#include "rebalance/RowLiteral.h"
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

// The vshards as an IN list: integers, so they are written rather than bound, and the statements can go
// as text (see copy()).
QString inList(const QList<int> &vshards)
{
    QStringList ids;
    for (int vshard : vshards)
        ids.append(QString::number(vshard));
    return QStringLiteral("%1 IN (%2)").arg(vshardColumn(), ids.join(QStringLiteral(", ")));
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

// Each assignment keeps the target's row unless it is of the same vshard: VIRTUAL_SHARD itself is not
// assigned, so the guard reads the target's own value throughout.
QString keepOtherVShards(const QStringList &columns, const QString &key)
{
    const QString same = QStringLiteral("%1 <=> VALUES(%1)").arg(vshardColumn());
    QStringList updates;
    for (const QString &column : columns) {
        if (column == vshardColumn() || column == key)
            continue;
        updates.append(QStringLiteral("%1 = IF(%2, VALUES(%1), %1)").arg(column, same));
    }
    if (updates.isEmpty())
        updates.append(QStringLiteral("%1 = %1").arg(key));
    return QStringLiteral(" ON DUPLICATE KEY UPDATE ") + updates.join(QStringLiteral(", "));
}

} // namespace

RowCopier::Checksum &RowCopier::Checksum::operator+=(const Checksum &other)
{
    rows += other.rows;
    crc ^= other.crc;
    return *this;
}

RowCopier::RowCopier(ShardedTable table, QList<int> vshards) : m_table(std::move(table)), m_vshards(std::move(vshards))
{
    // Names come from the server's information_schema; SqlIdentifier quotes them (backticks doubled).
    const QString name = SqlIdentifier::quote(m_table.name);
    const QString key = SqlIdentifier::quote(m_table.primaryKey);
    const QStringList columns = quoted(m_table.columns);
    QStringList selected;
    for (qsizetype c = 0; c < columns.size(); ++c)
        selected.append(RowLiteral::column(columns.at(c), m_table.types.value(c)).select);
    const QString batch = inList(m_vshards);
    // The key is selected once more, last, as itself: the next chunk starts after it.
    // One arg() call each: a name holding "%1" must not be substituted again.
    m_selectSql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 AND %2 > ")
                      .arg(selected.join(QStringLiteral(", ")), key, name, batch);
    m_selectOrder = QStringLiteral(" ORDER BY %1 LIMIT %2").arg(key, QString::number(ReadRows));
    m_insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(name, columns.join(QStringLiteral(", ")));
    m_insertTail = keepOtherVShards(columns, key);
    m_checksumSql = QStringLiteral("SELECT %1, COUNT(*), COALESCE(BIT_XOR(CRC32(%2)), 0) FROM %3 WHERE %4 GROUP BY %1")
                        .arg(vshardColumn(), rowText(columns), name, batch);
    m_deleteSql = QStringLiteral("DELETE FROM %1 WHERE %2 ORDER BY %3 LIMIT %4")
                      .arg(name, batch, key, QString::number(DeleteRows));
}

Result<void> RowCopier::flush(ShardLink &target, QString &values) const
{
    if (values.isEmpty())
        return {};
    auto written = target.exec(
        m_insertHead + values + m_insertTail, {},
        tr("Could not write rows of table \"%1\" to shard %2.").arg(m_table.name, target.shard().displayName()));
    values.clear();
    if (!written)
        return written.error();
    return {};
}

Result<qint64> RowCopier::copy(ShardLink &source, ShardLink &target, qint64 *lastKey, qsizetype statementBytes,
                               const AfterChunk &afterChunk) const
{
    std::vector<RowLiteral::Kind> kinds;
    for (qsizetype c = 0; c < m_table.columns.size(); ++c)
        kinds.push_back(RowLiteral::column(QString(), m_table.types.value(c)).kind);
    const int width = int(kinds.size());
    qint64 copied = 0;
    QString values;
    values.reserve(statementBytes + statementBytes / 8);
    for (;;) {
        // Text protocol, streamed (ShardLink's queries are forward-only): the values come as the server's
        // text, which is what the literals need, and rows are written while the rest still arrives.
        auto chunk = source.exec(
            m_selectSql + QString::number(*lastKey) + m_selectOrder, {},
            tr("Could not read rows of table \"%1\" of shard %2.").arg(m_table.name, source.shard().displayName()));
        if (!chunk)
            return chunk.error();
        int rows = 0;
        qint64 last = *lastKey;
        while (chunk->next()) {
            values += values.isEmpty() ? QLatin1String("(") : QLatin1String(",(");
            for (int c = 0; c < width; ++c) {
                if (c > 0)
                    values += QLatin1Char(',');
                RowLiteral::append(values, chunk->value(c), kinds[size_t(c)]);
            }
            values += QLatin1Char(')');
            last = chunk->value(width).toLongLong();
            ++rows;
            if (values.size() >= statementBytes) {
                if (auto flushed = flush(target, values); !flushed)
                    return flushed.error();
            }
        }
        if (auto flushed = flush(target, values); !flushed)
            return flushed.error();
        if (rows == 0)
            return copied;
        *lastKey = last;
        copied += rows;
        if (afterChunk) {
            if (auto after = afterChunk(rows); !after)
                return after.error();
        }
        if (rows < ReadRows)
            return copied;
    }
}

Result<RowCopier::Checksums> RowCopier::checksums(ShardLink &link) const
{
    auto query
        = link.exec(m_checksumSql, {},
                    tr("Could not checksum table \"%1\" of shard %2.").arg(m_table.name, link.shard().displayName()));
    if (!query)
        return query.error();
    Checksums sums;
    while (query->next())
        sums[query->value(0).toInt()] = Checksum {query->value(1).toLongLong(), query->value(2).toULongLong()};
    return sums;
}

Result<qint64> RowCopier::remove(ShardLink &link, const AfterChunk &afterChunk) const
{
    qint64 removed = 0;
    for (;;) {
        auto query = link.exec(
            m_deleteSql, {},
            tr("Could not delete rows of table \"%1\" of shard %2.").arg(m_table.name, link.shard().displayName()));
        if (!query)
            return query.error();
        const int rows = query->numRowsAffected();
        removed += rows;
        if (afterChunk && rows > 0) {
            if (auto after = afterChunk(rows); !after)
                return after.error();
        }
        if (rows < DeleteRows)
            return removed;
    }
}

} // namespace ShardDesk
