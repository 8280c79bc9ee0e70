#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ShardDesk {

Q_DECLARE_LOGGING_CATEGORY(lcConfig)

// The config store's SQL access, private to core/config: statements with bound values, errors turned into
// user-readable Errors, and the few places where SQLite and MySQL/MariaDB differ (transactions, locking,
// table options, how to list tables). Every other statement of the store is portable SQL.
class ConfigSql
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigSql)

public:
    enum class Dialect { SQLite, MySql };

    explicit ConfigSql(QSqlDatabase db);

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &database() { return m_db; }

    // Runs a statement that takes no values (DDL, transaction control).
    Result<void> exec(const QString &sql, const QString &context);
    // Prepares sql, binds values in order and runs it. Forward-only: results are read once, in order, so a
    // million rows are not cached a second time by QtSql.
    Result<QSqlQuery> query(const QString &sql, const QVariantList &values, const QString &context);
    // The first column of the first row of a query, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values, const QString &context);
    // A failed statement as an Error. SQLite's "database is locked" becomes Retryable; MySQL errors keep
    // ConnectionPool's classification (unreachable, timeout, server).
    Error error(const QSqlError &sqlError, const QString &context) const;

    // The names of the tables in the database, lower case, without SQLite's internal tables.
    Result<QStringList> tableNames();
    // What CREATE TABLE needs after its closing parenthesis: InnoDB and utf8mb4 on MySQL.
    QString tableOptions() const;
    // Appended to a SELECT that must lock the row it reads until the transaction ends (MySQL); SQLite's
    // BEGIN IMMEDIATE already holds the write lock.
    QString forUpdate() const;

    // Times are stored as ISO 8601 UTC text with milliseconds: the same in both databases, sortable, and
    // readable by a DBA looking at the table.
    static QString timeToText(const QDateTime &time);
    static QDateTime timeFromText(const QString &text);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

// A transaction that rolls back unless committed. A write transaction takes the write lock at its start
// (SQLite's BEGIN IMMEDIATE), so two writers serialise instead of one failing half-way with "locked".
class ConfigTransaction
{
public:
    enum class Access { Read, Write };

    explicit ConfigTransaction(ConfigSql &sql) : m_sql(sql) {}
    ~ConfigTransaction();
    ConfigTransaction(const ConfigTransaction &) = delete;
    ConfigTransaction &operator=(const ConfigTransaction &) = delete;

    Result<void> begin(Access access);
    Result<void> commit();
    void rollback();

private:
    ConfigSql &m_sql;
    bool m_active = false;
};

} // namespace ShardDesk
