#include "ShardStatement.h"

#include "db/SqlIdentifier.h"

namespace ShardDesk {

Result<QString> ShardStatement::qualified(const QString &database, const QString &table)
{
    if (auto bad = SqlIdentifier::checkQuotable(database); !bad)
        return bad.error();
    if (auto bad = SqlIdentifier::checkQuotable(table); !bad)
        return bad.error();
    return SqlIdentifier::qualified(database, table);
}

Result<QString> ShardStatement::columnList(const QStringList &columns)
{
    if (columns.isEmpty())
        return QStringLiteral("*");
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &column : columns) {
        if (auto bad = SqlIdentifier::checkQuotable(column); !bad)
            return bad.error();
        quoted.append(SqlIdentifier::quote(column));
    }
    return quoted.join(QStringLiteral(", "));
}

Result<QString> ShardStatement::insert(const QString &database, const QString &table, const QStringList &columns)
{
    if (columns.isEmpty())
        return makeError(tr("An insert needs at least one column."), Error::Kind::Usage);
    auto target = qualified(database, table);
    if (!target)
        return target.error();
    auto list = columnList(columns);
    if (!list)
        return list.error();
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    return QString(QStringLiteral("INSERT INTO ") + *target + QStringLiteral(" (") + *list
                   + QStringLiteral(") VALUES (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

Result<QString> ShardStatement::selectByKey(const QString &database, const QString &table, const QString &keyColumn,
                                            const QStringList &columns)
{
    auto target = qualified(database, table);
    if (!target)
        return target.error();
    auto list = columnList(columns);
    if (!list)
        return list.error();
    if (auto bad = SqlIdentifier::checkQuotable(keyColumn); !bad)
        return bad.error();
    return QString(QStringLiteral("SELECT ") + *list + QStringLiteral(" FROM ") + *target + QStringLiteral(" WHERE ")
                   + SqlIdentifier::quote(keyColumn) + QStringLiteral(" = ?"));
}

Result<QString> ShardStatement::count(const QString &database, const QString &table)
{
    auto target = qualified(database, table);
    if (!target)
        return target.error();
    return QString(QStringLiteral("SELECT COUNT(*) FROM ") + *target);
}

Result<QString> ShardStatement::select(const QString &database, const QString &table, const QStringList &columns,
                                       int limit)
{
    auto target = qualified(database, table);
    if (!target)
        return target.error();
    auto list = columnList(columns);
    if (!list)
        return list.error();
    QString sql = QStringLiteral("SELECT ") + *list + QStringLiteral(" FROM ") + *target;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    return sql;
}

Result<QString> ShardStatement::maxOf(const QString &database, const QString &table, const QString &column)
{
    auto target = qualified(database, table);
    if (!target)
        return target.error();
    if (auto bad = SqlIdentifier::checkQuotable(column); !bad)
        return bad.error();
    return QString(QStringLiteral("SELECT COALESCE(MAX(") + SqlIdentifier::quote(column) + QStringLiteral("), 0) FROM ")
                   + *target);
}

Result<QString> ShardStatement::setAutoIncrement(const QString &database, const QString &table, qint64 next)
{
    auto target = qualified(database, table);
    if (!target)
        return target.error();
    return QString(QStringLiteral("ALTER TABLE ") + *target + QStringLiteral(" AUTO_INCREMENT = ")
                   + QString::number(next));
}

QString ShardStatement::autoIncrementColumnsOfShardedTables()
{
    // Base tables only: a view over a sharded table has the column too but no AUTO_INCREMENT to advance.
    return QStringLiteral(
        "SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c"
        " JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
        " WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE' AND c.EXTRA LIKE '%auto_increment%'"
        " AND EXISTS (SELECT 1 FROM information_schema.COLUMNS v WHERE v.TABLE_SCHEMA = c.TABLE_SCHEMA"
        " AND v.TABLE_NAME = c.TABLE_NAME AND v.COLUMN_NAME = ?)"
        " ORDER BY c.TABLE_NAME");
}

} // namespace ShardDesk
