#include "config/ConfigStore.h"
#include "db/ShardSession.h"
#include "monitor/CapacityMonitor.h"
#include "monitor/ServerProbe.h"
#include "routing/Router.h"

#include "MonitorSandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

constexpr int Server = 1;
constexpr int HeadId = 1;
constexpr int OverflowId = 2;
constexpr double CapacityMb = 1.0;
const QString Admin = QStringLiteral("sd-it-capacity-admin");
const QString HeadDb = QStringLiteral("sd_it_cap_head");
const QString OverflowDb = QStringLiteral("sd_it_cap_overflow");

Shard makeShard(int id, int parentId, const QString &database)
{
    Shard shard;
    shard.id = id;
    shard.parentId = parentId;
    shard.host = sandboxAddress(Server).host();
    shard.database = database;
    shard.user = sandboxUser();
    shard.capacityMb = CapacityMb;
    return shard;
}

// One bucket on server 1: a head with a 1 MB capacity and its overflow shard; every vshard on it.
Topology bucketTopology()
{
    Topology topology;
    topology.settings.vshardCount = 16;
    topology.shards = {makeShard(HeadId, 0, HeadDb), makeShard(OverflowId, HeadId, OverflowDb)};
    topology.vshards = VShardMap(16);
    topology.vshards.spreadEvenly({HeadId});
    return topology;
}

QString createTable(const QString &database)
{
    return QStringLiteral("CREATE TABLE %1.user (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT "
                          "NOT NULL, userid VARCHAR(255), filler VARCHAR(1000), KEY(userid), KEY(VIRTUAL_SHARD))")
        .arg(database);
}

ProbeSample syntheticSample(double headMb)
{
    ProbeSample sample;
    sample.serverKey = sandboxKey(Server);
    sample.reachable = true;
    sample.databaseSizeMb.insert(HeadDb, headMb);
    return sample;
}

} // namespace

class TestCapacityMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void growingPastCapacitySetsFullAndInsertsGoToTheOverflowShard();
    void shrinkingClearsTheFlagAndInsertsReturnToTheHead();
    void sizeOnlyChangesAreThrottled();
    void unreachableSampleChangesNothing();

private:
    ProbeSample probe();
    std::shared_ptr<const Topology> loadStored();

    QTemporaryDir m_dir;
    ConfigLocation m_location;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<CapacityMonitor> m_monitor;
    ConnectionPool m_pool;
};

void TestCapacityMonitor::initTestCase()
{
    QString error;
    QVERIFY2(openAdmin(Admin, Server, &error), qPrintable(error));
    error = adminExec(
        Admin, Server,
        {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(HeadDb),
         QStringLiteral("DROP DATABASE IF EXISTS %1").arg(OverflowDb), QStringLiteral("CREATE DATABASE %1").arg(HeadDb),
         QStringLiteral("CREATE DATABASE %1").arg(OverflowDb), createTable(HeadDb), createTable(OverflowDb)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_location = ConfigLocation::sqlite(m_dir.filePath(QStringLiteral("monitor.sqlite")));
    ConfigStore store;
    QVERIFY(store.open(m_location).ok());
    const auto stored = store.replace(bucketTopology(), QStringLiteral("test"));
    QVERIFY2(stored.ok(), qPrintable(stored.error().fullText()));
}

void TestCapacityMonitor::init()
{
    m_monitor.reset();
    m_router = std::make_unique<Router>(loadStored());
    m_monitor = std::make_unique<CapacityMonitor>(m_router.get());
    m_monitor->setConfigStore(m_location);
}

void TestCapacityMonitor::cleanupTestCase()
{
    m_monitor.reset();
    m_pool.closeThreadConnections();
    const QString error = adminExec(Admin, Server,
                                    {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(HeadDb),
                                     QStringLiteral("DROP DATABASE IF EXISTS %1").arg(OverflowDb)});
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    closeAdmin(Admin, Server);
}

ProbeSample TestCapacityMonitor::probe()
{
    return ServerProbe(sandboxAddress(Server), {HeadDb, OverflowDb}, monitorOptions()).run(m_pool);
}

std::shared_ptr<const Topology> TestCapacityMonitor::loadStored()
{
    ConfigStore store;
    if (!store.open(m_location, {}, ConfigStore::OpenMode::OpenExisting))
        return {};
    auto loaded = store.load();
    return loaded ? std::make_shared<const Topology>(std::move(loaded).value()) : nullptr;
}

void TestCapacityMonitor::growingPastCapacitySetsFullAndInsertsGoToTheOverflowShard()
{
    QSignalSpy flags(m_monitor.get(), &CapacityMonitor::fullFlagChanged);
    QSignalSpy persisted(m_monitor.get(), &CapacityMonitor::persisted);
    const ProbeSample small = probe();
    QVERIFY2(small.reachable, qPrintable(small.error));
    QVERIFY(small.databaseSizeMb.value(HeadDb) < CapacityMb);
    m_monitor->addSample(small);
    QVERIFY(flags.isEmpty());
    QCOMPARE(m_router->route(QStringLiteral("a@example.com")).writeShardId, HeadId);

    // About 3.5 MB of rows; ANALYZE TABLE so information_schema sees them now.
    const QString error = adminExec(Admin, Server,
                                    {QStringLiteral("INSERT INTO %1.user (VIRTUAL_SHARD, userid, filler) SELECT 0, "
                                                    "CONCAT('u', seq), REPEAT('x', 1000) FROM %1.seq_1_to_3000")
                                         .arg(HeadDb),
                                     QStringLiteral("ANALYZE TABLE %1.user").arg(HeadDb)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ProbeSample grown = probe();
    QVERIFY2(grown.databaseSizeMb.value(HeadDb) > CapacityMb,
             qPrintable(QString::number(grown.databaseSizeMb.value(HeadDb))));
    m_monitor->addSample(grown);

    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.at(0).at(0).toInt(), HeadId);
    QCOMPARE(flags.at(0).at(1).toBool(), true);
    QVERIFY(m_router->topology()->shard(HeadId)->full);
    QCOMPARE(m_monitor->currentMb(HeadId), grown.databaseSizeMb.value(HeadDb));

    // The next insert of the bucket goes to the overflow shard.
    ShardSession session(m_router.get(), &m_pool, sandboxProvider());
    const auto inserted = session.insert(QStringLiteral("new-user@example.com"), QStringLiteral("user"), {});
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().fullText()));
    QCOMPARE(inserted->shardId, OverflowId);

    // And the flag and size reach the config store.
    QTRY_VERIFY_WITH_TIMEOUT(!persisted.isEmpty(), 10000);
    const auto stored = loadStored();
    QVERIFY(stored);
    QVERIFY(stored->shard(HeadId)->full);
    QVERIFY(qAbs(stored->shard(HeadId)->currentMb - grown.databaseSizeMb.value(HeadDb)) < 0.01);
    QVERIFY(!stored->shard(OverflowId)->full);
}

void TestCapacityMonitor::shrinkingClearsTheFlagAndInsertsReturnToTheHead()
{
    QVERIFY(m_router->topology()->shard(HeadId)->full); // loaded from the store: the previous test's state
    QSignalSpy flags(m_monitor.get(), &CapacityMonitor::fullFlagChanged);
    QSignalSpy persisted(m_monitor.get(), &CapacityMonitor::persisted);
    const QString error = adminExec(
        Admin, Server,
        {QStringLiteral("TRUNCATE TABLE %1.user").arg(HeadDb), QStringLiteral("ANALYZE TABLE %1.user").arg(HeadDb)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ProbeSample shrunk = probe();
    QVERIFY(shrunk.databaseSizeMb.value(HeadDb) < CapacityMb);
    m_monitor->addSample(shrunk);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.at(0).at(1).toBool(), false);
    QCOMPARE(m_router->route(QStringLiteral("a@example.com")).writeShardId, HeadId);
    QTRY_VERIFY_WITH_TIMEOUT(!persisted.isEmpty(), 10000);
    QVERIFY(!loadStored()->shard(HeadId)->full);
}

void TestCapacityMonitor::sizeOnlyChangesAreThrottled()
{
    QSignalSpy persisted(m_monitor.get(), &CapacityMonitor::persisted);
    QSignalSpy changed(m_monitor.get(), &CapacityMonitor::shardsChanged);
    m_monitor->setPersistIntervalMs(60000);
    m_monitor->addSample(syntheticSample(0.25)); // the first state of a shard is written at once
    m_monitor->addSample(syntheticSample(0.5));
    m_monitor->addSample(syntheticSample(0.75));
    QCOMPARE(changed.size(), 3); // every change is reported...
    QCOMPARE(m_monitor->currentMb(HeadId), 0.75);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->writesInFlight(), 0, 10000);
    QCOMPARE(persisted.size(), 1); // ...but sizes alone are not written again within the interval
    QCOMPARE(loadStored()->shard(HeadId)->currentMb, 0.25);

    m_monitor->addSample(syntheticSample(5.0)); // a flag that flips is written at once
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->writesInFlight(), 0, 10000);
    QCOMPARE(persisted.size(), 2);
    const auto stored = loadStored();
    QVERIFY(stored->shard(HeadId)->full);
    QCOMPARE(stored->shard(HeadId)->currentMb, 5.0);

    m_monitor->setPersistIntervalMs(0); // unthrottled: every size change is written
    m_monitor->addSample(syntheticSample(6.0));
    m_monitor->addSample(syntheticSample(0.1)); // back to the real state for the next test
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->writesInFlight(), 0, 10000);
    QCOMPARE(persisted.size(), 4);
    QCOMPARE(loadStored()->shard(HeadId)->currentMb, 0.1);
}

void TestCapacityMonitor::unreachableSampleChangesNothing()
{
    QSignalSpy changed(m_monitor.get(), &CapacityMonitor::shardsChanged);
    ProbeSample sample = syntheticSample(50);
    sample.reachable = false;
    m_monitor->addSample(sample);
    QVERIFY(changed.isEmpty());
    QCOMPARE(m_monitor->currentMb(HeadId), -1.0);
    QVERIFY(!m_router->topology()->shard(HeadId)->full);
}

QTEST_GUILESS_MAIN(TestCapacityMonitor)
#include "TestCapacityMonitor.moc"
