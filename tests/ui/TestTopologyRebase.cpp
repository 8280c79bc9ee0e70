#include "TopologyFixtures.h"
#include "editor/TopologyRebase.h"

#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// Reload and reapply: the user's edits (base -> edited) replayed on what the store holds now (fresh).
class TestTopologyRebase : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheirChangesAndAddsOurs();
    void replaysRemovedAndAddedShards();
    void replaysOnlyTheVShardsWeRemapped();
    void refusesWhenVShardCountChanged();
    void refusesShardIdAddedOnBothSides();
};

void TestTopologyRebase::keepsTheirChangesAndAddsOurs()
{
    const Topology base = twoBucketTopology(16);
    Topology edited = base;
    edited.shard(2)->capacityMb = 300;
    Topology fresh = base;
    fresh.shard(1)->user = QStringLiteral("ops");
    fresh.version = 7;

    const auto rebased = TopologyRebase::replay(base, edited, fresh);
    QVERIFY(rebased);
    QCOMPARE(rebased->shard(1)->user, QStringLiteral("ops"));
    QCOMPARE(rebased->shard(2)->capacityMb, 300.0);
    QCOMPARE(rebased->version, qint64(7)); // applied against their version next
}

void TestTopologyRebase::replaysRemovedAndAddedShards()
{
    const Topology base = twoBucketTopology(16);
    Topology edited = base;
    edited.shards.removeAt(edited.indexOfShard(3));
    edited.shards.append(makeShard(9, 0, QStringLiteral("127.0.0.3"), QStringLiteral("shard_9")));
    Topology fresh = base;
    fresh.shards.append(makeShard(4, 0, QStringLiteral("127.0.0.4"), QStringLiteral("shard_4")));

    const auto rebased = TopologyRebase::replay(base, edited, fresh);
    QVERIFY(rebased);
    QVERIFY(!rebased->shard(3));
    QVERIFY(rebased->shard(4));
    QVERIFY(rebased->shard(9));
}

void TestTopologyRebase::replaysOnlyTheVShardsWeRemapped()
{
    const Topology base = twoBucketTopology(16); // 0..7 -> 1, 8..15 -> 2
    Topology edited = base;
    edited.vshards.assign(0, 2);
    Topology fresh = base;
    fresh.vshards.assign(15, 1);

    const auto rebased = TopologyRebase::replay(base, edited, fresh);
    QVERIFY(rebased);
    QCOMPARE(rebased->vshards.headOf(0), 2);  // ours
    QCOMPARE(rebased->vshards.headOf(15), 1); // theirs
    QCOMPARE(rebased->vshards.headOf(8), 2);  // nobody's change
}

void TestTopologyRebase::refusesWhenVShardCountChanged()
{
    const Topology base = twoBucketTopology(16);
    Topology fresh = twoBucketTopology(32);
    const auto rebased = TopologyRebase::replay(base, base, fresh);
    QVERIFY(!rebased);
    QCOMPARE(rebased.error().kind, Error::Kind::Conflict);
}

void TestTopologyRebase::refusesShardIdAddedOnBothSides()
{
    const Topology base = twoBucketTopology(16);
    Topology edited = base;
    edited.shards.append(makeShard(4, 0, QStringLiteral("127.0.0.3"), QStringLiteral("ours")));
    Topology fresh = base;
    fresh.shards.append(makeShard(4, 0, QStringLiteral("127.0.0.4"), QStringLiteral("theirs")));
    const auto rebased = TopologyRebase::replay(base, edited, fresh);
    QVERIFY(!rebased);
    QVERIFY(rebased.error().message.contains(QStringLiteral("Shard 4")));
}

QTEST_GUILESS_MAIN(TestTopologyRebase)
#include "TestTopologyRebase.moc"
