#include "Sandbox.h"

#include "loadtest/LoadTest.h"
#include "loadtest/Verifier.h"
#include "provision/Provisioner.h"

#include <QSignalSpy>
#include <QtConcurrentRun>
#include <QFutureWatcher>
#include <QtTest>

using namespace ShardDesk;
using namespace Qt::StringLiterals;

// LoadTest driven as the wizard will: on a worker thread, with progress signals and cancel.
class TestLoadTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reportsProgressEverySecondWhileRunning();
    void cancelInTxnModeLeavesNoUserWithoutComment();
    void refusesABadSpecBeforeTouchingAServer();

private:
    ConnectionOptionsProvider login() const;

    std::shared_ptr<const Topology> m_topology;
    ClusterPlan m_plan;
};

ConnectionOptionsProvider TestLoadTest::login() const
{
    return [](const Shard &) -> Result<ConnectionOptions> {
        ConnectionOptions o;
        o.user = ShardDesk::Testing::sandboxUser();
        o.password = ShardDesk::Testing::sandboxPassword();
        return o;
    };
}

void TestLoadTest::initTestCase()
{
    for (const QString &server : ShardDesk::Testing::sandboxServers().mid(0, 2))
        m_plan.servers.append(*ServerAddress::parse(server));
    m_plan.shardsPerServer = 2;
    m_plan.databasePattern = u"ltcore_%1"_s;
    m_plan.chaining = ClusterPlan::Chaining::AllHeads;
    m_plan.user = ShardDesk::Testing::sandboxUser();
    Provisioner provisioner(m_plan, *login()(Shard()));
    provisioner.setDropExisting(true);
    const Provisioner::Outcome created = provisioner.create();
    QVERIFY2(created.ok(), qPrintable(created.errors().join(u'\n')));
    m_topology = std::make_shared<const Topology>(*m_plan.topology());
}

void TestLoadTest::cleanupTestCase()
{
    Provisioner provisioner(m_plan, *login()(Shard()));
    const Provisioner::Outcome all = Provisioner::everyPlannedDatabase(m_plan);
    QVERIFY(provisioner.rollBack(all).ok());
}

void TestLoadTest::reportsProgressEverySecondWhileRunning()
{
    LoadTestSpec spec;
    spec.users = 3000;
    spec.threads = 2;
    spec.ratePerSecond = 1500; // two seconds: at least one progress report
    spec.seed = 11;
    LoadTest test(spec, std::make_shared<const RoutingTable>(m_topology), login());
    QSignalSpy progress(&test, &LoadTest::progress);
    QSignalSpy finished(&test, &LoadTest::finished);
    QFutureWatcher<LoadTestResult> watcher;
    watcher.setFuture(QtConcurrent::run([&test] { return test.run(); }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QTRY_VERIFY(watcher.isFinished());
    const LoadTestResult result = watcher.result();
    QCOMPARE(result.acknowledged, 3000);
    QVERIFY(progress.size() >= 1);
    const auto snapshot = progress.constFirst().constFirst().value<LoadTestResult>();
    QVERIFY(snapshot.done() > 0 && snapshot.done() < 3000);
    QVERIFY(!snapshot.finished);
    QCOMPARE(result.shards.size(), 4);
    qint64 perShard = 0;
    for (const auto &shard : result.shards)
        perShard += shard.acknowledged;
    QCOMPARE(perShard, 3000);
    QVERIFY(result.latency.count() == 3000);
}

void TestLoadTest::cancelInTxnModeLeavesNoUserWithoutComment()
{
    LoadTestSpec spec;
    spec.users = 100000;
    spec.threads = 4;
    spec.mode = LoadTestSpec::Mode::Transaction;
    spec.commentsPerUser = 3;
    spec.seed = 12;
    LoadTest test(spec, std::make_shared<const RoutingTable>(m_topology), login());
    QSignalSpy progress(&test, &LoadTest::progress);
    QFutureWatcher<LoadTestResult> watcher;
    watcher.setFuture(QtConcurrent::run([&test] { return test.run(); }));
    QVERIFY(progress.wait(30000));
    test.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
    const LoadTestResult result = watcher.result();
    QVERIFY(result.cancelled);
    QVERIFY(result.acknowledged > 0 && result.acknowledged < spec.users);
    QCOMPARE(result.failed + result.unknown, 0);

    Verifier verifier(m_topology, login());
    Verifier::Options options;
    options.users = spec.users;
    options.seed = spec.seed;
    options.commentsPerUser = 3;
    options.sample = 200;
    options.acknowledged = result.acknowledged;
    const Verifier::Report report = verifier.run(options);
    QCOMPARE(report.found, result.acknowledged);
    QCOMPARE(report.usersWithoutComments, 0);
    QCOMPARE(report.comments, 3 * result.acknowledged);
    QCOMPARE(report.sampleMismatched, 0);
}

void TestLoadTest::refusesABadSpecBeforeTouchingAServer()
{
    LoadTestSpec spec;
    spec.users = 0;
    spec.threads = 0;
    LoadTest test(spec, std::make_shared<const RoutingTable>(m_topology), login());
    const LoadTestResult result = test.run();
    QVERIFY(result.setupError.contains(u"The number of users must be from 1"_s));
    QVERIFY(result.setupError.contains(u"Threads must be from 1"_s));
    QCOMPARE(result.done(), 0);
}

QTEST_GUILESS_MAIN(TestLoadTest)
#include "TestLoadTest.moc"
