#include "rebalance/MovePlan.h"
#include "rebalance/ShardedTables.h"

#include <QtTest>

using namespace ShardDesk;

namespace {

// Heads 1, 2, 3 (capacity 100 MB each) and overflow 4 of head 1 (capacity 50 MB); 12 vshards:
// 0..7 on head 1, 8..11 on head 2, none on head 3.
Topology threeBuckets()
{
    Topology t;
    t.settings.vshardCount = 12;
    for (int id : {1, 2, 3, 4}) {
        Shard s;
        s.id = id;
        s.parentId = id == 4 ? 1 : 0;
        s.host = QStringLiteral("127.0.0.%1").arg(id);
        s.database = QStringLiteral("s%1").arg(id);
        s.user = QStringLiteral("app");
        s.capacityMb = id == 4 ? 50 : 100;
        t.shards << s;
    }
    t.vshards = VShardMap(12, 1);
    t.vshards.assignRange(8, 11, 2);
    return t;
}

// vshard v weighs v + 1 MB.
VShardSizes rising()
{
    VShardSizes sizes;
    for (int v = 0; v < 12; ++v)
        sizes.insert(v, {.rows = v + 1, .mb = v + 1.0});
    return sizes;
}

const MovePlan::BucketLoad *loadOf(const QList<MovePlan::BucketLoad> &loads, int head)
{
    for (const MovePlan::BucketLoad &load : loads) {
        if (load.headId == head)
            return &load;
    }
    return nullptr;
}

} // namespace

// MovePlan's rules and projections (issue 6), and the parents-first order of sharded tables.
class TestMovePlan : public QObject
{
    Q_OBJECT

private slots:
    void selectionLeavesOutVShardsAlreadyThere();
    void selectionRefusesUnknownVShardAndNonHeadTarget_data();
    void selectionRefusesUnknownVShardAndNonHeadTarget();
    void splitMovesTheUpperHalf();
    void largestOffTakesTheLargestToTheSmallestBuckets();
    void evenBySizeNarrowsTheGap();
    void evenBySizeOfABalancedClusterIsEmpty();
    void projectionShowsSizesBeforeAndAfterAgainstCapacity();
    void tablesAreOrderedParentsFirst_data();
    void tablesAreOrderedParentsFirst();
    void foreignKeyCycleIsRefused();
};

void TestMovePlan::selectionLeavesOutVShardsAlreadyThere()
{
    const auto plan = MovePlan::fromSelection(threeBuckets(), {7, 8, 9}, 2);
    QVERIFY(plan.ok());
    QCOMPARE(plan->moves(), (QList<MovePlan::Move> {{7, 1, 2}}));
}

void TestMovePlan::selectionRefusesUnknownVShardAndNonHeadTarget_data()
{
    QTest::addColumn<QList<int>>("vshards");
    QTest::addColumn<int>("target");
    QTest::newRow("vshard past the end") << QList<int> {12} << 2;
    QTest::newRow("negative vshard") << QList<int> {-1} << 2;
    QTest::newRow("overflow shard as target") << QList<int> {1} << 4;
    QTest::newRow("unknown target") << QList<int> {1} << 9;
}

void TestMovePlan::selectionRefusesUnknownVShardAndNonHeadTarget()
{
    QFETCH(QList<int>, vshards);
    QFETCH(int, target);
    const auto plan = MovePlan::fromSelection(threeBuckets(), vshards, target);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, Error::Kind::Validation);
}

void TestMovePlan::splitMovesTheUpperHalf()
{
    const auto plan = MovePlan::split(threeBuckets(), 1, 3);
    QVERIFY(plan.ok());
    QCOMPARE(plan->vshards(), (QList<int> {4, 5, 6, 7}));
    for (const MovePlan::Move &m : plan->moves()) {
        QCOMPARE(m.sourceHead, 1);
        QCOMPARE(m.targetHead, 3);
    }
    QVERIFY(!MovePlan::split(threeBuckets(), 1, 1).ok());
}

void TestMovePlan::largestOffTakesTheLargestToTheSmallestBuckets()
{
    // Head 1 holds 1+..+8 = 36 MB, head 2 9+..+12 = 42 MB, head 3 nothing.
    const auto plan = MovePlan::largestOff(threeBuckets(), rising(), 1, 2);
    QVERIFY(plan.ok());
    // vshard 7 (8 MB) goes to the empty head 3; then head 3 (8) is still smaller than head 2 (42).
    QCOMPARE(plan->moves(), (QList<MovePlan::Move> {{7, 1, 3}, {6, 1, 3}}));
}

void TestMovePlan::evenBySizeNarrowsTheGap()
{
    const Topology topology = threeBuckets();
    const auto plan = MovePlan::evenBySize(topology, rising());
    QVERIFY(plan.ok());
    QVERIFY(!plan->isEmpty());
    const auto loads = plan->projectedLoad(topology, rising());
    double smallest = 1e9, largest = 0;
    for (const MovePlan::BucketLoad &load : loads) {
        smallest = std::min(smallest, load.mbAfter);
        largest = std::max(largest, load.mbAfter);
    }
    // 78 MB over three buckets: before, the gap was 42 MB; after, no more than the largest vshard moved.
    QVERIFY2(largest - smallest <= 12, qPrintable(QStringLiteral("gap %1").arg(largest - smallest)));
    QCOMPARE(loadOf(loads, 1)->mbAfter + loadOf(loads, 2)->mbAfter + loadOf(loads, 3)->mbAfter, 78.0);
}

void TestMovePlan::evenBySizeOfABalancedClusterIsEmpty()
{
    Topology topology = threeBuckets();
    topology.vshards.assignRange(0, 3, 1);
    topology.vshards.assignRange(4, 7, 2);
    topology.vshards.assignRange(8, 11, 3);
    VShardSizes same;
    for (int v = 0; v < 12; ++v)
        same.insert(v, {.rows = 5, .mb = 5});
    const auto plan = MovePlan::evenBySize(topology, same);
    QVERIFY(plan.ok());
    QVERIFY(plan->isEmpty());
}

void TestMovePlan::projectionShowsSizesBeforeAndAfterAgainstCapacity()
{
    const Topology topology = threeBuckets();
    const auto plan = MovePlan::fromSelection(topology, {8, 9, 10, 11}, 1);
    QVERIFY(plan.ok());
    const auto loads = plan->projectedLoad(topology, rising());
    QCOMPARE(loads.size(), 3);
    const auto *one = loadOf(loads, 1);
    QVERIFY(one);
    QCOMPARE(one->vshardsBefore, 8);
    QCOMPARE(one->vshardsAfter, 12);
    QCOMPARE(one->mbBefore, 36.0);
    QCOMPARE(one->mbAfter, 78.0);
    QCOMPARE(one->capacityMb, 150.0); // head and its overflow shard
    QVERIFY(!one->overCapacity());
    QCOMPARE(loadOf(loads, 2)->mbAfter, 0.0);
    QCOMPARE(plan->applied(topology).vshards.headOf(9), 1);

    VShardSizes heavy = rising();
    heavy.insert(8, {.rows = 200, .mb = 200});
    QVERIFY(loadOf(plan->projectedLoad(topology, heavy), 1)->overCapacity());
}

void TestMovePlan::tablesAreOrderedParentsFirst_data()
{
    using Links = QList<QPair<QString, QString>>;
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<Links>("links");
    QTest::addColumn<QStringList>("expected");
    const QString user = QStringLiteral("user"), comment = QStringLiteral("user_comment"),
                  like = QStringLiteral("comment_like");
    QTest::newRow("no links keep their order")
        << QStringList {comment, user} << Links {} << QStringList {comment, user};
    QTest::newRow("child listed first") << QStringList {comment, user} << Links {{comment, user}}
                                        << QStringList {user, comment};
    QTest::newRow("grandchild") << QStringList {like, comment, user} << Links {{like, comment}, {comment, user}}
                                << QStringList {user, comment, like};
    QTest::newRow("self reference ignored") << QStringList {user} << Links {{user, user}} << QStringList {user};
    QTest::newRow("link to an unsharded table ignored")
        << QStringList {comment} << Links {{comment, QStringLiteral("country")}} << QStringList {comment};
}

void TestMovePlan::tablesAreOrderedParentsFirst()
{
    using Links = QList<QPair<QString, QString>>;
    QFETCH(QStringList, tables);
    QFETCH(Links, links);
    QFETCH(QStringList, expected);
    const auto ordered = ShardedTables::parentsFirst(tables, links);
    QVERIFY(ordered.ok());
    QCOMPARE(*ordered, expected);
}

void TestMovePlan::foreignKeyCycleIsRefused()
{
    const QString a = QStringLiteral("a"), b = QStringLiteral("b");
    const auto ordered = ShardedTables::parentsFirst({a, b}, {{a, b}, {b, a}});
    QVERIFY(!ordered.ok());
    QCOMPARE(ordered.error().kind, Error::Kind::Validation);
}

QTEST_GUILESS_MAIN(TestMovePlan)
#include "TestMovePlan.moc"
