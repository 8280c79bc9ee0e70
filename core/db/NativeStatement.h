#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QSqlDatabase;
struct st_mysql_stmt;
struct st_mysql_bind;

namespace ShardDesk {

// A server-side prepared statement run through the MariaDB client library directly, on the handle of an
// open QMYSQL connection (private to core/db; take it from ConnectionPool::preparedNative()). Qt 6.4's
// QMYSQL calls mysql_stmt_reset() before every execution, which is a round trip of its own
// (COM_STMT_RESET): on the load test's hot path that doubled the round trips per row. This one resets
// only after a failed execution. For statements that return no rows (INSERT, UPDATE, DELETE).
//
// Values are bound by position and stay bound until rebound; a parameter never bound is NULL. Close
// (destroy) it before its connection is closed: ThreadConnections does so.
class NativeStatement
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::NativeStatement)

public:
    // Prepares sql on the connection's client handle. Fails as Usage when the connection is not an open
    // QMYSQL one or when sql returns rows; otherwise as ConnectionPool::errorFrom() classifies it.
    static Result<std::unique_ptr<NativeStatement>> prepare(const QSqlDatabase &connection, const QString &sql,
                                                            const QString &context);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    int parameterCount() const { return int(m_params.size()); }
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, const QString &value);
    // Text already in UTF-8 (or ASCII): no conversion per execution.
    void bindUtf8(int index, const QByteArray &value);

    // One round trip (COM_STMT_EXECUTE). Errors are classified exactly like QMYSQL's by
    // ConnectionPool::errorFrom(): a lost connection is a Timeout (the row may have been applied).
    Result<void> execute(const QString &context);
    // The AUTO_INCREMENT id the server's OK packet carried for the last execution (the first one of a
    // multi-row INSERT).
    qint64 insertId() const;
    qint64 affectedRows() const;

private:
    struct Param
    {
        enum class Type { Null, Int, Text } type = Type::Null;
        qint64 integer = 0;
        QByteArray text;
        unsigned long length = 0;
    };

    NativeStatement(st_mysql_stmt *statement, int parameterCount);
    Error lastError(const QString &context) const;
    bool bindAll();

    st_mysql_stmt *m_statement;
    std::vector<Param> m_params;
    std::unique_ptr<st_mysql_bind[]> m_binds; // one per parameter, refilled per execution
};

} // namespace ShardDesk
