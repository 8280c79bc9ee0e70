#include "Provisioner.h"

#include "db/ConnectionPool.h"
#include "db/SqlIdentifier.h"
#include "topology/TopologyJson.h"

#include <QDateTime>
#include <QDir>
#include <QFuture>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrentRun>

namespace ShardDesk {

namespace {

std::atomic<quint64> g_connectionSerial {0};

// A one-off admin connection for one task: no default database, removed when the task ends.
class AdminConnection
{
public:
    AdminConnection(const ServerAddress &server, const ConnectionOptions &options)
        : m_name(QStringLiteral("sharddesk.provision/%1").arg(++g_connectionSerial))
    {
        auto db = ConnectionPool::openConnection(m_name, server, QString(), options);
        if (db)
            m_db = *db;
        else
            m_error = db.error();
    }
    ~AdminConnection()
    {
        if (!m_error) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;

    const std::optional<Error> &error() const { return m_error; }
    Result<void> exec(const QString &sql, const QString &context)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return ConnectionPool::errorFrom(query.lastError(), context);
        return {};
    }
    Result<QString> version(const QString &context) { return ConnectionPool::serverVersion(m_db, context); }
    Result<QStringList> databases(const QString &context)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")))
            return ConnectionPool::errorFrom(query.lastError(), context);
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    std::optional<Error> m_error;
};

QString createDatabase(const QString &name)
{
    return QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
        .arg(SqlIdentifier::quote(name));
}

QString dropDatabase(const QString &name)
{
    return QStringLiteral("DROP DATABASE IF EXISTS %1").arg(SqlIdentifier::quote(name));
}

QString useDatabase(const QString &name)
{
    return QStringLiteral("USE %1").arg(SqlIdentifier::quote(name));
}

} // namespace

bool Provisioner::Outcome::ok() const
{
    return std::all_of(servers.cbegin(), servers.cend(), [](const ServerResult &r) { return r.status.ok(); });
}

bool Provisioner::Outcome::cancelled() const
{
    return std::any_of(servers.cbegin(), servers.cend(), [](const ServerResult &r) { return r.cancelled; });
}

QStringList Provisioner::Outcome::createdDatabases() const
{
    QStringList names;
    for (const ServerResult &r : servers) {
        for (const QString &database : r.created)
            names.append(r.server.toString() + QLatin1Char('/') + database);
    }
    return names;
}

QStringList Provisioner::Outcome::errors() const
{
    QStringList messages;
    for (const ServerResult &r : servers) {
        if (!r.status)
            messages.append(tr("%1: %2").arg(r.server.toString(), r.status.error().fullText()));
    }
    return messages;
}

Provisioner::Provisioner(ClusterPlan plan, ConnectionOptions admin, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_admin(std::move(admin))
{
    // Every server at once: a slow server holds only its own thread, until its timeout.
    m_threads.setMaxThreadCount(std::max(1, int(m_plan.servers.size())));
}

Provisioner::~Provisioner()
{
    m_threads.waitForDone();
}

QStringList Provisioner::statementsFor(int serverIndex) const
{
    QStringList statements;
    for (const QString &database : m_plan.databasesOf(serverIndex)) {
        if (m_dropExisting)
            statements.append(dropDatabase(database));
        statements.append(createDatabase(database));
        statements.append(useDatabase(database));
        statements += m_plan.schema;
    }
    return statements;
}

QList<Provisioner::ServerStatements> Provisioner::dryRun() const
{
    QList<ServerStatements> result;
    for (int s = 0; s < m_plan.servers.size(); ++s)
        result.append({m_plan.servers.at(s), statementsFor(s)});
    return result;
}

template<typename Fn> Provisioner::Outcome Provisioner::forEachServer(Fn fn)
{
    QList<QFuture<ServerResult>> futures;
    for (int s = 0; s < m_plan.servers.size(); ++s) {
        futures.append(QtConcurrent::run(&m_threads, [this, s, fn] {
            ServerResult result;
            result.server = m_plan.servers.at(s);
            AdminConnection connection(result.server, m_admin);
            if (connection.error())
                result.status = *connection.error();
            else
                result.status = fn(s, connection, result);
            emit serverFinished(s, result.status.ok(),
                                result.status ? QString() : result.status.error().fullText());
            return result;
        }));
    }
    Outcome outcome;
    for (QFuture<ServerResult> &future : futures)
        outcome.servers.append(future.result());
    return outcome;
}

Provisioner::Outcome Provisioner::testConnections()
{
    return forEachServer([](int, AdminConnection &connection, ServerResult &result) -> Result<void> {
        auto version = connection.version(tr("Could not read the version of %1.").arg(result.server.toString()));
        if (!version)
            return version.error();
        result.version = *version;
        return {};
    });
}

Provisioner::Outcome Provisioner::existingDatabases()
{
    return forEachServer([this](int s, AdminConnection &connection, ServerResult &result) -> Result<void> {
        auto names = connection.databases(tr("Could not list the databases of %1.").arg(result.server.toString()));
        if (!names)
            return names.error();
        for (const QString &database : m_plan.databasesOf(s)) {
            if (names->contains(database))
                result.existing.append(database);
        }
        return {};
    });
}

Provisioner::Outcome Provisioner::create()
{
    if (const QStringList problems = m_plan.problems(); !problems.isEmpty()) {
        Outcome refused;
        ServerResult result;
        result.status = makeError(problems.join(QLatin1Char(' ')), Error::Kind::Validation);
        refused.servers.append(result);
        return refused;
    }
    m_cancel.store(false);
    if (!m_dropExisting) {
        Outcome existing = existingDatabases();
        bool refuse = !existing.ok();
        for (ServerResult &r : existing.servers) {
            if (!r.existing.isEmpty()) {
                refuse = true;
                r.status = makeError(tr("These databases exist already: %1. Tick \"drop and recreate\" to replace "
                                        "them.")
                                         .arg(r.existing.join(QStringLiteral(", "))),
                                     Error::Kind::Validation);
            }
        }
        if (refuse)
            return existing;
    }
    return forEachServer([this](int s, AdminConnection &connection, ServerResult &result) -> Result<void> {
        const QStringList statements = statementsFor(s);
        const QStringList databases = m_plan.databasesOf(s);
        for (int i = 0; i < statements.size(); ++i) {
            if (m_cancel.load()) {
                result.cancelled = true;
                return makeError(tr("Cancelled after %n statement(s).", "", i));
            }
            const QString &sql = statements.at(i);
            emit statementStarted(s, i, int(statements.size()), sql);
            auto done = connection.exec(
                sql, tr("Statement %1 of %2 failed on %3.").arg(i + 1).arg(statements.size()).arg(result.server.toString()));
            if (!done)
                return done.error();
            result.statementsRun = i + 1;
            // Databases are created in plan order, so the n-th CREATE DATABASE made the n-th database.
            if (sql.startsWith(QLatin1String("CREATE DATABASE")))
                result.created.append(databases.at(result.created.size()));
        }
        return {};
    });
}

Provisioner::Outcome Provisioner::everyPlannedDatabase(const ClusterPlan &plan)
{
    Outcome all;
    for (int s = 0; s < plan.servers.size(); ++s) {
        ServerResult result;
        result.server = plan.servers.at(s);
        result.created = plan.databasesOf(s);
        all.servers.append(result);
    }
    return all;
}

Provisioner::Outcome Provisioner::rollBack(const Outcome &created)
{
    QHash<ServerAddress, QStringList> toDrop;
    for (const ServerResult &r : created.servers)
        toDrop.insert(r.server, r.created);
    return forEachServer([toDrop](int, AdminConnection &connection, ServerResult &result) -> Result<void> {
        for (const QString &database : toDrop.value(result.server)) {
            auto dropped = connection.exec(dropDatabase(database), tr("Could not drop database %1 on %2.")
                                                                       .arg(database, result.server.toString()));
            if (!dropped)
                return dropped.error();
            result.created.append(database); // here: the databases dropped
        }
        return {};
    });
}

Result<QString> Provisioner::storeTopology(ConfigStore &store, const Topology &topology, const QString &backupDir)
{
    auto has = store.hasCluster();
    if (!has)
        return has.error();
    QString backupPath;
    if (*has) {
        auto current = store.load();
        if (!current)
            return current.error();
        backupPath = QDir(backupDir).filePath(
            QStringLiteral("sharddesk-backup-%1-%2.json")
                .arg(current->settings.name, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        const QByteArray json = TopologyJson::toJson(*current);
        QSaveFile file(backupPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return makeError(tr("Could not back up the current configuration to %1, so it was not replaced: %2")
                                 .arg(backupPath, file.errorString()));
    } else {
        auto initialized = store.initialize(topology.settings, ConfigStore::defaultAuthor());
        if (!initialized)
            return initialized.error();
    }
    auto version = store.replace(topology, ConfigStore::defaultAuthor());
    if (!version)
        return version.error();
    return backupPath;
}

} // namespace ShardDesk
