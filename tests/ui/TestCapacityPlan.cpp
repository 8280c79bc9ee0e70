#include "CapacityPlan.h"

#include "MonitorTestSamples.h"
#include "TopologyFixtures.h"

#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

class TestCapacityPlan : public QObject
{
    Q_OBJECT

private slots:
    void sharesHostRamOverTheServersShards_data();
    void sharesHostRamOverTheServersShards();
    void unknownHostRamGivesNoRecommendation();
    void targetIsKeptInsideTheBand();
};

void TestCapacityPlan::sharesHostRamOverTheServersShards_data()
{
    QTest::addColumn<int>("targetPercent");
    QTest::addColumn<double>("targetMb");
    // 16 GiB = 16,384 MB over the two shards of 127.0.0.1: 60 % -> 4,915, 80 % -> 6,553 (rounded down).
    QTest::newRow("60 %") << 60 << 4915.0;
    QTest::newRow("70 %") << 70 << 5734.0;
    QTest::newRow("80 %") << 80 << 6553.0;
}

void TestCapacityPlan::sharesHostRamOverTheServersShards()
{
    QFETCH(int, targetPercent);
    QFETCH(double, targetMb);
    const Topology topology = twoBucketTopology();
    const QHash<QString, qint64> ram = {{QStringLiteral("127.0.0.1:3306"), 16 * Gib},
                                        {QStringLiteral("127.0.0.2:3306"), 4 * Gib}};
    const CapacityPlan plan = CapacityPlan::compute(topology, ram, targetPercent);

    QCOMPARE(plan.servers().size(), 2);
    const CapacityPlan::Server &first = plan.servers().at(0);
    QCOMPARE(first.serverKey, QStringLiteral("127.0.0.1:3306"));
    QCOMPARE(first.shardIds, QList<int>({1, 3}));
    QCOMPARE(first.minMbPerShard, 4915.0);
    QCOMPARE(first.maxMbPerShard, 6553.0);
    QCOMPARE(first.targetMbPerShard, targetMb);
    // One shard alone on 4 GiB: 60 % = 2,457, 80 % = 3,276.
    QCOMPARE(plan.servers().at(1).minMbPerShard, 2457.0);
    QCOMPARE(plan.servers().at(1).maxMbPerShard, 3276.0);

    const QHash<int, double> byShard = plan.capacityMbByShard();
    QCOMPARE(byShard.size(), 3);
    QCOMPARE(byShard.value(1), targetMb);
    QCOMPARE(byShard.value(3), targetMb);
}

void TestCapacityPlan::unknownHostRamGivesNoRecommendation()
{
    const QHash<QString, qint64> ram = {{QStringLiteral("127.0.0.1:3306"), -1}};
    const CapacityPlan plan = CapacityPlan::compute(twoBucketTopology(), ram);
    QCOMPARE(plan.servers().size(), 2);
    QVERIFY(!plan.servers().at(0).hasRecommendation());
    QVERIFY(!plan.servers().at(1).hasRecommendation());
    QVERIFY(plan.capacityMbByShard().isEmpty());
}

void TestCapacityPlan::targetIsKeptInsideTheBand()
{
    const QHash<QString, qint64> ram = {{QStringLiteral("127.0.0.2:3306"), 10 * Gib}};
    const CapacityPlan high = CapacityPlan::compute(twoBucketTopology(), ram, 95);
    QCOMPARE(high.capacityMbByShard().value(2), 8192.0); // 80 % of 10,240 MB
    const CapacityPlan low = CapacityPlan::compute(twoBucketTopology(), ram, 10);
    QCOMPARE(low.capacityMbByShard().value(2), 6144.0); // 60 %
}

QTEST_GUILESS_MAIN(TestCapacityPlan)
#include "TestCapacityPlan.moc"
