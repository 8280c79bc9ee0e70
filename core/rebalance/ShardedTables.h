#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace ShardDesk {

class ShardLink;

// One table that carries a VIRTUAL_SHARD column, as the mover needs it: its columns in order and its
// single-column primary key (rows are copied in chunks by it and keep their ids).
struct ShardedTable
{
    QString name;
    QStringList columns;
    QStringList types; // information_schema DATA_TYPE per column: how its values travel (RowLiteral)
    QString primaryKey;
};

// The sharded tables of a shard's database, found on the server (every table with a VIRTUAL_SHARD
// column, whatever the application added), parents before children as their foreign keys say: rows are
// copied in that order and deleted in the reverse one.
class ShardedTables
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ShardedTables)

public:
    static Result<QList<ShardedTable>> discover(ShardLink &link);
    // tables ordered so that each comes after every table it references; links are (child, parent).
    // Self-references are ignored; a cycle fails with the tables in it.
    static Result<QStringList> parentsFirst(const QStringList &tables, const QList<QPair<QString, QString>> &links);
};

} // namespace ShardDesk
