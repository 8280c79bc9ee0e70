#include "ThreadConnections.h"

#include <QCoreApplication>

#include "db/DbLogging.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

namespace ShardDesk {

namespace {

std::atomic<quint64> g_threadSerials {0};

} // namespace

ThreadConnections &ThreadConnections::current()
{
    thread_local ThreadConnections registry;
    return registry;
}

quint64 ThreadConnections::threadSerial()
{
    thread_local const quint64 serial = ++g_threadSerials;
    return serial;
}

ThreadConnections::~ThreadConnections()
{
    // A thread that ends after the application object is gone may race QtSql's own shutdown, which
    // closes every connection's client handle: closing statements on such a handle crashed (seen at
    // exit of sharddesk-cli monitor). The process is ending; leaving them to it is safe.
    if (!QCoreApplication::instance()) {
        for (auto &[name, entry] : m_entries) {
            for (auto &[sql, statement] : entry.statements)
                (void)statement.release();
            for (auto &[sql, statement] : entry.nativeStatements)
                (void)statement.release();
        }
        return;
    }
    while (!m_entries.empty())
        remove(m_entries.begin()->first);
}

bool ThreadConnections::tlsVerified(const QString &name) const
{
    const auto it = m_entries.find(name);
    return it != m_entries.end() && it->second.tlsVerified;
}

void ThreadConnections::add(const QString &name, quint64 poolId, bool tlsVerified)
{
    Entry &entry = m_entries[name];
    entry.poolId = poolId;
    entry.tlsVerified = tlsVerified;
}

void ThreadConnections::remove(const QString &connectionName)
{
    const QString name = connectionName; // may be the key erased below
    const auto it = m_entries.find(name);
    if (it != m_entries.end()) {
        // Statements first: they hold the driver's MYSQL_STMT handles of this connection.
        it->second.statements.clear();
        it->second.nativeStatements.clear();
        m_entries.erase(it);
    }
    if (QSqlDatabase::contains(name)) {
        qCDebug(lcDb) << "removing connection" << name;
        QSqlDatabase::removeDatabase(name);
    }
}

void ThreadConnections::removePool(quint64 poolId)
{
    QStringList names;
    for (const auto &[name, entry] : m_entries) {
        if (entry.poolId == poolId)
            names.append(name);
    }
    for (const QString &name : names)
        remove(name);
}

QSqlQuery *ThreadConnections::statement(const QString &name, const QString &sql, QSqlError *error)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end()) {
        *error = QSqlError(QStringLiteral("not a pooled connection of this thread"), {}, QSqlError::ConnectionError);
        return nullptr;
    }
    auto &statements = it->second.statements;
    if (const auto found = statements.find(sql); found != statements.end())
        return found->second.get();
    // Simplest bound that keeps the server's statement count in check; callers use a handful of
    // statements per connection, so a full cache means unusual churn and is cheap to rebuild.
    if (statements.size() >= size_t(MaxStatementsPerConnection))
        statements.clear();
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(name, false));
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError();
        return nullptr;
    }
    return statements.emplace(sql, std::move(query)).first->second.get();
}

Result<NativeStatement *> ThreadConnections::nativeStatement(const QString &name, const QString &sql,
                                                             const QString &context)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return makeError(context, Error::Kind::Usage, QStringLiteral("not a pooled connection of this thread"));
    auto &statements = it->second.nativeStatements;
    if (const auto found = statements.find(sql); found != statements.end())
        return found->second.get();
    if (statements.size() >= size_t(MaxStatementsPerConnection))
        statements.clear(); // as statement() does
    auto prepared = NativeStatement::prepare(QSqlDatabase::database(name, false), sql, context);
    if (!prepared)
        return prepared.error();
    return statements.emplace(sql, std::move(prepared).value()).first->second.get();
}

} // namespace ShardDesk
