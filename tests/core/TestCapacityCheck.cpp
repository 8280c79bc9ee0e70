#include "monitor/CapacityCheck.h"

#include "TopologyFixtures.h"

#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

// Shards 1 and 3 on 127.0.0.1 (shard_1, shard_3), shard 2 on 127.0.0.2; each with capacity 100 MB.
ProbeSample sampleOfServer1(double shard1Mb, double shard3Mb)
{
    ProbeSample sample;
    sample.serverKey = QStringLiteral("127.0.0.1:3306");
    sample.reachable = true;
    sample.databaseSizeMb.insert(QStringLiteral("shard_1"), shard1Mb);
    sample.databaseSizeMb.insert(QStringLiteral("shard_3"), shard3Mb);
    return sample;
}

const CapacityCheck::Change *changeOf(const QList<CapacityCheck::Change> &changes, int shardId)
{
    for (const CapacityCheck::Change &change : changes) {
        if (change.shardId == shardId)
            return &change;
    }
    return nullptr;
}

} // namespace

class TestCapacityCheck : public QObject
{
    Q_OBJECT

private slots:
    void fullFlagFollowsSizeVersusCapacity_data();
    void fullFlagFollowsSizeVersusCapacity();
    void unchangedShardGivesNoChange();
    void otherServersShardsAreUntouched();
    void unknownSizeLeavesShardAlone();
    void unreachableServerChangesNothing();
    void shardWithoutCapacityIsNeverFull();
};

void TestCapacityCheck::fullFlagFollowsSizeVersusCapacity_data()
{
    QTest::addColumn<double>("currentMb"); // what the topology has now
    QTest::addColumn<bool>("wasFull");
    QTest::addColumn<double>("sampledMb");
    QTest::addColumn<bool>("full");
    QTest::addColumn<bool>("fullChanged");
    QTest::newRow("below capacity") << 10.0 << false << 50.0 << false << false;
    QTest::newRow("at capacity is not full") << 50.0 << false << 100.0 << false << false;
    QTest::newRow("above capacity sets full") << 90.0 << false << 100.5 << true << true;
    QTest::newRow("still above: size only") << 101.0 << true << 150.0 << true << false;
    QTest::newRow("shrinks below: clears full") << 150.0 << true << 80.0 << false << true;
    QTest::newRow("shrinks to capacity: clears full") << 150.0 << true << 100.0 << false << true;
}

void TestCapacityCheck::fullFlagFollowsSizeVersusCapacity()
{
    QFETCH(double, currentMb);
    QFETCH(bool, wasFull);
    QFETCH(double, sampledMb);
    QFETCH(bool, full);
    QFETCH(bool, fullChanged);
    Topology topology = twoBucketTopology();
    topology.shard(1)->currentMb = currentMb;
    topology.shard(1)->full = wasFull;
    topology.shard(3)->currentMb = 5;

    const auto changes = CapacityCheck::evaluate(topology, sampleOfServer1(sampledMb, 5));
    QCOMPARE(changes.size(), 1);
    const CapacityCheck::Change *change = changeOf(changes, 1);
    QVERIFY(change);
    QCOMPARE(change->currentMb, sampledMb);
    QCOMPARE(change->full, full);
    QCOMPARE(change->fullChanged, fullChanged);
}

void TestCapacityCheck::unchangedShardGivesNoChange()
{
    Topology topology = twoBucketTopology();
    topology.shard(1)->currentMb = 40;
    topology.shard(3)->currentMb = 120;
    topology.shard(3)->full = true;
    QVERIFY(CapacityCheck::evaluate(topology, sampleOfServer1(40.001, 120)).isEmpty());
}

void TestCapacityCheck::otherServersShardsAreUntouched()
{
    Topology topology = twoBucketTopology();
    ProbeSample sample = sampleOfServer1(200, 300);
    // A database of the same name on another server is not shard 2's: sizes count per server.
    sample.databaseSizeMb.insert(QStringLiteral("shard_2"), 500);
    const auto changes = CapacityCheck::evaluate(topology, sample);
    QCOMPARE(changes.size(), 2);
    QVERIFY(changeOf(changes, 1) && changeOf(changes, 1)->full);
    QVERIFY(changeOf(changes, 3) && changeOf(changes, 3)->full);
    QVERIFY(!changeOf(changes, 2));
}

void TestCapacityCheck::unknownSizeLeavesShardAlone()
{
    Topology topology = twoBucketTopology();
    topology.shard(3)->currentMb = 150;
    topology.shard(3)->full = true;
    ProbeSample sample = sampleOfServer1(20, 0);
    sample.databaseSizeMb.remove(QStringLiteral("shard_3")); // database missing on the server
    const auto changes = CapacityCheck::evaluate(topology, sample);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().shardId, 1);
}

void TestCapacityCheck::unreachableServerChangesNothing()
{
    Topology topology = twoBucketTopology();
    ProbeSample sample = sampleOfServer1(500, 500);
    sample.reachable = false;
    QVERIFY(CapacityCheck::evaluate(topology, sample).isEmpty());
}

void TestCapacityCheck::shardWithoutCapacityIsNeverFull()
{
    Topology topology = twoBucketTopology();
    topology.shard(1)->capacityMb = 0;
    const auto changes = CapacityCheck::evaluate(topology, sampleOfServer1(500, 0));
    const CapacityCheck::Change *change = changeOf(changes, 1);
    QVERIFY(change);
    QVERIFY(!change->full);
    QCOMPARE(change->currentMb, 500.0);
}

QTEST_GUILESS_MAIN(TestCapacityCheck)
#include "TestCapacityCheck.moc"
