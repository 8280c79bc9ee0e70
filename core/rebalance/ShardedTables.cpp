#include "ShardedTables.h"

#include "db/ShardSession.h"
#include "rebalance/ShardLink.h"

#include <QHash>
#include <QSet>

namespace ShardDesk {

namespace {

const QString DiscoverColumns = QStringLiteral(
    "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_KEY, c.DATA_TYPE FROM information_schema.COLUMNS c "
    "JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
    "WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION");

const QString DiscoverLinks = QStringLiteral(
    "SELECT TABLE_NAME, REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE "
    "WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL");

} // namespace

Result<QList<ShardedTable>> ShardedTables::discover(ShardLink &link)
{
    auto columns
        = link.exec(DiscoverColumns, {}, tr("Could not list the tables of shard %1.").arg(link.shard().displayName()));
    if (!columns)
        return columns.error();
    QHash<QString, ShardedTable> byName;
    QStringList names;
    QSet<QString> multiColumnKey;
    const QString vshardColumn = QString::fromLatin1(ShardSession::VShardColumn);
    QSet<QString> sharded;
    while (columns->next()) {
        const QString table = columns->value(0).toString();
        const QString column = columns->value(1).toString();
        ShardedTable &t = byName[table];
        if (t.name.isEmpty()) {
            t.name = table;
            names.append(table);
        }
        t.columns.append(column);
        t.types.append(columns->value(3).toString());
        if (columns->value(2).toString() == QLatin1String("PRI")) {
            if (!t.primaryKey.isEmpty())
                multiColumnKey.insert(table);
            t.primaryKey = column;
        }
        if (column.compare(vshardColumn, Qt::CaseInsensitive) == 0)
            sharded.insert(table);
    }
    auto linkQuery = link.exec(DiscoverLinks, {},
                               tr("Could not read the foreign keys of shard %1.").arg(link.shard().displayName()));
    if (!linkQuery)
        return linkQuery.error();
    QList<QPair<QString, QString>> links;
    while (linkQuery->next()) {
        const QString child = linkQuery->value(0).toString();
        const QString parent = linkQuery->value(1).toString();
        if (sharded.contains(child) && sharded.contains(parent))
            links.append({child, parent});
    }
    QStringList shardedNames;
    for (const QString &name : std::as_const(names)) {
        if (!sharded.contains(name))
            continue;
        if (byName.value(name).primaryKey.isEmpty() || multiColumnKey.contains(name))
            return makeError(tr("Table \"%1\" of shard %2 has no single-column primary key, so its rows cannot "
                                "be moved in chunks.")
                                 .arg(name, link.shard().displayName()),
                             Error::Kind::Validation);
        shardedNames.append(name);
    }
    auto ordered = parentsFirst(shardedNames, links);
    if (!ordered)
        return ordered.error();
    QList<ShardedTable> tables;
    for (const QString &name : std::as_const(*ordered))
        tables.append(byName.value(name));
    return tables;
}

Result<QStringList> ShardedTables::parentsFirst(const QStringList &tables, const QList<QPair<QString, QString>> &links)
{
    QHash<QString, QSet<QString>> parentsOf;
    for (const auto &[child, parent] : links) {
        if (child != parent && tables.contains(child) && tables.contains(parent))
            parentsOf[child].insert(parent);
    }
    QStringList ordered;
    QStringList left = tables;
    // Repeatedly take every table whose parents are all placed: stable in the given order, and the tables
    // still left when a round places none form a cycle.
    while (!left.isEmpty()) {
        QStringList next;
        for (const QString &table : std::as_const(left)) {
            const QSet<QString> parents = parentsOf.value(table);
            const bool ready = std::all_of(parents.cbegin(), parents.cend(),
                                           [&ordered](const QString &p) { return ordered.contains(p); });
            if (ready)
                ordered.append(table);
            else
                next.append(table);
        }
        if (next.size() == left.size())
            return makeError(tr("The foreign keys of tables %1 form a cycle, so no table of them can be copied "
                                "first.")
                                 .arg(next.join(QStringLiteral(", "))),
                             Error::Kind::Validation);
        left = next;
    }
    return ordered;
}

} // namespace ShardDesk
