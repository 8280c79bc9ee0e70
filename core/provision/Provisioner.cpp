#include "Provisioner.h"

#include "config/ConfigBackup.h"

#include "db/ConnectionPool.h"
#include "db/SqlIdentifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFuture>
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
    // Whether the last statement left a note or warning with this server code (SHOW WARNINGS needs no privilege).
    Result<bool> warned(int code, const QString &context)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SHOW WARNINGS")))
            return ConnectionPool::errorFrom(query.lastError(), context);
        while (query.next()) {
            if (query.value(1).toInt() == code)
                return true;
        }
        return false;
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

// MariaDB's note for CREATE USER IF NOT EXISTS of an account that exists (ER_USER_CREATE_EXISTS).
constexpr int UserExistsNote = 1973;

// mysql_native_password's stored form: '*' and SHA1(SHA1(password)) in upper-case hex. Only hex digits
// go into the statement, so no quoting can break, and the password itself never leaves this process.
QString nativePasswordHash(const QString &password)
{
    const QByteArray once = QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1);
    return QLatin1Char('*')
        + QString::fromLatin1(QCryptographicHash::hash(once, QCryptographicHash::Sha1).toHex().toUpper());
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

QStringList Provisioner::Outcome::createdUsers() const
{
    QStringList names;
    for (const ServerResult &r : servers) {
        if (r.createdAppUser)
            names.append(tr("%1: user %2").arg(r.server.toString(), r.appAccount));
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

QStringList Provisioner::statementsFor(int serverIndex, Secrets secrets) const
{
    QStringList statements;
    const QStringList databases = m_plan.databasesOf(serverIndex);
    for (int k = 0; k < databases.size(); ++k) {
        if (m_dropExisting)
            statements.append(dropDatabase(databases.at(k)));
        statements.append(createDatabase(databases.at(k)));
        statements.append(useDatabase(databases.at(k)));
        statements += m_plan.schema;
        statements += m_plan.idRangeStatements(serverIndex * m_plan.shardsPerServer + k + 1);
    }
    return statements + appUserStatements(serverIndex, secrets);
}

// The application user gets what the shards' clients run and nothing more: rows read and written by the
// load test, verify and ShardSession (SELECT, INSERT, UPDATE, DELETE), and LOCK TABLES because the mover
// drains writers with LOCK TABLES ... READ under the shards' login. Not granted: CREATE, DROP, ALTER
// (provisioned shards are initialized, so no AUTO_INCREMENT advance is needed), FILE, PROCESS, SUPER.
// information_schema shows it the tables it has privileges on, and SHOW GLOBAL STATUS needs no privilege
// in MariaDB 10.11, so monitoring works as this user too. The syntax is MariaDB's (IDENTIFIED BY PASSWORD).
QStringList Provisioner::appUserStatements(int serverIndex, Secrets secrets) const
{
    if (m_plan.appUser.isEmpty())
        return {};
    const QString account = m_plan.appAccount();
    const QString hash = secrets == Secrets::Masked ? QStringLiteral("***") : nativePasswordHash(m_appPassword);
    QStringList statements {
        QStringLiteral("CREATE USER IF NOT EXISTS %1 IDENTIFIED BY PASSWORD '%2'").arg(account, hash),
        // An account that existed already gets the password the credential store will hold.
        QStringLiteral("ALTER USER %1 IDENTIFIED BY PASSWORD '%2'").arg(account, hash),
    };
    for (const QString &database : m_plan.databasesOf(serverIndex))
        statements.append(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE, LOCK TABLES ON %1.* TO %2")
                              .arg(SqlIdentifier::quote(database), account));
    return statements;
}

QList<Provisioner::ServerStatements> Provisioner::dryRun() const
{
    QList<ServerStatements> result;
    for (int s = 0; s < m_plan.servers.size(); ++s)
        result.append({m_plan.servers.at(s), statementsFor(s, Secrets::Masked)});
    return result;
}

template<typename Fn> Provisioner::Outcome Provisioner::forEachServer(Fn fn, bool announce)
{
    QList<QFuture<ServerResult>> futures;
    for (int s = 0; s < m_plan.servers.size(); ++s) {
        futures.append(QtConcurrent::run(&m_threads, [this, s, fn, announce] {
            ServerResult result;
            result.server = m_plan.servers.at(s);
            AdminConnection connection(result.server, m_admin);
            if (connection.error())
                result.status = *connection.error();
            else
                result.status = fn(s, connection, result);
            if (announce)
                emit serverFinished(s, result.status.ok(), result.status ? QString() : result.status.error().fullText());
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
    QStringList problems = m_plan.problems();
    if (!m_plan.appUser.isEmpty() && m_appPassword.isEmpty())
        problems.append(tr("Give the application user %1 a password.").arg(m_plan.appUser));
    if (!problems.isEmpty()) {
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
        const QStringList statements = statementsFor(s, Secrets::AsRun);
        const QStringList shown = statementsFor(s, Secrets::Masked);
        const QStringList databases = m_plan.databasesOf(s);
        for (int i = 0; i < statements.size(); ++i) {
            if (m_cancel.load()) {
                result.cancelled = true;
                return makeError(tr("Cancelled after %n statement(s).", "", i));
            }
            const QString &sql = statements.at(i);
            emit statementStarted(s, i, int(statements.size()), shown.at(i));
            const QString context = tr("Statement %1 of %2 failed on %3.")
                                        .arg(i + 1)
                                        .arg(statements.size())
                                        .arg(result.server.toString());
            if (auto done = connection.exec(sql, context); !done) {
                if (sql == shown.at(i))
                    return done.error();
                // A syntax error's text quotes the statement, hash included: say which statement, masked.
                return makeError(context + QLatin1Char(' ') + shown.at(i), done.error().kind, QString(),
                                 done.error().serverCode);
            }
            result.statementsRun = i + 1;
            // Databases are created in plan order, so the n-th CREATE DATABASE made the n-th database.
            if (sql.startsWith(QLatin1String("CREATE DATABASE")))
                result.created.append(databases.at(result.created.size()));
            if (sql.startsWith(QLatin1String("CREATE USER"))) {
                auto existed = connection.warned(UserExistsNote, context);
                if (!existed)
                    return existed.error();
                result.createdAppUser = !*existed;
                result.appAccount = m_plan.appAccount();
            }
        }
        return {};
    }, true);
}

Provisioner::Outcome Provisioner::everyPlannedDatabase(const ClusterPlan &plan)
{
    Outcome all;
    for (int s = 0; s < plan.servers.size(); ++s) {
        ServerResult result;
        result.server = plan.servers.at(s);
        result.created = plan.databasesOf(s);
        result.createdAppUser = !plan.appUser.isEmpty();
        result.appAccount = plan.appAccount();
        all.servers.append(result);
    }
    return all;
}

Provisioner::Outcome Provisioner::rollBack(const Outcome &created)
{
    QHash<ServerAddress, ServerResult> toDrop;
    for (const ServerResult &r : created.servers)
        toDrop.insert(r.server, r);
    return forEachServer([toDrop](int, AdminConnection &connection, ServerResult &result) -> Result<void> {
        const ServerResult made = toDrop.value(result.server);
        for (const QString &database : made.created) {
            auto dropped = connection.exec(dropDatabase(database), tr("Could not drop database %1 on %2.")
                                                                       .arg(database, result.server.toString()));
            if (!dropped)
                return dropped.error();
            result.created.append(database); // here: the databases dropped
        }
        if (made.createdAppUser) {
            auto dropped
                = connection.exec(QStringLiteral("DROP USER IF EXISTS %1").arg(made.appAccount),
                                  tr("Could not drop user %1 on %2.").arg(made.appAccount, result.server.toString()));
            if (!dropped)
                return dropped.error();
            result.createdAppUser = true; // here: dropped
            result.appAccount = made.appAccount;
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
        if (auto written = ConfigBackup::write(*current, backupPath); !written)
            return written.error();
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
