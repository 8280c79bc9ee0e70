#include "routing/Router.h"

#include <QtTest>

using namespace ShardDesk;

namespace {

// One head (1) on 127.0.0.1 with all 1024 vshards, and an empty head (2).
std::shared_ptr<Topology> oneBucket()
{
    auto t = std::make_shared<Topology>();
    t->settings.vshardCount = 1024;
    for (int id : {1, 2}) {
        Shard s;
        s.id = id;
        s.host = QStringLiteral("127.0.0.%1").arg(id);
        s.database = QStringLiteral("s%1").arg(id);
        s.user = QStringLiteral("app");
        t->shards << s;
    }
    t->vshards = VShardMap(1024, 1);
    return t;
}

} // namespace

// The freeze of a vshard being moved (issue 6): writers see it at once and keep seeing it across a new
// topology, and the mover can tell when no writer still routes on the state from before.
class TestRouterFreeze : public QObject
{
    Q_OBJECT

private slots:
    void frozenVShardRoutesCarryTheMark();
    void freezeSurvivesANewTopologyAndAFullFlag();
    void unfreezeLiftsTheMark();
    void preFreezeHandleExpiresOnlyWhenOldSnapshotsAreReleased();
};

void TestRouterFreeze::frozenVShardRoutesCarryTheMark()
{
    Router router(oneBucket());
    const int v = router.route(QStringLiteral("a@b.com")).vshard; // 407
    router.setFrozen(v, true);
    const Route frozen = router.route(QStringLiteral("a@b.com"));
    QVERIFY(frozen.frozen);
    QCOMPARE(frozen.headId, 1); // reads still know where the rows are
    QVERIFY(!router.route(QStringLiteral("alice@example.com")).frozen);
    QCOMPARE(router.frozenVShards(), QSet<int> {v});
}

void TestRouterFreeze::freezeSurvivesANewTopologyAndAFullFlag()
{
    Router router(oneBucket());
    router.setFrozen(407, true);
    auto moved = oneBucket();
    moved->vshards.assign(407, 2);
    router.setTopology(moved);
    QVERIFY(router.table()->routeVShard(407).frozen);
    QCOMPARE(router.table()->routeVShard(407).headId, 2);
    QVERIFY(router.setShardFull(2, true));
    QVERIFY(router.table()->routeVShard(407).frozen);
}

void TestRouterFreeze::unfreezeLiftsTheMark()
{
    Router router(oneBucket());
    router.setFrozen(407, true);
    router.setFrozen(408, true);
    router.setFrozen(407, false);
    QVERIFY(!router.table()->routeVShard(407).frozen);
    QVERIFY(router.table()->routeVShard(408).frozen);
}

void TestRouterFreeze::preFreezeHandleExpiresOnlyWhenOldSnapshotsAreReleased()
{
    Router router(oneBucket());
    // A writer that took the routing before the freeze and is still writing with it.
    std::shared_ptr<const RoutingTable> inFlight = router.table();
    QVERIFY(router.setShardFull(2, true)); // an unrelated change keeps the epoch
    std::shared_ptr<const RoutingTable> alsoBefore = router.table();
    const std::weak_ptr<const int> before = router.setFrozen(407, true);
    QVERIFY(!before.expired());
    inFlight.reset();
    QVERIFY(!before.expired()); // a second pre-freeze snapshot is still out there
    alsoBefore.reset();
    QVERIFY(before.expired());
    // Snapshots taken after the freeze do not hold the old epoch.
    const auto after = router.table();
    QVERIFY(after->isFrozen(407));
}

QTEST_GUILESS_MAIN(TestRouterFreeze)
#include "TestRouterFreeze.moc"
