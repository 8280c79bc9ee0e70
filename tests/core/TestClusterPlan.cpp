#include "provision/ClusterPlan.h"

#include <QtTest>

using namespace ShardDesk;

// The plan of a test cluster: names, validation, and the topology it produces.
class TestClusterPlan : public QObject
{
    Q_OBJECT

private slots:
    void namesDatabasesFromPatternInServerOrder();
    void refusesBadPlans_data();
    void refusesBadPlans();
    void warnsWhenVShardsAreNotAPowerOfTwo();
    void bucketPerServerChainsShardsOfOneServer();
    void allHeadsMakesEveryShardABucket();
    void defaultSchemaHasTheOriginalTables();
    void recommendsHalfTheRamSharedByShards();
    void everyShardGetsItsOwnIdRange();

private:
    static ClusterPlan threeServers();
};

// Ids stay unique across the cluster, so vshards can move with their ids.
void TestClusterPlan::everyShardGetsItsOwnIdRange()
{
    ClusterPlan plan = threeServers();
    QCOMPARE(plan.idRangeStatements(1), (QStringList{QStringLiteral("ALTER TABLE `user` AUTO_INCREMENT = 1"),
                                                     QStringLiteral("ALTER TABLE `user_comment` AUTO_INCREMENT = 1")}));
    QCOMPARE(plan.idRangeStatements(4).constFirst(),
             QStringLiteral("ALTER TABLE `user` AUTO_INCREMENT = %1").arg(3 * ClusterPlan::IdRange + 1));
    // An edited schema with INT ids (too small for the ranges) or without AUTO_INCREMENT gets none.
    plan.schema = {QStringLiteral("CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT)"),
                   QStringLiteral("CREATE TABLE u (id BIGINT NOT NULL PRIMARY KEY, VIRTUAL_SHARD INT)")};
    QVERIFY(plan.idRangeStatements(2).isEmpty());
}

ClusterPlan TestClusterPlan::threeServers()
{
    ClusterPlan plan;
    for (int i = 1; i <= 3; ++i)
        plan.servers.append(*ServerAddress::parse(QStringLiteral("127.0.0.%1").arg(i)));
    plan.user = QStringLiteral("app");
    return plan;
}

void TestClusterPlan::namesDatabasesFromPatternInServerOrder()
{
    ClusterPlan plan = threeServers();
    QCOMPARE(plan.databasesOf(0), (QStringList{QStringLiteral("shard_1"), QStringLiteral("shard_2"),
                                               QStringLiteral("shard_3"), QStringLiteral("shard_4")}));
    plan.databasePattern = QStringLiteral("lt%1x");
    QCOMPARE(plan.databasesOf(2).constFirst(), QStringLiteral("lt9x"));
    QVERIFY(plan.problems().isEmpty());
}

void TestClusterPlan::refusesBadPlans_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pattern without %1") << QStringLiteral("pattern") << QStringLiteral("shard") << QStringLiteral("must contain %1");
    QTest::newRow("pattern upper case") << QStringLiteral("pattern") << QStringLiteral("Shard_%1") << QStringLiteral("is not allowed");
    QTest::newRow("pattern injection") << QStringLiteral("pattern") << QStringLiteral("x`; DROP DATABASE y; -- %1")
                                       << QStringLiteral("is not allowed");
    QTest::newRow("too few vshards") << QStringLiteral("vshards") << QStringLiteral("8") << QStringLiteral("from 48 (4 per bucket head)");
    QTest::newRow("no shards") << QStringLiteral("shards") << QStringLiteral("0") << QStringLiteral("Shards per server must be");
    QTest::newRow("no user") << QStringLiteral("user") << QString() << QStringLiteral("Give the user");
    QTest::newRow("zero capacity") << QStringLiteral("capacity") << QStringLiteral("0") << QStringLiteral("more than 0 MB");
}

void TestClusterPlan::refusesBadPlans()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    ClusterPlan plan = threeServers();
    plan.chaining = ClusterPlan::Chaining::AllHeads; // 12 heads: at least 48 vshards
    if (field == QLatin1String("pattern"))
        plan.databasePattern = value;
    else if (field == QLatin1String("vshards"))
        plan.vshardCount = value.toInt();
    else if (field == QLatin1String("shards"))
        plan.shardsPerServer = value.toInt();
    else if (field == QLatin1String("user"))
        plan.user = value;
    else if (field == QLatin1String("capacity"))
        plan.capacityMbPerShard = value.toDouble();
    const QString problems = plan.problems().join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(expected), qPrintable(problems));
    QVERIFY(!plan.topology().ok());
}

void TestClusterPlan::warnsWhenVShardsAreNotAPowerOfTwo()
{
    ClusterPlan plan = threeServers();
    QVERIFY(plan.warnings().isEmpty());
    plan.vshardCount = 1000;
    QVERIFY(plan.problems().isEmpty());
    QCOMPARE(plan.warnings().size(), 1);
}

void TestClusterPlan::bucketPerServerChainsShardsOfOneServer()
{
    const ClusterPlan plan = threeServers();
    auto topology = plan.topology();
    QVERIFY2(topology.ok(), qPrintable(topology.error().message));
    QCOMPARE(topology->shards.size(), 12);
    QCOMPARE(topology->headIds(), (QList<int>{1, 5, 9}));
    QCOMPARE(topology->bucket(5), (QList<int>{5, 6, 7, 8}));
    QCOMPARE(topology->shard(6)->host, QStringLiteral("127.0.0.2"));
    QCOMPARE(topology->shard(6)->credentialRef, QStringLiteral("app@127.0.0.2:3306"));
    QCOMPARE(topology->vshards.unmappedCount(), 0);
    QVERIFY(topology->isValid());
}

void TestClusterPlan::allHeadsMakesEveryShardABucket()
{
    ClusterPlan plan = threeServers();
    plan.chaining = ClusterPlan::Chaining::AllHeads;
    auto topology = plan.topology();
    QVERIFY(topology.ok());
    QCOMPARE(topology->headIds().size(), 12);
    const QHash<int, int> perHead = topology->vshards.countPerHead();
    for (int count : perHead)
        QVERIFY(count == 85 || count == 86); // 1024 / 12
}

void TestClusterPlan::defaultSchemaHasTheOriginalTables()
{
    const QStringList schema = ClusterPlan::defaultSchema(QStringLiteral("email"));
    QCOMPARE(schema.size(), 2);
    QVERIFY(schema[0].contains(QStringLiteral("`email` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")));
    QVERIFY(schema[0].contains(QStringLiteral("`VIRTUAL_SHARD` INT NOT NULL")));
    QVERIFY(schema[1].contains(QStringLiteral("FULLTEXT KEY")));
    QVERIFY(schema[1].contains(QStringLiteral("FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)")));
}

void TestClusterPlan::recommendsHalfTheRamSharedByShards()
{
    QCOMPARE(ClusterPlan::recommendedCapacityMb(8LL * 1024 * 1024 * 1024, 4), 1024.0);
    QCOMPARE(ClusterPlan::recommendedCapacityMb(0, 4), 0.0);
}

QTEST_GUILESS_MAIN(TestClusterPlan)
#include "TestClusterPlan.moc"
