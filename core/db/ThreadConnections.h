#pragma once

#include "Result.h"
#include "db/NativeStatement.h"

#include <QSqlError>
#include <QString>

#include <map>
#include <memory>

class QSqlQuery;

namespace ShardDesk {

// The calling thread's pooled connections and their prepared statements (private to core/db).
// A QSqlDatabase may only be used by the thread that made it, so the bookkeeping is thread_local too:
// no locks, and when the thread ends its registry's destructor removes its connections, after the
// statements that use them are gone (removeDatabase() of a connection still in use only warns and
// leaves queries dangling).
class ThreadConnections
{
public:
    // At most this many prepared statements per connection are kept: each one counts against the
    // server's max_prepared_stmt_count for as long as it lives.
    static constexpr int MaxStatementsPerConnection = 64;

    static ThreadConnections &current();
    // Unique per thread for the life of the process (a pthread id can be reused).
    static quint64 threadSerial();

    ThreadConnections() = default;
    ~ThreadConnections();
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;

    bool contains(const QString &name) const { return m_entries.count(name) > 0; }
    bool tlsVerified(const QString &name) const;
    void add(const QString &name, quint64 poolId, bool tlsVerified);
    // Finishes the connection's statements, then removes the connection itself.
    void remove(const QString &name);
    void removePool(quint64 poolId);

    // The statement for sql on connection name, prepared on first use; nullptr with *error set when
    // preparing failed, or when name is not a connection of this registry.
    QSqlQuery *statement(const QString &name, const QString &sql, QSqlError *error);
    // The same for a NativeStatement (kept apart, within the same bound per kind); name must be a
    // connection of this registry.
    Result<NativeStatement *> nativeStatement(const QString &name, const QString &sql, const QString &context);

private:
    struct Entry
    {
        quint64 poolId = 0;
        bool tlsVerified = false;
        std::map<QString, std::unique_ptr<QSqlQuery>> statements;
        std::map<QString, std::unique_ptr<NativeStatement>> nativeStatements;
    };

    std::map<QString, Entry> m_entries;
};

} // namespace ShardDesk
