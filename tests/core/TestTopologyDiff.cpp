#include "TopologyFixtures.h"
#include "topology/TopologyDiff.h"

#include <QLocale>
#include <QTest>

#include <functional>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

using Ranges = std::vector<VShardMap::Range>;
using Mutation = std::function<void(Topology &)>;
Q_DECLARE_METATYPE(Ranges)
Q_DECLARE_METATYPE(Mutation)

namespace {

Topology sampleTopology()
{
    return twoBucketTopology();
}

QString ranges(const Ranges &rs)
{
    QStringList parts;
    for (const VShardMap::Range &r : rs)
        parts << QStringLiteral("%1-%2:%3").arg(r.first).arg(r.last).arg(r.headId);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestTopologyDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identicalTopologiesGiveEmptyDiff();
    void reportsAddedRemovedAndChangedShardsById();
    void settingsChangeAloneIsNotEmpty();
    void rangeDiffIsSetDifference_data();
    void rangeDiffIsSetDifference();
    void describeNamesAddedAndRemovedShards();
    void describeListsOnlyChangedFields_data();
    void describeListsOnlyChangedFields();
    void describeListsChangedSettings();
    void describeCountsReassignedVShards();
    void millionVShardDiffIsCompact();
};

void TestTopologyDiff::initTestCase()
{
    // describe() formats numbers for the user's locale; pin it so the expected lines are stable.
    QLocale::setDefault(QLocale::c());
}

void TestTopologyDiff::identicalTopologiesGiveEmptyDiff()
{
    const TopologyDiff diff = TopologyDiff::between(sampleTopology(), sampleTopology());
    QVERIFY(diff.isEmpty());
    QVERIFY(diff.describe().isEmpty());
    QCOMPARE(diff.changedVShards, 0);
}

void TestTopologyDiff::reportsAddedRemovedAndChangedShardsById()
{
    const Topology before = sampleTopology();
    Topology after = before;
    after.shards.removeAt(2); // 3 removed
    after.shards[0].capacityMb = 250; // 1 changed
    std::swap(after.shards[0], after.shards[1]); // order alone is no change
    after.shards.append(makeShard(7, 0, QStringLiteral("127.0.0.3"), QStringLiteral("shard_7")));

    const TopologyDiff diff = TopologyDiff::between(before, after);
    QVERIFY(!diff.isEmpty());
    QVERIFY(!diff.settingsChanged);
    QCOMPARE(diff.addedShards.size(), 1);
    QCOMPARE(diff.addedShards.first().id, 7);
    QCOMPARE(diff.removedShards.size(), 1);
    QCOMPARE(diff.removedShards.first().id, 3);
    QCOMPARE(diff.changedShards.size(), 1);
    QCOMPARE(diff.changedShards.first().capacityMb, 250.0);
    QCOMPARE(diff.changedShardsBefore.first().capacityMb, 100.0);
    QCOMPARE(diff.changedVShards, 0);
}

void TestTopologyDiff::settingsChangeAloneIsNotEmpty()
{
    Topology after = sampleTopology();
    after.settings.schemaVersion = 2;
    const TopologyDiff diff = TopologyDiff::between(sampleTopology(), after);
    QVERIFY(diff.settingsChanged);
    QVERIFY(!diff.isEmpty());
}

void TestTopologyDiff::rangeDiffIsSetDifference_data()
{
    QTest::addColumn<int>("beforeCount");
    QTest::addColumn<Ranges>("before");
    QTest::addColumn<int>("afterCount");
    QTest::addColumn<Ranges>("after");
    QTest::addColumn<Ranges>("removed");
    QTest::addColumn<Ranges>("added");
    QTest::addColumn<int>("changed");

    QTest::newRow("identical") << 8 << Ranges{{0, 3, 1}, {4, 7, 2}} << 8 << Ranges{{0, 3, 1}, {4, 7, 2}} << Ranges{}
                               << Ranges{} << 0;
    QTest::newRow("boundary moves") << 8 << Ranges{{0, 3, 1}, {4, 7, 2}} << 8 << Ranges{{0, 1, 1}, {2, 7, 2}}
                                    << Ranges{{0, 3, 1}, {4, 7, 2}} << Ranges{{0, 1, 1}, {2, 7, 2}} << 2;
    QTest::newRow("middle block reassigned")
        << 8 << Ranges{{0, 3, 1}, {4, 5, 2}, {6, 7, 3}} << 8 << Ranges{{0, 3, 1}, {4, 5, 4}, {6, 7, 3}}
        << Ranges{{4, 5, 2}} << Ranges{{4, 5, 4}} << 2;
    QTest::newRow("unmapped become mapped")
        << 8 << Ranges{} << 8 << Ranges{{0, 7, 1}} << Ranges{{0, 7, 0}} << Ranges{{0, 7, 1}} << 8;
    QTest::newRow("map grows") << 4 << Ranges{{0, 3, 1}} << 8 << Ranges{{0, 3, 1}, {4, 7, 2}} << Ranges{}
                               << Ranges{{4, 7, 2}} << 4;
    QTest::newRow("map shrinks") << 8 << Ranges{{0, 3, 1}, {4, 7, 2}} << 4 << Ranges{{0, 3, 1}} << Ranges{{4, 7, 2}}
                                 << Ranges{} << 4;
    QTest::newRow("split into many") << 6 << Ranges{{0, 5, 1}} << 6 << Ranges{{0, 1, 1}, {2, 2, 2}, {3, 5, 1}}
                                     << Ranges{{0, 5, 1}} << Ranges{{0, 1, 1}, {2, 2, 2}, {3, 5, 1}} << 1;
}

void TestTopologyDiff::rangeDiffIsSetDifference()
{
    QFETCH(int, beforeCount);
    QFETCH(Ranges, before);
    QFETCH(int, afterCount);
    QFETCH(Ranges, after);
    QFETCH(Ranges, removed);
    QFETCH(Ranges, added);
    QFETCH(int, changed);

    Topology a = sampleTopology();
    a.vshards = VShardMap::fromRanges(beforeCount, before);
    Topology b = sampleTopology();
    b.vshards = VShardMap::fromRanges(afterCount, after);
    const TopologyDiff diff = TopologyDiff::between(a, b);
    QCOMPARE(ranges(diff.removedRanges), ranges(removed));
    QCOMPARE(ranges(diff.addedRanges), ranges(added));
    QCOMPARE(diff.changedVShards, changed);
    QCOMPARE(diff.isEmpty(), changed == 0);
}

void TestTopologyDiff::describeNamesAddedAndRemovedShards()
{
    const Topology before = sampleTopology();
    Topology after = before;
    after.shards.removeAt(2);
    after.shards.append(makeShard(7, 0, QStringLiteral("127.0.0.2"), QStringLiteral("shard_3")));
    after.shards.append(makeShard(8, 7, QStringLiteral("fd00::2"), QStringLiteral("shard_8")));
    const QStringList expected{QStringLiteral("Add shard 7: 127.0.0.2:3306/shard_3"),
                               QStringLiteral("Add shard 8: [fd00::2]:3306/shard_8, overflow of shard 7"),
                               QStringLiteral("Remove shard 3: 127.0.0.1:3306/shard_3, overflow of shard 1")};
    QCOMPARE(TopologyDiff::between(before, after).describe(), expected);
}

void TestTopologyDiff::describeListsOnlyChangedFields_data()
{
    QTest::addColumn<Mutation>("mutateBefore");
    QTest::addColumn<Mutation>("mutateAfter");
    QTest::addColumn<QString>("line");

    const Mutation none = [](Topology &) {};
    QTest::newRow("capacity and full") << Mutation([](Topology &t) { t.shards[1].full = true; })
                                       << Mutation([](Topology &t) { t.shards[1].capacityMb = 200; })
                                       << QStringLiteral("Change shard 2: capacity 100 MB → 200 MB, full yes → no");
    QTest::newRow("fractional size") << none << Mutation([](Topology &t) { t.shards[0].currentMb = 12.5; })
                                     << QStringLiteral("Change shard 1: current size 0 MB → 12.5 MB");
    QTest::newRow("becomes a head") << none << Mutation([](Topology &t) { t.shards[2].parentId = 0; })
                                    << QStringLiteral("Change shard 3: parent 1 → none");
    QTest::newRow("moves server") << none << Mutation([](Topology &t) {
        t.shards[1].host = QStringLiteral("10.0.0.2");
        t.shards[1].port = 3307;
    }) << QStringLiteral("Change shard 2: host 127.0.0.2 → 10.0.0.2, port 3306 → 3307");
    QTest::newRow("credentials and init")
        << none << Mutation([](Topology &t) {
               t.shards[2].user = QStringLiteral("admin");
               t.shards[2].credentialRef = QStringLiteral("vault-3");
               t.shards[2].initialized = true;
           })
        << QStringLiteral(
               "Change shard 3: user app → admin, credential reference shard-3 → vault-3, initialized no → yes");
}

void TestTopologyDiff::describeListsOnlyChangedFields()
{
    QFETCH(Mutation, mutateBefore);
    QFETCH(Mutation, mutateAfter);
    QFETCH(QString, line);
    Topology before = sampleTopology();
    mutateBefore(before);
    Topology after = sampleTopology();
    mutateAfter(after);
    QCOMPARE(TopologyDiff::between(before, after).describe(), QStringList{line});
}

void TestTopologyDiff::describeListsChangedSettings()
{
    Topology after = sampleTopology();
    after.settings.name = QStringLiteral("prod");
    after.settings.keyColumn = QStringLiteral("email");
    after.settings.keyNormalization = ClusterSettings::KeyNormalization::Lowercase;
    QCOMPARE(TopologyDiff::between(sampleTopology(), after).describe(),
             QStringList{QStringLiteral("Change cluster settings: name cluster → prod, key normalization none → "
                                        "lowercase, key column userid → email")});
}

void TestTopologyDiff::describeCountsReassignedVShards()
{
    Topology before = sampleTopology();
    before.settings.vshardCount = 1024;
    before.vshards = VShardMap(1024, 1);
    Topology after = before;
    after.vshards.assignRange(512, 1023, 2);
    const QStringList lines = TopologyDiff::between(before, after).describe();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Reassign 512 vshard")), qPrintable(lines.first()));
}

void TestTopologyDiff::millionVShardDiffIsCompact()
{
    constexpr int N = 1'000'000;
    Topology before = sampleTopology();
    before.settings.vshardCount = N;
    before.vshards = VShardMap(N);
    before.vshards.spreadEvenly({1, 2});
    Topology after = before;
    after.vshards.assignRange(1000, 1999, 2);
    const TopologyDiff diff = TopologyDiff::between(before, after);
    QCOMPARE(diff.changedVShards, 1000);
    QCOMPARE(ranges(diff.removedRanges), QStringLiteral("0-499999:1"));
    QCOMPARE(ranges(diff.addedRanges), QStringLiteral("0-999:1 1000-1999:2 2000-499999:1"));
}

QTEST_GUILESS_MAIN(TestTopologyDiff)
#include "TestTopologyDiff.moc"
