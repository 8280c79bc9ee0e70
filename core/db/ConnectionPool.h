#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QSqlQuery;

namespace ShardDesk {

class NativeStatement;

// Open QMYSQL connections, one per (server, database, user) and thread: a QSqlDatabase may only be used
// by the thread that created it. Connections are opened lazily with connect, read and write timeouts
// (a hung server fails the call after the timeout instead of hanging), never with MYSQL_OPT_RECONNECT
// (it silently drops session state), and with TLS verified after connecting when required. A thread's
// connections are closed when the thread ends.
class ConnectionPool
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConnectionPool)

public:
    ConnectionPool();
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    // An open connection for the calling thread. database may be empty (no default database).
    Result<QSqlDatabase> connection(const ServerAddress &server, const QString &database,
                                    const ConnectionOptions &options);
    // Forgets the calling thread's connection (after "server has gone away" or a timeout), so the next
    // connection() reconnects explicitly. Let go of your own copies of the QSqlDatabase first.
    void discard(const ServerAddress &server, const QString &database, const QString &user);
    // Closes all of the calling thread's connections of this pool.
    void closeThreadConnections();
    // A server-side prepared statement for sql on one of this pool's connections of the calling thread,
    // prepared on first use and reused after (each one counts against the server's
    // max_prepared_stmt_count, so they are kept, a bounded number per connection, rather than made per
    // call). Bind, exec, read, then finish() it. The pointer stays valid until the connection is
    // discarded or closed. context is a sentence saying what was being done, for the error message.
    Result<QSqlQuery *> prepared(const QSqlDatabase &connection, const QString &sql, const QString &context);
    // The same, run through the client library without QMYSQL's reset round trip before each execution
    // (see NativeStatement), for hot paths that write: bind, execute. Closed before its connection is.
    Result<NativeStatement *> preparedNative(const QSqlDatabase &connection, const QString &sql,
                                             const QString &context);

    // A one-off connection, not pooled, for the calling thread: test connection, probes. Remove it with
    // QSqlDatabase::removeDatabase(name) after the QSqlDatabase object is gone. When it fails, nothing is
    // left to remove.
    static Result<QSqlDatabase> openConnection(const QString &connectionName, const ServerAddress &server,
                                               const QString &database, const ConnectionOptions &options);
    // The server's VERSION() over an open connection, e.g. "10.11.6-MariaDB-0+deb12u1".
    static Result<QString> serverVersion(const QSqlDatabase &connection, const QString &context);
    // Turns a failed QSqlError into our Error: Unreachable, Timeout (may have been applied) or Server.
    static Error errorFrom(const QSqlError &error, const QString &context);

private:
    QString connectionName(const ServerAddress &server, const QString &database, const QString &user) const;

    quint64 m_id;
};

} // namespace ShardDesk
