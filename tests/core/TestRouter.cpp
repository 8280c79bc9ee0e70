#include "routing/KeyHash.h"
#include "routing/Router.h"

#include <QtConcurrent>
#include <QtTest>

using namespace ShardDesk;

namespace {

Shard makeShard(int id, int parentId, const QString &host, const QString &database)
{
    Shard s;
    s.id = id;
    s.parentId = parentId;
    s.host = host;
    s.database = database;
    s.user = QStringLiteral("app");
    s.capacityMb = 100;
    return s;
}

// Two buckets: head 1 with overflow 3 -> 5 on 127.0.0.1, head 2 alone on 127.0.0.2; 1024 vshards,
// the first half on 1, the second on 2.
std::shared_ptr<Topology> twoBuckets()
{
    auto t = std::make_shared<Topology>();
    t->settings.vshardCount = 1024;
    t->shards = {makeShard(1, 0, QStringLiteral("127.0.0.1"), QStringLiteral("s1")),
                 makeShard(2, 0, QStringLiteral("127.0.0.2"), QStringLiteral("s2")),
                 makeShard(3, 1, QStringLiteral("127.0.0.1"), QStringLiteral("s1b")),
                 makeShard(5, 3, QStringLiteral("127.0.0.1"), QStringLiteral("s1c"))};
    t->vshards = VShardMap(1024);
    t->vshards.spreadEvenly({1, 2});
    return t;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void routesKeyThroughHashVShardAndMap();
    void writesGoToFirstShardThatIsNotFull();
    void everyShardFullWritesToLastAndSaysSo();
    void readsVisitBucketInChainOrder();
    void lowercaseClusterRoutesCaseVariantsTogether();
    void setShardFullSwapsTableWithoutTouchingOldSnapshot();
    void concurrentFullFlagChangesAreNotLost();
    void emptyTopologyRoutesNowhere();
};

void TestRouter::routesKeyThroughHashVShardAndMap()
{
    Router router(twoBuckets());
    const Route r = router.route(QStringLiteral("a@b.com")); // crc32 0x871d7197 -> vshard 407
    QCOMPARE(r.crc32, 0x871d7197u);
    QCOMPARE(r.vshard, 407);
    QCOMPARE(r.headId, 1);
    QCOMPARE(r.writeShardId, 1);
    QVERIFY(!r.bucketFull);

    const Route alice = router.route(QStringLiteral("alice@example.com")); // vshard 553
    QCOMPARE(alice.vshard, 553);
    QCOMPARE(alice.headId, 2);
}

void TestRouter::writesGoToFirstShardThatIsNotFull()
{
    auto t = twoBuckets();
    t->shard(1)->full = true;
    Router router(t);
    QCOMPARE(router.route(QStringLiteral("a@b.com")).writeShardId, 3);

    t->shard(3)->full = true;
    router.setTopology(t);
    QCOMPARE(router.route(QStringLiteral("a@b.com")).writeShardId, 5);
    QCOMPARE(router.route(QStringLiteral("alice@example.com")).writeShardId, 2);
}

void TestRouter::everyShardFullWritesToLastAndSaysSo()
{
    auto t = twoBuckets();
    for (int id : {1, 3, 5})
        t->shard(id)->full = true;
    Router router(t);
    const Route r = router.route(QStringLiteral("a@b.com"));
    QCOMPARE(r.writeShardId, 5);
    QVERIFY(r.bucketFull);
}

void TestRouter::readsVisitBucketInChainOrder()
{
    Router router(twoBuckets());
    const auto table = router.table();
    QCOMPARE(table->bucket(1), QList<int>({1, 3, 5}));
    QCOMPARE(table->bucket(2), QList<int>({2}));
    QVERIFY(table->bucket(3).isEmpty()); // not a head
}

void TestRouter::lowercaseClusterRoutesCaseVariantsTogether()
{
    auto t = twoBuckets();
    t->settings.keyNormalization = ClusterSettings::KeyNormalization::Lowercase;
    Router router(t);
    QCOMPARE(router.route(QStringLiteral("A@B.COM")).vshard, 407);

    Router exact(twoBuckets());
    QVERIFY(exact.route(QStringLiteral("A@B.COM")).vshard != 407);
}

void TestRouter::setShardFullSwapsTableWithoutTouchingOldSnapshot()
{
    Router router(twoBuckets());
    const auto before = router.table();
    QVERIFY(router.setShardFull(1, true));
    QCOMPARE(router.route(QStringLiteral("a@b.com")).writeShardId, 3);
    QCOMPARE(before->route(QStringLiteral("a@b.com")).writeShardId, 1); // a held snapshot is immutable
    QVERIFY(router.topology()->shard(1)->full);
    QVERIFY(!router.setShardFull(42, true));
    QVERIFY(router.setShardFull(1, false));
    QCOMPARE(router.route(QStringLiteral("a@b.com")).writeShardId, 1);
}

void TestRouter::concurrentFullFlagChangesAreNotLost()
{
    // Many shards, each flagged full from its own task: every flag must survive the copy-on-write.
    auto t = std::make_shared<Topology>();
    t->settings.vshardCount = 64;
    QList<int> heads;
    for (int id = 1; id <= 64; ++id) {
        t->shards.append(makeShard(id, 0, QStringLiteral("127.0.0.1"), QStringLiteral("s%1").arg(id)));
        heads.append(id);
    }
    t->vshards = VShardMap(64);
    t->vshards.spreadEvenly(heads);
    Router router(t);
    QtConcurrent::blockingMap(heads, [&router](int id) { router.setShardFull(id, true); });
    for (int id : heads)
        QVERIFY2(router.topology()->shard(id)->full, qPrintable(QString::number(id)));
}

void TestRouter::emptyTopologyRoutesNowhere()
{
    Router router;
    const Route r = router.route(QStringLiteral("a@b.com"));
    QCOMPARE(r.vshard, -1);
    QCOMPARE(r.writeShardId, 0);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
