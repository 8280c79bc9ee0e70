#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ShardDesk {

// Validation and quoting of database, table and column names. QSqlDriver::escapeIdentifier() is
// unsafe (it does not double embedded backticks), and the driver always allows multi-statements, so
// every identifier that reaches SQL text goes through here.
class SqlIdentifier
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::SqlIdentifier)

public:
    // Names ShardDesk creates: ^[a-z0-9_]{1,64}$.
    static bool isCreatable(const QString &name);
    static Result<void> checkCreatable(const QString &name, const QString &what);
    // Names read from a server: at most 64 characters, no NUL, no trailing space, nothing outside the
    // Basic Multilingual Plane.
    static Result<void> checkQuotable(const QString &name);
    // Backtick-quotes a name, doubling embedded backticks. Returns an empty string for a name that
    // checkQuotable() refuses, so a bad name can never become SQL.
    static QString quote(const QString &name);
    // `database`.`table`
    static QString qualified(const QString &database, const QString &table);
};

} // namespace ShardDesk
