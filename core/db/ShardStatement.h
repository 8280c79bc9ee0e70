#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ShardDesk {

// The SQL text of the statements ShardSession runs on sharded tables (private to core/db). Every
// database, table and column name goes through SqlIdentifier and every value is a placeholder, so no
// text from a caller or a server can change what a statement does: the driver always allows
// multi-statements. Fails with the name's problem when a name cannot be quoted.
class ShardStatement
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ShardStatement)

public:
    // INSERT INTO `db`.`table` (`c1`, ...) VALUES (?, ...)
    static Result<QString> insert(const QString &database, const QString &table, const QStringList &columns);
    // SELECT columns (or *) FROM `db`.`table` WHERE `keyColumn` = ?
    static Result<QString> selectByKey(const QString &database, const QString &table, const QString &keyColumn,
                                       const QStringList &columns);
    // SELECT COUNT(*) FROM `db`.`table`
    static Result<QString> count(const QString &database, const QString &table);
    // SELECT columns (or *) FROM `db`.`table` [LIMIT n]; limit < 0: all rows.
    static Result<QString> select(const QString &database, const QString &table, const QStringList &columns, int limit);
    // SELECT COALESCE(MAX(`column`), 0) FROM `db`.`table`
    static Result<QString> maxOf(const QString &database, const QString &table, const QString &column);
    // ALTER TABLE `db`.`table` AUTO_INCREMENT = next; next is a number we computed, never caller text.
    static Result<QString> setAutoIncrement(const QString &database, const QString &table, qint64 next);
    // (TABLE_NAME, COLUMN_NAME) of the AUTO_INCREMENT column of every base table in schema ? that has a
    // column named ?: bind the database name and the VIRTUAL_SHARD column name.
    static QString autoIncrementColumnsOfShardedTables();

private:
    static Result<QString> qualified(const QString &database, const QString &table);
    static Result<QString> columnList(const QStringList &columns);
};

} // namespace ShardDesk
