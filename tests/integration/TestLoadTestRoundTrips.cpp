#include "Sandbox.h"

#include "db/ConnectionPool.h"
#include "loadtest/LoadTest.h"
#include "provision/Provisioner.h"

#include <QSqlQuery>
#include <QtTest>

using namespace ShardDesk;
using namespace Qt::StringLiterals;

// What a load-test user costs the servers, from their own counters: two prepared executions (the user
// and its comment) and no COM_STMT_RESET, so autocommit mode needs two round trips per user as
// sysbench's text INSERTs do (Qt 6.4's QMYSQL alone would add a reset before each execution).
class TestLoadTestRoundTrips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachUserCostsTwoExecutionsAndNoReset_data();
    void eachUserCostsTwoExecutionsAndNoReset();
    void batchesFillUpWhateverThreadTookTheUsers();

private:
    static Result<ConnectionOptions> login(const Shard &);
    // Com_stmt_* counters summed over every server of the plan; empty when one could not be read.
    QHash<QString, qint64> counters();
    // Runs spec to the end; how much each counter grew meanwhile, or empty when the run did not
    // acknowledge every user or a counter could not be read.
    QHash<QString, qint64> growthDuring(const LoadTestSpec &spec);

    ClusterPlan m_plan;
    std::shared_ptr<const Topology> m_topology;
};

Result<ConnectionOptions> TestLoadTestRoundTrips::login(const Shard &)
{
    ConnectionOptions o;
    o.user = ShardDesk::Testing::sandboxUser();
    o.password = ShardDesk::Testing::sandboxPassword();
    return o;
}

QHash<QString, qint64> TestLoadTestRoundTrips::counters()
{
    QHash<QString, qint64> sums;
    ConnectionPool pool;
    for (const ServerAddress &server : std::as_const(m_plan.servers)) {
        auto db = pool.connection(server, QString(), *login(Shard()));
        if (!db)
            return {};
        QSqlQuery query(*db);
        if (!query.exec(u"SHOW GLOBAL STATUS WHERE Variable_name IN "
                        u"('Com_stmt_execute', 'Com_stmt_reset', 'Com_stmt_prepare')"_s))
            return {};
        while (query.next())
            sums[query.value(0).toString()] += query.value(1).toLongLong();
    }
    return sums;
}

QHash<QString, qint64> TestLoadTestRoundTrips::growthDuring(const LoadTestSpec &spec)
{
    const QHash<QString, qint64> before = counters();
    LoadTest test(spec, std::make_shared<const RoutingTable>(m_topology), &TestLoadTestRoundTrips::login);
    const LoadTestResult result = test.run();
    QHash<QString, qint64> growth = counters();
    if (before.isEmpty() || result.acknowledged != spec.users) {
        qWarning("acknowledged %lld of %lld users", qint64(result.acknowledged), qint64(spec.users));
        return {};
    }
    for (auto it = growth.begin(); it != growth.end(); ++it)
        it.value() -= before.value(it.key());
    return growth;
}

void TestLoadTestRoundTrips::initTestCase()
{
    // Every server, one shard each: users routed over all of them, as in the benchmark.
    for (const QString &server : ShardDesk::Testing::sandboxServers())
        m_plan.servers.append(*ServerAddress::parse(server));
    m_plan.shardsPerServer = 1;
    m_plan.databasePattern = u"ltrt_%1"_s;
    m_plan.chaining = ClusterPlan::Chaining::AllHeads;
    m_plan.user = ShardDesk::Testing::sandboxUser();
    Provisioner provisioner(m_plan, *login(Shard()));
    provisioner.setDropExisting(true);
    const Provisioner::Outcome created = provisioner.create();
    QVERIFY2(created.ok(), qPrintable(created.errors().join(u'\n')));
    m_topology = std::make_shared<const Topology>(*m_plan.topology());
}

void TestLoadTestRoundTrips::cleanupTestCase()
{
    Provisioner provisioner(m_plan, *login(Shard()));
    QVERIFY(provisioner.rollBack(Provisioner::everyPlannedDatabase(m_plan)).ok());
}

void TestLoadTestRoundTrips::eachUserCostsTwoExecutionsAndNoReset_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("autocommit") << int(LoadTestSpec::Mode::Autocommit);
    QTest::newRow("txn") << int(LoadTestSpec::Mode::Transaction);
}

void TestLoadTestRoundTrips::eachUserCostsTwoExecutionsAndNoReset()
{
    QFETCH(int, mode);
    LoadTestSpec spec;
    spec.users = 600;
    spec.threads = 2;
    spec.commentsPerUser = 1;
    spec.mode = LoadTestSpec::Mode(mode);
    spec.seed = 500 + mode;
    const QHash<QString, qint64> growth = growthDuring(spec);
    QVERIFY(!growth.isEmpty());
    QCOMPARE(growth.value(u"Com_stmt_execute"_s), 2 * 600);
    QCOMPARE(growth.value(u"Com_stmt_reset"_s), 0);
    // Prepared once per worker, server and statement, not per user. QMYSQL's open() prepares one
    // statement of its own to probe the server ("SELECT ?"): once per worker connection, and once per
    // connection counters() opens.
    const qint64 servers = m_plan.servers.size();
    const qint64 prepares = growth.value(u"Com_stmt_prepare"_s);
    QVERIFY2(prepares <= spec.threads * servers * (2 + 1) + servers, qPrintable(QString::number(prepares)));
}

void TestLoadTestRoundTrips::batchesFillUpWhateverThreadTookTheUsers()
{
    // 1,000 users over 5 shards from 4 threads: each thread takes ~50 users per shard, so batches kept
    // per thread would never reach 100 and would all be written at the end as 20 partial ones.
    LoadTestSpec spec;
    spec.users = 1000;
    spec.threads = 4;
    spec.commentsPerUser = 1;
    spec.mode = LoadTestSpec::Mode::Batch;
    spec.batchSize = 100;
    spec.seed = 600;
    const QHash<QString, qint64> growth = growthDuring(spec);
    QVERIFY(!growth.isEmpty());
    // Two executions per batch (users, then their comments): full batches plus at most one partial
    // batch per shard.
    const qint64 batches = growth.value(u"Com_stmt_execute"_s) / 2;
    QVERIFY2(batches <= spec.users / spec.batchSize + m_plan.servers.size(), qPrintable(QString::number(batches)));
    QCOMPARE(growth.value(u"Com_stmt_reset"_s), 0);
}

QTEST_GUILESS_MAIN(TestLoadTestRoundTrips)
#include "TestLoadTestRoundTrips.moc"
