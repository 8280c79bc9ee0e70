#include "config/ConfigStore.h"
#include "db/ShardSession.h"
#include "rebalance/VShardMover.h"

#include "ConcurrentWriter.h"
#include "MoveCluster.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;
using Step = MoveJournal::Step;

// Moving vshards with their rows while a writer keeps writing, and killing the mover at every journal step
// (issue 6): afterwards no row is lost or found twice, every row is where the map says, and the writer saw
// only retryable errors.
class TestVShardMover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void movesTenVShardsWhileAWriterKeepsWriting();
    void movesManySmallBatchesFromOneShardWhileAWriterKeepsWriting();
    void batchesAreSizedByTheRowsOfTheBatchBefore_data();
    void batchesAreSizedByTheRowsOfTheBatchBefore();
    void resumeAfterAKillAtEachStepLosesNothing_data();
    void resumeAfterAKillAtEachStepLosesNothing();
    void rollBackBeforeTheSwitchLeavesTheSource();

private:
    ConnectionOptionsProvider provider() const;
    // Runs fn with a mover of its own thread and config store connection, as a separate run of the tool.
    Result<VShardMover::Report> runMover(const std::function<Result<VShardMover::Report>(VShardMover &)> &fn,
                                         VShardMover::CrashHook hook = {});
    // Moves vshards to head 5 while the writer writes; the hook may stop the mover dead.
    Result<VShardMover::Report> moveWhileWriting(const QList<int> &vshards, const VShardMover::CrashHook &hook);
    Topology storedTopology();
    void verifyCluster();
    // The move reported every vshard moved and its rows deleted, the map names head 5, and verifyCluster().
    void verifyMovedToHead5(const Result<VShardMover::Report> &report, const QList<int> &vshards);

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<ConfigStore> m_store;
    std::shared_ptr<Router> m_router;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<ShardSession> m_session;
    std::unique_ptr<ConcurrentWriter> m_writer;
    ClusterContents m_before;
    int m_writers = 0;
    ConcurrentWriter::Outcomes m_written;
    VShardMover::Options m_options;
};

ConnectionOptionsProvider TestVShardMover::provider() const
{
    return [](const Shard &) -> Result<ConnectionOptions> {
        return moveOptions();
    };
}

void TestVShardMover::initTestCase()
{
    const auto created = createMoveCluster();
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const Topology topology = moveTopology();
    const auto loaded = preloadUsers(topology);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    m_store = std::make_unique<ConfigStore>();
    QVERIFY(m_store->open(ConfigLocation::sqlite(m_storePath)).ok());
    const auto replaced = m_store->replace(topology, QStringLiteral("test"));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
    m_router = std::make_shared<Router>(std::make_shared<const Topology>(storedTopology()));
    m_pool = std::make_unique<ConnectionPool>();
    m_session = std::make_unique<ShardSession>(m_router.get(), m_pool.get(), provider());
    m_before = readCluster(topology);
    QVERIFY2(m_before.problems.isEmpty(), qPrintable(m_before.problems.join(u'\n')));
    QCOMPARE(m_before.preloadedRows, qint64(PreloadedUsers));
}

void TestVShardMover::cleanupTestCase()
{
    m_writer.reset();
    m_session.reset();
    m_pool.reset();
    m_store.reset();
    for (int k = 1; k <= MoveServers; ++k) {
        (void)moveAdmin(k, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(moveDatabase(k)));
        QSqlDatabase::removeDatabase(moveAdminConnection(k));
    }
}

Topology TestVShardMover::storedTopology()
{
    auto topology = m_store->load();
    return topology ? *topology : Topology();
}

Result<VShardMover::Report>
TestVShardMover::runMover(const std::function<Result<VShardMover::Report>(VShardMover &)> &fn,
                          VShardMover::CrashHook hook)
{
    std::optional<Result<VShardMover::Report>> result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ConfigStore store;
        if (auto opened = store.open(ConfigLocation::sqlite(m_storePath)); !opened) {
            result = opened.error();
            return;
        }
        VShardMover mover(store, provider(), m_router.get());
        mover.setOptions(m_options);
        mover.setCrashHook(hook);
        result = fn(mover);
    }));
    thread->start();
    // The writer keeps writing on its own threads meanwhile.
    thread->wait();
    return *result;
}

Result<VShardMover::Report> TestVShardMover::moveWhileWriting(const QList<int> &vshards,
                                                              const VShardMover::CrashHook &hook)
{
    m_writer = std::make_unique<ConcurrentWriter>(m_router.get(), m_session.get(), m_pool.get(), moveOptions(),
                                                  QStringLiteral("w%1").arg(++m_writers), 3);
    m_writer->start();
    // Writes before, during and after the move.
    if (!QTest::qWaitFor([this] { return m_writer->attempts() > 50; }, 10000))
        return makeError(QStringLiteral("the writer did not get going"));
    const Topology base = storedTopology();
    auto plan = MovePlan::fromSelection(base, vshards, 5);
    if (!plan)
        return plan.error();
    auto report = runMover([&plan](VShardMover &mover) { return mover.run(*plan); }, hook);
    if (!report && hook) {
        // Killed: the next run of the tool resumes.
        report = runMover([](VShardMover &mover) { return mover.resume(); });
    }
    const qint64 after = m_writer->attempts();
    if (!QTest::qWaitFor([this, after] { return m_writer->attempts() > after + 50; }, 10000))
        report = makeError(QStringLiteral("the writer stopped writing after the move"));
    m_writer->stop();
    const ConcurrentWriter::Outcomes outcomes = m_writer->outcomes();
    m_written.users.unite(outcomes.users);
    m_written.unknownUsers.unite(outcomes.unknownUsers);
    m_written.comments.unite(outcomes.comments);
    m_written.unknownComments.unite(outcomes.unknownComments);
    m_written.retryable += outcomes.retryable;
    m_written.otherErrors += outcomes.otherErrors;
    return report;
}

void TestVShardMover::verifyCluster()
{
    const Topology map = storedTopology();
    QCOMPARE(m_router->topology()->vshards, map.vshards);
    QVERIFY(m_router->frozenVShards().isEmpty());
    const ClusterContents now = readCluster(map);
    QVERIFY2(now.problems.isEmpty(), qPrintable(now.problems.mid(0, 10).join(u'\n')));
    QVERIFY2(m_written.otherErrors.isEmpty(), qPrintable(m_written.otherErrors.mid(0, 5).join(u'\n')));
    // The preloaded rows, by count and checksum over all shards, exactly as before.
    QCOMPARE(now.preloadedRows, m_before.preloadedRows);
    QCOMPARE(now.preloadedChecksum, m_before.preloadedChecksum);
    // acknowledged <= found <= acknowledged + unknown
    for (const QString &key : m_written.users)
        QVERIFY2(now.users.contains(key), qPrintable(key + QStringLiteral(" was acknowledged but is gone")));
    for (const QString &key : m_written.comments)
        QVERIFY2(now.comments.contains(key),
                 qPrintable(key + QStringLiteral("'s comment was acknowledged but is gone")));
    for (auto it = now.users.cbegin(); it != now.users.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("user")))
            QVERIFY2(m_written.users.contains(it.key()) || m_written.unknownUsers.contains(it.key()),
                     qPrintable(it.key()));
    }
    for (auto it = now.comments.cbegin(); it != now.comments.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("user")))
            QVERIFY2(m_written.comments.contains(it.key()) || m_written.unknownComments.contains(it.key()),
                     qPrintable(it.key()));
    }
    MoveJournal journal(*m_store);
    QVERIFY(journal.unfinished()->isEmpty());
}

void TestVShardMover::movesTenVShardsWhileAWriterKeepsWriting()
{
    const QList<int> vshards = {0, 1, 2, 3, 4, 256, 257, 258, 259, 260};
    verifyMovedToHead5(moveWhileWriting(vshards, {}), vshards);
}

void TestVShardMover::verifyMovedToHead5(const Result<VShardMover::Report> &report, const QList<int> &vshards)
{
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(report->vshardsMoved, int(vshards.size()));
    QVERIFY(report->rowsCopied > 0);
    QCOMPARE(report->rowsDeleted, report->rowsCopied);
    const Topology map = storedTopology();
    for (int v : vshards)
        QCOMPARE(map.vshards.headOf(v), 5);
    verifyCluster();
}

void TestVShardMover::movesManySmallBatchesFromOneShardWhileAWriterKeepsWriting()
{
    // Four batches from the same source: each batch's source rows are deleted on a worker thread while the
    // next one copies (the drain waits for that clean-up to end first).
    m_options.batchVShards = 2;
    const QList<int> vshards = {10, 11, 12, 13, 14, 15, 16, 17};
    const auto report = moveWhileWriting(vshards, {});
    m_options = {};
    verifyMovedToHead5(report, vshards);
}

void TestVShardMover::batchesAreSizedByTheRowsOfTheBatchBefore_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("most");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("measured"); // rows per vshard given as measured sizes; 0: none given
    QTest::addColumn<int>("batches");
    // Vshards of one bucket; each batch is one switch of the map, so one version of the store. Unmeasured,
    // the first batch takes firstBatchVShards = 2.
    QTest::newRow("the rest in one batch") << 30 << 10 << 256 << qint64(1000000000) << qint64(0) << 2; // 2 + 8
    QTest::newRow("one vshard a batch") << 40 << 10 << 256 << qint64(1) << qint64(0) << 9; // 2 + 1 x 8
    QTest::newRow("at most batchVShards") << 50 << 10 << 3 << qint64(1000000000) << qint64(0) << 4; // 2+3+3+2
    QTest::newRow("cut by the measured rows") << 60 << 10 << 256 << qint64(25) << qint64(10) << 5; // 2 x 5
    QTest::newRow("at most four times the batch before")
        << 70 << 20 << 256 << qint64(1000000000) << qint64(0) << 3; // 2 + 8 + 10
}

void TestVShardMover::batchesAreSizedByTheRowsOfTheBatchBefore()
{
    QFETCH(int, first);
    QFETCH(int, count);
    QFETCH(int, most);
    QFETCH(qint64, rows);
    QFETCH(qint64, measured);
    QFETCH(int, batches);
    QList<int> vshards;
    for (int v = first; v < first + count; ++v)
        vshards.append(v);
    const Topology before = storedTopology();
    QCOMPARE(before.vshards.headOf(first), before.vshards.headOf(vshards.last()));
    auto plan = MovePlan::fromSelection(before, vshards, 5);
    QVERIFY(plan.ok());
    m_options.firstBatchVShards = 2;
    m_options.batchVShards = most;
    m_options.batchRows = rows;
    if (measured > 0) {
        for (int v : vshards)
            m_options.sizes.insert(v, VShardSize {measured, 0.1});
    }
    const auto report = runMover([&plan](VShardMover &mover) { return mover.run(*plan); });
    m_options = {};
    QCOMPARE(storedTopology().version - before.version, batches);
    verifyMovedToHead5(report, vshards);
}

void TestVShardMover::resumeAfterAKillAtEachStepLosesNothing_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<int>("first");
    int first = 520;
    for (Step step : {Step::Planned, Step::Copying, Step::Frozen, Step::Verified, Step::Switched, Step::Cleaned}) {
        QTest::newRow(qPrintable(MoveJournal::stepName(step))) << step << first;
        first += 2;
    }
}

void TestVShardMover::resumeAfterAKillAtEachStepLosesNothing()
{
    QFETCH(Step, step);
    QFETCH(int, first);
    // Two vshards, from two buckets; the mover dies at step of the first one.
    const QList<int> vshards = {first, first + 256};
    bool killed = false;
    const auto report = moveWhileWriting(vshards, [&](int vshard, Step reached) {
        if (killed || vshard != first || reached != step)
            return false;
        killed = true;
        return true;
    });
    QVERIFY(killed);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    const Topology map = storedTopology();
    for (int v : vshards)
        QCOMPARE(map.vshards.headOf(v), 5);
    verifyCluster();
}

void TestVShardMover::rollBackBeforeTheSwitchLeavesTheSource()
{
    const int v = 600;
    const Topology before = storedTopology();
    auto plan = MovePlan::fromSelection(before, {v}, 5);
    QVERIFY(plan.ok());
    const auto killed = runMover([&plan](VShardMover &mover) { return mover.run(*plan); },
                                 [](int, Step reached) { return reached == Step::Verified; });
    QVERIFY(!killed.ok());
    auto target = moveAdmin(
        5, QStringLiteral("SELECT COUNT(*) FROM %1.user WHERE VIRTUAL_SHARD = %2").arg(moveDatabase(5)).arg(v));
    QVERIFY(target.ok() && target->next());
    QVERIFY(target->value(0).toLongLong() > 0); // the copy reached the target
    const auto rolledBack = runMover([](VShardMover &mover) { return mover.rollBack(); });
    QVERIFY2(rolledBack.ok(), qPrintable(rolledBack.error().fullText()));
    QCOMPARE(rolledBack->vshardsLeft, 1);
    QCOMPARE(storedTopology().vshards.headOf(v), before.vshards.headOf(v));
    verifyCluster();
}

QTEST_GUILESS_MAIN(TestVShardMover)
#include "TestVShardMover.moc"
