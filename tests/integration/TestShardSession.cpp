#include "db/ConnectionPool.h"
#include "db/ShardSession.h"
#include "routing/KeyHash.h"

#include "PausedServerGuard.h"
#include "Sandbox.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

constexpr int Servers = 5;
constexpr int OverflowShard = 6; // the child of head 1, on server 1
constexpr int VShards = 1024;
constexpr int TimeoutSec = 2;
constexpr int PausedServer = 2;
const QString Table = QStringLiteral("user");

QString databaseOf(int shardId)
{
    return shardId == OverflowShard ? QStringLiteral("sd_it_sess_1b") : QStringLiteral("sd_it_sess_%1").arg(shardId);
}

QString adminConnection(int k)
{
    return QStringLiteral("sd-it-sess-admin-%1").arg(k);
}

QString keyOf(int i)
{
    return QStringLiteral("user%1@example.com").arg(i);
}

ConnectionOptions sandboxOptions()
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    options.connectTimeoutSec = options.readTimeoutSec = options.writeTimeoutSec = TimeoutSec;
    return options;
}

Shard makeShard(int id, int parentId, int server)
{
    Shard shard;
    shard.id = id;
    shard.parentId = parentId;
    shard.host = ServerAddress::parse(sandboxServers().at(server - 1))->host();
    shard.database = databaseOf(id);
    shard.user = sandboxUser();
    shard.capacityMb = 100;
    return shard;
}

// Five heads, one per server, and an overflow child of head 1 on server 1; 1,024 vshards spread evenly.
std::shared_ptr<const Topology> makeTopology()
{
    auto topology = std::make_shared<Topology>();
    topology->settings.vshardCount = VShards;
    for (int k = 1; k <= Servers; ++k)
        topology->shards << makeShard(k, 0, k);
    topology->shards << makeShard(OverflowShard, 1, 1);
    topology->vshards = VShardMap(VShards);
    topology->vshards.spreadEvenly({1, 2, 3, 4, 5});
    return topology;
}

// Runs a statement on server k as the test's administrator; returns the first value, or an invalid
// QVariant on failure (reported through *error).
QVariant adminScalar(int k, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(QSqlDatabase::database(adminConnection(k), false));
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant(0);
}

int serverOf(int shardId)
{
    return shardId == OverflowShard ? 1 : shardId;
}

} // namespace

class TestShardSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void insertsFromManyThreadsAndReadsEachBackByKey();
    void scatterCountTotalsEveryRow();
    void everyRowsVShardIsCrc32OfItsKeyOnTheRightShard();
    void scatterSelectReturnsLimitedRowsOfEveryShard();
    void insertOverflowsToChildWithIdsPastTheHead();
    void executeOnAllRunsPerShardAndPerServer();
    void namesCannotInjectSql();
    void preparedStatementsStayBounded();
    void failingCredentialsFailOnlyThatShard();
    void pausedServerFailsOnlyItsOwnOutcome();

private:
    void createDatabases();
    void insertKeys(int from, int to, int threads);

    std::shared_ptr<Router> m_router;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<ShardSession> m_session;
    QMutex m_mutex;
    QHash<int, int> m_rowsPerShard;
    QHash<QString, ShardSession::InsertResult> m_inserted;
    QStringList m_errors;
};

void TestShardSession::initTestCase()
{
    for (int k = 1; k <= Servers; ++k) {
        const auto address = ServerAddress::parse(sandboxServers().at(k - 1));
        QVERIFY(address.ok());
        auto db = ConnectionPool::openConnection(adminConnection(k), *address, {}, sandboxOptions());
        QVERIFY2(db.ok(),
                 qPrintable(QStringLiteral("Sandbox server %1 is not reachable (%2). Start the sandbox "
                                           "with: scripts/sandbox start 5")
                                .arg(address->toString(), db.error().fullText())));
    }
    createDatabases();
    if (QTest::currentTestFailed())
        return;

    const auto topology = makeTopology();
    const TopologyProblems problems = topology->validate();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.constFirst().message));
    m_router = std::make_shared<Router>(topology);
    m_pool = std::make_unique<ConnectionPool>();
    m_session = std::make_unique<ShardSession>(m_router.get(), m_pool.get(),
                                               [](const Shard &shard) -> Result<ConnectionOptions> {
                                                   ConnectionOptions options = sandboxOptions();
                                                   options.user = shard.user;
                                                   return options;
                                               });
}

void TestShardSession::createDatabases()
{
    QList<int> shards = {1, 2, 3, 4, 5, OverflowShard};
    for (int id : shards) {
        const int k = serverOf(id);
        const QString db = databaseOf(id);
        QString error;
        for (const QString &sql :
             {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db), QStringLiteral("CREATE DATABASE %1").arg(db),
              QStringLiteral("CREATE TABLE %1.user (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT "
                             "NOT NULL, userid VARCHAR(255), firstName VARCHAR(64), KEY(userid), KEY(VIRTUAL_SHARD))")
                  .arg(db)}) {
            adminScalar(k, sql, &error);
            QVERIFY2(error.isEmpty(), qPrintable(sql + QStringLiteral(": ") + error));
        }
    }
}

void TestShardSession::cleanupTestCase()
{
    m_session.reset();
    m_pool.reset();
    for (int id : {1, 2, 3, 4, 5, OverflowShard})
        adminScalar(serverOf(id), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(databaseOf(id)));
    for (int k = 1; k <= Servers; ++k)
        QSqlDatabase::removeDatabase(adminConnection(k));
}

void TestShardSession::insertKeys(int from, int to, int threads)
{
    QThreadPool workers;
    workers.setMaxThreadCount(threads);
    QList<int> indexes;
    for (int i = from; i < to; ++i)
        indexes << i;
    QtConcurrent::blockingMap(&workers, indexes, [this](int i) {
        const QString key = keyOf(i);
        const QVariantMap values = {{QStringLiteral("firstName"), QStringLiteral("Name %1").arg(i)}};
        const auto inserted = m_session->insert(key, Table, values);
        QMutexLocker locker(&m_mutex);
        if (!inserted) {
            m_errors << inserted.error().fullText();
            return;
        }
        m_inserted.insert(key, *inserted);
        ++m_rowsPerShard[inserted->shardId];
    });
}

void TestShardSession::insertsFromManyThreadsAndReadsEachBackByKey()
{
    QElapsedTimer timer;
    timer.start();
    insertKeys(0, 1000, 8);
    const qint64 insertMs = timer.elapsed();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_inserted.size(), 1000);

    timer.restart();
    const auto table = m_router->table();
    for (int i = 0; i < 1000; ++i) {
        const QString key = keyOf(i);
        const auto rows = m_session->selectByKey(key, Table);
        QVERIFY2(rows.ok(), qPrintable(rows.error().fullText()));
        QCOMPARE(rows->size(), 1);
        const QVariantMap &row = rows->constFirst();
        const ShardSession::InsertResult &inserted = m_inserted.value(key);
        QCOMPARE(row.value(QStringLiteral("userid")).toString(), key);
        QCOMPARE(row.value(QStringLiteral("firstName")).toString(), QStringLiteral("Name %1").arg(i));
        QCOMPARE(row.value(QStringLiteral("id")).toLongLong(), inserted.insertId);
        QCOMPARE(row.value(QStringLiteral("VIRTUAL_SHARD")).toInt(), table->route(key).vshard);
        QCOMPARE(inserted.vshard, table->route(key).vshard);
        QCOMPARE(inserted.shardId, table->route(key).headId);
    }
    qInfo("1,000 inserts from 8 threads in %lld ms; 1,000 reads by key in %lld ms", insertMs, timer.elapsed());
}

void TestShardSession::scatterCountTotalsEveryRow()
{
    const auto outcomes = m_session->scatterCount(Table);
    QCOMPARE(outcomes.size(), 6);
    for (const auto &outcome : outcomes) {
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.error().fullText()));
        QCOMPARE(outcome.count, qint64(m_rowsPerShard.value(outcome.shardId)));
    }
    const auto total = ShardSession::total(outcomes);
    QVERIFY(total.ok());
    QCOMPARE(*total, qint64(1000));
}

void TestShardSession::everyRowsVShardIsCrc32OfItsKeyOnTheRightShard()
{
    const auto topology = m_router->topology();
    for (int id = 1; id <= Servers; ++id) {
        const QString db = databaseOf(id);
        QString error;
        const QVariant wrong
            = adminScalar(id,
                          QStringLiteral("SELECT COUNT(*) FROM %1.user WHERE VIRTUAL_SHARD <> CRC32(userid) % %2")
                              .arg(db)
                              .arg(VShards),
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(wrong.toInt(), 0);

        QSqlQuery query(QSqlDatabase::database(adminConnection(id), false));
        QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT VIRTUAL_SHARD FROM %1.user").arg(db)));
        while (query.next())
            QCOMPARE(topology->vshards.headOf(query.value(0).toInt()), id);
    }
}

void TestShardSession::scatterSelectReturnsLimitedRowsOfEveryShard()
{
    const auto outcomes = m_session->scatterSelect(Table, 3, {QStringLiteral("userid")});
    QCOMPARE(outcomes.size(), 6);
    for (const auto &outcome : outcomes) {
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.error().fullText()));
        QCOMPARE(outcome.rows.size(), qMin(3, m_rowsPerShard.value(outcome.shardId)));
        for (const QVariantMap &row : outcome.rows)
            QCOMPARE(row.keys(), QStringList {QStringLiteral("userid")});
    }
    const auto all = m_session->scatterSelect(Table);
    QCOMPARE(*ShardSession::total(all), qint64(1000));
}

void TestShardSession::insertOverflowsToChildWithIdsPastTheHead()
{
    const auto table = m_router->table();
    QString inHead;
    for (int i = 0; i < 1000 && inHead.isEmpty(); ++i) {
        if (table->route(keyOf(i)).headId == 1)
            inHead = keyOf(i);
    }
    QVERIFY(!inHead.isEmpty());
    const qint64 headMax = adminScalar(1, QStringLiteral("SELECT MAX(id) FROM sd_it_sess_1.user")).toLongLong();
    QVERIFY(headMax > 0);
    QList<int> initialized;
    m_session->setShardInitializedHandler([this, &initialized](int shardId) {
        QMutexLocker locker(&m_mutex);
        initialized << shardId;
    });

    QVERIFY(m_router->setShardFull(1, true));
    QStringList keys = {inHead}; // a second row for a key the head has
    for (int i = 1000; keys.size() < 40; ++i) {
        if (table->route(keyOf(i)).headId == 1)
            keys << keyOf(i);
    }
    // From several threads at once: exactly one initialises the child, the others wait for it.
    QThreadPool workers;
    workers.setMaxThreadCount(8);
    const QList<Result<ShardSession::InsertResult>> results = QtConcurrent::blockingMapped(
        &workers, keys, [this](const QString &key) { return m_session->insert(key, Table, {}); });
    QSet<qint64> ids;
    for (const auto &result : results) {
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        QCOMPARE(result->shardId, OverflowShard);
        QVERIFY2(result->insertId > headMax,
                 qPrintable(QStringLiteral("id %1 <= head's %2").arg(result->insertId).arg(headMax)));
        ids.insert(result->insertId);
    }
    QCOMPARE(ids.size(), keys.size());
    QCOMPARE(initialized, QList<int> {OverflowShard});

    // The key's rows are in both shards of the bucket, head first.
    const auto rows = m_session->selectByKey(inHead, Table, {QStringLiteral("id"), QStringLiteral("userid")});
    QVERIFY2(rows.ok(), qPrintable(rows.error().fullText()));
    QCOMPARE(rows->size(), 2);
    QVERIFY(rows->at(0).value(QStringLiteral("id")).toLongLong() <= headMax);
    QVERIFY(rows->at(1).value(QStringLiteral("id")).toLongLong() > headMax);
    m_rowsPerShard[OverflowShard] += int(keys.size());
    QVERIFY(m_router->setShardFull(1, false));
    m_session->setShardInitializedHandler({});
}

void TestShardSession::executeOnAllRunsPerShardAndPerServer()
{
    // Per shard, with the shard's database as the default: unqualified names land in each shard.
    auto created
        = m_session->executeOnAll(QStringLiteral("CREATE TABLE exec_probe (v INT)"), ShardSession::Scope::PerShard);
    QCOMPARE(created.size(), 6);
    QVERIFY2(ShardSession::total(created).ok(), qPrintable(ShardSession::total(created).error().fullText()));
    const auto inserted = m_session->executeOnAll(QStringLiteral("INSERT INTO exec_probe (v) VALUES (1), (2)"),
                                                  ShardSession::Scope::PerShard);
    QCOMPARE(*ShardSession::total(inserted), qint64(12));
    for (int id : {1, 2, 3, 4, 5, OverflowShard})
        QCOMPARE(
            adminScalar(serverOf(id), QStringLiteral("SELECT COUNT(*) FROM %1.exec_probe").arg(databaseOf(id))).toInt(),
            2);
    QVERIFY(ShardSession::total(
                m_session->executeOnAll(QStringLiteral("DROP TABLE exec_probe"), ShardSession::Scope::PerShard))
                .ok());

    // Per server: once per server (server 1 holds two shards), and with no default database.
    const auto perServer = m_session->executeOnAll(QStringLiteral("SELECT 1"), ShardSession::Scope::PerServer);
    QCOMPARE(perServer.size(), Servers);
    QSet<int> shardIds;
    for (const auto &outcome : perServer) {
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.error().fullText()));
        shardIds.insert(outcome.shardId);
    }
    QCOMPARE(shardIds, (QSet<int> {1, 2, 3, 4, 5}));
    const auto noDatabase
        = m_session->executeOnAll(QStringLiteral("CREATE TABLE exec_probe (v INT)"), ShardSession::Scope::PerServer);
    QCOMPARE(noDatabase.size(), Servers);
    for (const auto &outcome : noDatabase) {
        QVERIFY(!outcome.status.ok());
        QCOMPARE(outcome.status.error().serverCode, 1046); // ER_NO_DB_ERROR: No database selected
    }
}

void TestShardSession::namesCannotInjectSql()
{
    // A table name that tries to close the quote runs as one (missing) table name, nothing else.
    const auto injected = m_session->insert(keyOf(1), QStringLiteral("user`; DROP DATABASE sd_it_sess_2; --"), {});
    QVERIFY(!injected.ok());
    QCOMPARE(injected.error().kind, Error::Kind::Server);
    QCOMPARE(injected.error().serverCode, 1146); // ER_NO_SUCH_TABLE
    QCOMPARE(adminScalar(2,
                         QStringLiteral("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = "
                                        "'sd_it_sess_2'"))
                 .toInt(),
             1);
    // Names MySQL cannot hold are refused before anything is sent.
    const auto refused = m_session->insert(keyOf(1), QStringLiteral("user "), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    const auto badColumn = m_session->selectByKey(keyOf(1), Table, {QString(65, QLatin1Char('c'))});
    QVERIFY(!badColumn.ok());
    QCOMPARE(badColumn.error().kind, Error::Kind::Validation);
}

void TestShardSession::preparedStatementsStayBounded()
{
    const auto preparedCount = [] {
        qint64 sum = 0;
        for (int k = 1; k <= Servers; ++k) {
            QSqlQuery query(QSqlDatabase::database(adminConnection(k), false));
            if (query.exec(QStringLiteral("SHOW GLOBAL STATUS LIKE 'Prepared_stmt_count'")) && query.next())
                sum += query.value(1).toLongLong();
        }
        return sum;
    };
    const qint64 before = preparedCount();
    for (int i = 2000; i < 2300; ++i) {
        QVERIFY(m_session->insert(keyOf(i), Table, {}).ok());
        QVERIFY(m_session->selectByKey(keyOf(i), Table).ok());
    }
    const qint64 after = preparedCount();
    // One insert and one select statement per server for this thread, not one per call. Other tests
    // may share the servers, hence the slack; a leak would add 600.
    QVERIFY2(after - before < 60,
             qPrintable(QStringLiteral("Prepared_stmt_count went from %1 to %2").arg(before).arg(after)));
    m_rowsPerShard.clear(); // rows were added outside the per-shard bookkeeping
}

void TestShardSession::failingCredentialsFailOnlyThatShard()
{
    const QString locked = QStringLiteral("The keychain is locked.");
    ShardSession session(m_router.get(), m_pool.get(), [&locked](const Shard &shard) -> Result<ConnectionOptions> {
        if (shard.id == 3)
            return makeError(locked, Error::Kind::Generic);
        return sandboxOptions();
    });
    const auto outcomes = session.scatterCount(Table);
    QCOMPARE(outcomes.size(), 6);
    for (const auto &outcome : outcomes) {
        if (outcome.shardId == 3) {
            QVERIFY(!outcome.status.ok());
            QCOMPARE(outcome.status.error().message, locked);
        } else {
            QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.error().fullText()));
        }
    }
    QCOMPARE(ShardSession::total(outcomes).error().message, locked);
}

void TestShardSession::pausedServerFailsOnlyItsOwnOutcome()
{
    const auto healthy = m_session->scatterCount(Table); // also leaves scatter threads connected to server 2
    QVERIFY(ShardSession::total(healthy).ok());
    {
        PausedServerGuard pause(PausedServer);
        QVERIFY2(pause.paused(), qPrintable(pause.output()));
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = m_session->scatterCount(Table);
        const qint64 elapsedMs = timer.elapsed();
        QVERIFY2(elapsedMs < TimeoutSec * 1000 + 1500, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
        QCOMPARE(outcomes.size(), healthy.size());
        for (int i = 0; i < outcomes.size(); ++i) {
            const auto &outcome = outcomes.at(i);
            if (outcome.shardId == PausedServer) {
                QVERIFY(!outcome.status.ok());
                const auto kind = outcome.status.error().kind;
                QVERIFY(kind == Error::Kind::Timeout || kind == Error::Kind::Unreachable);
            } else {
                QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.error().fullText()));
                QCOMPARE(outcome.count, healthy.at(i).count);
            }
        }
        qInfo("scatterCount with server %d paused returned after %lld ms", PausedServer, elapsedMs);
    }
    // Resumed: the failed connections were discarded, so the next call reconnects and succeeds.
    const auto again = m_session->scatterCount(Table);
    QVERIFY2(ShardSession::total(again).ok(), qPrintable(ShardSession::total(again).error().fullText()));
    QCOMPARE(*ShardSession::total(again), *ShardSession::total(healthy));
}

QTEST_GUILESS_MAIN(TestShardSession)
#include "TestShardSession.moc"
