#include "RowCopier.h"

#include "db/ShardSession.h"
#include "db/SqlIdentifier.h"
#include "rebalance/ShardLink.h"

#include <algorithm>

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
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const RowLiteral::Column column = RowLiteral::column(columns.at(c), m_table.types.value(c));
        selected.append(column.select);
        m_kinds.push_back(column.kind);
    }
    const QString batch = inList(m_vshards);
    // The key is selected once more, last, as itself: the next chunk starts after it.
    // One arg() call each: a name holding "%1" must not be substituted again.
    m_selectSql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 AND %2 > ")
                      .arg(selected.join(QStringLiteral(", ")), key, name, batch)
                      .toUtf8();
    m_selectOrder = QStringLiteral(" ORDER BY %1 LIMIT %2").arg(key, QString::number(ReadRows)).toUtf8();
    m_insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(name, columns.join(QStringLiteral(", "))).toUtf8();
    m_insertTail = keepOtherVShards(columns, key).toUtf8();
    m_checksumSql = QStringLiteral("SELECT %1, COUNT(*), COALESCE(BIT_XOR(CRC32(%2)), 0) FROM %3 WHERE %4 GROUP BY %1")
                        .arg(vshardColumn(), rowText(columns), name, batch);
    m_deleteSql = QStringLiteral("DELETE FROM %1 WHERE %2 ORDER BY %3 LIMIT %4")
                      .arg(name, batch, key, QString::number(DeleteRows))
                      .toUtf8();
    m_deleteKeysSql = QStringLiteral("DELETE FROM %1 WHERE %2 AND %3 IN (").arg(name, batch, key).toUtf8();
}

Result<void> RowCopier::flush(ShardLink &target, QByteArray &statement, int &rows) const
{
    if (rows == 0)
        return {};
    statement += m_insertTail;
    auto written = target.execute(
        statement,
        tr("Could not write rows of table \"%1\" to shard %2.").arg(m_table.name, target.shard().displayName()));
    statement.resize(m_insertHead.size()); // keeps the buffer for the next statement
    rows = 0;
    if (!written)
        return written.error();
    return {};
}

Result<qint64> RowCopier::copy(ShardLink &source, ShardLink &target, qint64 *lastKey, qsizetype statementBytes,
                               const AfterChunk &afterChunk, Keys *keys, size_t maxKeys) const
{
    const int width = int(m_kinds.size());
    const QString readContext
        = tr("Could not read rows of table \"%1\" of shard %2.").arg(m_table.name, source.shard().displayName());
    qint64 copied = 0;
    QByteArray statement = m_insertHead;
    statement.reserve(m_insertHead.size() + statementBytes + statementBytes / 8 + m_insertTail.size());
    const qsizetype full = m_insertHead.size() + statementBytes;
    int pending = 0; // rows in statement
    for (;;) {
        qint64 last = *lastKey;
        // Text protocol, streamed: the values come as the server's text, which is what the literals need,
        // straight from the socket into the next INSERT (no QVariant or QString per value), and rows are
        // written while the rest still arrives.
        const auto onRow = [&](const NativeQuery::Row &row) -> Result<void> {
            // A row that would take the statement past its budget starts the next one, so that a large row
            // goes alone rather than on top of a nearly full statement.
            if (pending > 0) {
                qsizetype rowBytes = 2 + width;
                for (int c = 0; c < width; ++c)
                    rowBytes += RowLiteral::length(row.value(c).size(), row.isNull(c), m_kinds[size_t(c)]);
                if (statement.size() + rowBytes > full) {
                    if (auto flushed = flush(target, statement, pending); !flushed)
                        return flushed;
                }
            }
            statement += pending++ == 0 ? "(" : ",(";
            for (int c = 0; c < width; ++c) {
                if (c > 0)
                    statement += ',';
                RowLiteral::append(statement, row.value(c), row.isNull(c), m_kinds[size_t(c)]);
            }
            statement += ')';
            const QByteArrayView key = row.value(width);
            last = QByteArray::fromRawData(key.data(), key.size()).toLongLong();
            if (keys && keys->size() < maxKeys)
                keys->push_back(last);
            if (statement.size() >= full)
                return flush(target, statement, pending);
            return {};
        };
        auto rows = source.select(m_selectSql + QByteArray::number(*lastKey) + m_selectOrder, onRow, readContext);
        if (!rows)
            return rows.error();
        if (auto flushed = flush(target, statement, pending); !flushed)
            return flushed.error();
        if (*rows == 0)
            return copied;
        *lastKey = last;
        copied += *rows;
        if (afterChunk) {
            if (auto after = afterChunk(*rows); !after)
                return after.error();
        }
        if (*rows < ReadRows)
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

Result<qint64> RowCopier::remove(ShardLink &link, const AfterChunk &afterChunk, const Keys &keys,
                                 qsizetype statementBytes) const
{
    const QString context
        = tr("Could not delete rows of table \"%1\" of shard %2.").arg(m_table.name, link.shard().displayName());
    qint64 removed = 0;
    QByteArray statement;
    for (size_t next = 0; next < keys.size();) {
        statement = m_deleteKeysSql;
        const size_t first = next;
        for (; next < keys.size() && next - first < size_t(DeleteRows); ++next) {
            const QByteArray key = QByteArray::number(keys[next]);
            // The key, its comma and the closing parenthesis; the first key goes whatever its size.
            const qsizetype after = statement.size() - m_deleteKeysSql.size() + key.size() + 2;
            if (next > first && after > statementBytes)
                break;
            if (next > first)
                statement += ',';
            statement += key;
        }
        statement += ')';
        auto deleted = link.execute(statement, context);
        if (!deleted)
            return deleted.error();
        removed += *deleted;
        if (afterChunk && *deleted > 0) {
            if (auto after = afterChunk(*deleted); !after)
                return after.error();
        }
    }
    // Rows the keys did not name (none after a verified copy, unless the copy kept only some): the
    // first statement finds none, at the cost of one index probe.
    for (;;) {
        auto deleted = link.execute(m_deleteSql, context);
        if (!deleted)
            return deleted.error();
        const qint64 rows = *deleted;
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
