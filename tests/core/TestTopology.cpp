#include "TopologyFixtures.h"
#include "topology/Topology.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

using Mutation = std::function<void(Topology &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

using Subject = TopologyProblem::Subject;
using Field = TopologyProblem::Field;

Topology sampleTopology()
{
    return twoBucketTopology();
}

QString describe(const TopologyProblems &problems)
{
    QStringList lines;
    for (const TopologyProblem &p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT

private slots:
    void sampleTopologyIsValid();
    void headWithoutVShardsIsValid();
    void validationReportsEachRule_data();
    void validationReportsEachRule();
    void importedDatabaseNamesAreAccepted_data();
    void importedDatabaseNamesAreAccepted();
    void validationReportsEveryProblemAtOnce();
    void millionUnmappedVShardsAreOneProblem();
    void millionVShardValidationIsFast_data();
    void millionVShardValidationIsFast();

    void shardLookupFindsById();
    void nextShardIdIsOneAboveMaximum_data();
    void nextShardIdIsOneAboveMaximum();
    void headIdsKeepShardOrder();
    void bucketFollowsChainFromHead();
    void bucketStopsWhenChainRevisitsAShard();
    void headOfFollowsParents_data();
    void headOfFollowsParents();

    void spreadEvenlyGivesContiguousBlocks_data();
    void spreadEvenlyGivesContiguousBlocks();
    void rangesAreRunsIncludingUnmapped();
    void rangesRoundTripThroughFromRanges();
    void assignRangeClampsToTheMap();
    void countsPerHeadLeaveOutUnmapped();
};

void TestTopology::sampleTopologyIsValid()
{
    const Topology t = sampleTopology();
    QVERIFY2(t.validate().isEmpty(), qPrintable(describe(t.validate())));
    QVERIFY(t.isValid());
}

void TestTopology::headWithoutVShardsIsValid()
{
    Topology t = sampleTopology();
    t.shards.append(makeShard(4, 0, QStringLiteral("127.0.0.3"), QStringLiteral("shard_4")));
    QVERIFY2(t.isValid(), qPrintable(describe(t.validate())));
}

void TestTopology::validationReportsEachRule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("mentions");

    // name, what the problem is about, a text the message must contain, then the change that breaks the rule.
    auto row = [](const char *name, Subject subject, int id, Field field, const char *mentions, const Mutation &m) {
        QTest::newRow(name) << m << int(subject) << id << int(field) << QString::fromUtf8(mentions);
    };
    const QString local = QStringLiteral("127.0.0.1");

    row("id not positive", Subject::Shard, -3, Field::Id, "-3", [](Topology &t) { t.shards[2].id = -3; });
    row("duplicate id", Subject::Shard, 2, Field::Id, "2",
        [](Topology &t) { t.shards.append(makeShard(2, 0, QStringLiteral("127.0.0.2"), QStringLiteral("shard_9"))); });
    row("empty host", Subject::Shard, 2, Field::Host, "Shard 2", [](Topology &t) { t.shards[1].host.clear(); });
    row("port zero", Subject::Shard, 2, Field::Port, "Shard 2: port 0", [](Topology &t) { t.shards[1].port = 0; });
    row("port too large", Subject::Shard, 2, Field::Port, "70000", [](Topology &t) { t.shards[1].port = 70000; });
    row("empty database", Subject::Shard, 2, Field::Database, "Shard 2",
        [](Topology &t) { t.shards[1].database.clear(); });
    row("database with dash", Subject::Shard, 2, Field::Database, "shard-2",
        [](Topology &t) { t.shards[1].database = QStringLiteral("shard-2"); });
    row("database all digits", Subject::Shard, 2, Field::Database, "123",
        [](Topology &t) { t.shards[1].database = QStringLiteral("123"); });
    row("database too long", Subject::Shard, 2, Field::Database, "Shard 2",
        [](Topology &t) { t.shards[1].database = QString(65, QLatin1Char('d')); });
    row("empty user", Subject::Shard, 2, Field::User, "Shard 2", [](Topology &t) { t.shards[1].user.clear(); });
    row("capacity zero", Subject::Shard, 2, Field::Capacity, "Shard 2",
        [](Topology &t) { t.shards[1].capacityMb = 0; });
    row("capacity negative", Subject::Shard, 2, Field::Capacity, "-5",
        [](Topology &t) { t.shards[1].capacityMb = -5; });
    row("capacity NaN", Subject::Shard, 2, Field::Capacity, "Shard 2",
        [](Topology &t) { t.shards[1].capacityMb = std::numeric_limits<double>::quiet_NaN(); });
    row("current negative", Subject::Shard, 2, Field::Capacity, "-0.5",
        [](Topology &t) { t.shards[1].currentMb = -0.5; });
    row("same database twice, host case differs", Subject::Shard, 2, Field::Database, "shard 1", [](Topology &t) {
        t.shards[1].host = QStringLiteral("DB1.example");
        t.shards[1].database = QStringLiteral("shard_1");
        t.shards[0].host = QStringLiteral("db1.example");
        t.shards[2].host = QStringLiteral("db1.example");
    });
    row("dangling parent", Subject::Shard, 3, Field::Parent, "42", [](Topology &t) { t.shards[2].parentId = 42; });
    row("own parent", Subject::Shard, 3, Field::Parent, "Shard 3", [](Topology &t) { t.shards[2].parentId = 3; });
    row("cycle of parents", Subject::Shard, 4, Field::Parent, "4 → 5 → 4", [local](Topology &t) {
        t.shards.append(makeShard(4, 5, local, QStringLiteral("shard_4")));
        t.shards.append(makeShard(5, 4, local, QStringLiteral("shard_5")));
    });
    row("parent on another port", Subject::Shard, 3, Field::Parent, "parent shard 1",
        [](Topology &t) { t.shards[2].port = 3307; });
    row("parent on another host", Subject::Shard, 3, Field::Parent, "127.0.0.9",
        [](Topology &t) { t.shards[2].host = QStringLiteral("127.0.0.9"); });
    row("two overflow shards", Subject::Shard, 4, Field::Parent, "parent shard 1",
        [local](Topology &t) { t.shards.append(makeShard(4, 1, local, QStringLiteral("shard_4"))); });
    row("vshard count differs from map", Subject::Cluster, -1, Field::VShardCount, "16",
        [](Topology &t) { t.settings.vshardCount = 16; });
    row("no vshards", Subject::Cluster, -1, Field::VShardCount, "0", [](Topology &t) {
        t.settings.vshardCount = 0;
        t.vshards = VShardMap();
    });
    row("fewer vshards than heads", Subject::Cluster, -1, Field::VShardCount, "2 bucket heads", [](Topology &t) {
        t.settings.vshardCount = 1;
        t.vshards = VShardMap(1, 1);
    });
    row("unmapped vshards", Subject::VShard, 2, Field::Head, "2, 3, 4, 5",
        [](Topology &t) { t.vshards.assignRange(2, 5, 0); });
    row("vshards on missing shard", Subject::VShard, 0, Field::Head, "shard 99",
        [](Topology &t) { t.vshards.assignRange(0, 1, 99); });
    row("vshard on overflow shard", Subject::VShard, 7, Field::Head, "shard 3",
        [](Topology &t) { t.vshards.assign(7, 3); });
    row("unknown hash", Subject::Cluster, -1, Field::None, "md5",
        [](Topology &t) { t.settings.hash = QStringLiteral("md5"); });
    row("bad key column", Subject::Cluster, -1, Field::None, "user-id",
        [](Topology &t) { t.settings.keyColumn = QStringLiteral("user-id"); });
    row("empty key column", Subject::Cluster, -1, Field::None, "key column",
        [](Topology &t) { t.settings.keyColumn.clear(); });
}

void TestTopology::validationReportsEachRule()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, subject);
    QFETCH(int, id);
    QFETCH(int, field);
    QFETCH(QString, mentions);

    Topology t = sampleTopology();
    mutate(t);
    const TopologyProblems problems = t.validate();
    // Exactly one problem: each rule fires alone, and one cause is not reported twice.
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    const TopologyProblem &p = problems.first();
    QCOMPARE(int(p.subject), subject);
    QCOMPARE(p.id, id);
    QCOMPARE(int(p.field), field);
    QVERIFY2(p.message.contains(mentions), qPrintable(p.message));
    QVERIFY(p.message.endsWith(QLatin1Char('.')));
}

void TestTopology::importedDatabaseNamesAreAccepted_data()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("mixed case") << QStringLiteral("Shard_A");
    QTest::newRow("digits and letters") << QStringLiteral("1st_shard");
    QTest::newRow("underscore only") << QStringLiteral("_");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x'));
}

void TestTopology::importedDatabaseNamesAreAccepted()
{
    QFETCH(QString, database);
    Topology t = sampleTopology();
    t.shards[1].database = database;
    QVERIFY2(t.isValid(), qPrintable(describe(t.validate())));
}

void TestTopology::validationReportsEveryProblemAtOnce()
{
    Topology t = sampleTopology();
    t.shards[0].port = 0;
    t.shards[1].user.clear();
    t.shards[2].parentId = 42;
    t.settings.hash = QStringLiteral("md5");
    QCOMPARE(t.validate().size(), 4);
}

void TestTopology::millionUnmappedVShardsAreOneProblem()
{
    Topology t = sampleTopology();
    t.settings.vshardCount = 1'000'000;
    t.vshards = VShardMap(1'000'000);
    t.vshards.assignRange(0, 9, 1);
    const TopologyProblems problems = t.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().id, 10);
    QVERIFY2(problems.first().message.contains(QStringLiteral("999990")), qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(QStringLiteral("10, 11, 12, 13, 14, …")),
             qPrintable(problems.first().message));
}

void TestTopology::millionVShardValidationIsFast_data()
{
    QTest::addColumn<bool>("alternating");
    QTest::newRow("contiguous blocks") << false;
    QTest::newRow("every vshard a new run") << true;
}

void TestTopology::millionVShardValidationIsFast()
{
    QFETCH(bool, alternating);
    constexpr int N = 1'000'000;
    Topology t;
    t.settings.vshardCount = N;
    for (int id = 1; id <= 100; ++id)
        t.shards.append(makeShard(id, 0, QStringLiteral("10.0.0.%1").arg(id), QStringLiteral("shard_%1").arg(id)));
    t.vshards = VShardMap(N);
    if (alternating) {
        for (int v = 0; v < N; ++v)
            t.vshards.assign(v, 1 + v % 100);
    } else {
        t.vshards.spreadEvenly(t.headIds());
    }
    // Its speed is a benchmark matter; here it must only be right at this size.
    const TopologyProblems problems = t.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestTopology::shardLookupFindsById()
{
    Topology t = sampleTopology();
    QCOMPARE(t.indexOfShard(3), 2);
    QCOMPARE(t.indexOfShard(99), -1);
    QVERIFY(!t.shard(99));
    QCOMPARE(std::as_const(t).shard(2)->database, QStringLiteral("shard_2"));
    t.shard(2)->full = true;
    QVERIFY(t.shards[1].full);
}

void TestTopology::nextShardIdIsOneAboveMaximum_data()
{
    QTest::addColumn<QList<int>>("ids");
    QTest::addColumn<int>("next");
    QTest::newRow("empty") << QList<int>{} << 1;
    QTest::newRow("one") << QList<int>{1} << 2;
    QTest::newRow("gaps and order") << QList<int>{7, 1, 3} << 8;
}

void TestTopology::nextShardIdIsOneAboveMaximum()
{
    QFETCH(QList<int>, ids);
    QFETCH(int, next);
    Topology t;
    for (int id : ids)
        t.shards.append(makeShard(id, 0, QStringLiteral("h"), QStringLiteral("d")));
    QCOMPARE(t.nextShardId(), next);
}

void TestTopology::headIdsKeepShardOrder()
{
    Topology t = sampleTopology();
    t.shards.prepend(makeShard(9, 0, QStringLiteral("127.0.0.9"), QStringLiteral("shard_9")));
    QCOMPARE(t.headIds(), (QList<int>{9, 1, 2}));
}

void TestTopology::bucketFollowsChainFromHead()
{
    Topology t = sampleTopology();
    t.shards.prepend(makeShard(4, 3, QStringLiteral("127.0.0.1"), QStringLiteral("shard_4")));
    QCOMPARE(t.bucket(1), (QList<int>{1, 3, 4}));
    QCOMPARE(t.bucket(2), (QList<int>{2}));
    QCOMPARE(t.bucket(3), QList<int>{}); // not a head
    QCOMPARE(t.bucket(99), QList<int>{});
}

void TestTopology::bucketStopsWhenChainRevisitsAShard()
{
    // Only duplicate ids can lead a chain from a head back onto itself.
    Topology t = sampleTopology();
    t.shards.append(makeShard(1, 3, QStringLiteral("127.0.0.1"), QStringLiteral("shard_x")));
    QCOMPARE(t.bucket(1), (QList<int>{1, 3}));
}

void TestTopology::headOfFollowsParents_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("shardId");
    QTest::addColumn<int>("head");
    const Mutation none = [](Topology &) {};
    const Mutation chain = [](Topology &t) {
        t.shards.append(makeShard(4, 3, QStringLiteral("127.0.0.1"), QStringLiteral("shard_4")));
    };
    QTest::newRow("head itself") << none << 1 << 1;
    QTest::newRow("lone head") << none << 2 << 2;
    QTest::newRow("overflow") << none << 3 << 1;
    QTest::newRow("second overflow") << chain << 4 << 1;
    QTest::newRow("missing shard") << none << 99 << 0;
    QTest::newRow("dangling parent") << Mutation([](Topology &t) { t.shards[2].parentId = 42; }) << 3 << 0;
    QTest::newRow("cycle") << Mutation([](Topology &t) {
        t.shards.append(makeShard(4, 5, QStringLiteral("127.0.0.1"), QStringLiteral("shard_4")));
        t.shards.append(makeShard(5, 4, QStringLiteral("127.0.0.1"), QStringLiteral("shard_5")));
    }) << 4 << 0;
}

void TestTopology::headOfFollowsParents()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, shardId);
    QFETCH(int, head);
    Topology t = sampleTopology();
    mutate(t);
    QCOMPARE(t.headOf(shardId), head);
}

void TestTopology::spreadEvenlyGivesContiguousBlocks_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("heads");
    QTest::newRow("8 over 2") << 8 << QList<int>{1, 2};
    QTest::newRow("10 over 3") << 10 << QList<int>{5, 9, 2};
    QTest::newRow("1024 over 7") << 1024 << QList<int>{1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("3 over 5") << 3 << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("million over 3") << 1'000'000 << QList<int>{1, 2, 3};
    QTest::newRow("no heads") << 4 << QList<int>{};
}

void TestTopology::spreadEvenlyGivesContiguousBlocks()
{
    QFETCH(int, count);
    QFETCH(QList<int>, heads);
    VShardMap map(count, 77);
    map.spreadEvenly(heads);
    const qint64 h = heads.size();
    for (int v = 0; v < count; ++v) {
        const int expected = h == 0 ? 0 : heads.at(qsizetype(v * h / count));
        if (map.headOf(v) != expected)
            QFAIL(
                qPrintable(QStringLiteral("vshard %1: head %2, expected %3").arg(v).arg(map.headOf(v)).arg(expected)));
    }
    // Blocks differ in size by at most one.
    const QHash<int, int> perHead = map.countPerHead();
    if (count >= h && h > 0) {
        const auto [lo, hi] = std::minmax_element(perHead.cbegin(), perHead.cend());
        QVERIFY(*hi - *lo <= 1);
    }
}

void TestTopology::rangesAreRunsIncludingUnmapped()
{
    VShardMap map(10);
    map.assignRange(2, 4, 7);
    map.assign(8, 9);
    const std::vector<VShardMap::Range> expected{{0, 1, 0}, {2, 4, 7}, {5, 7, 0}, {8, 8, 9}, {9, 9, 0}};
    QVERIFY(map.ranges() == expected);
    QVERIFY(VShardMap().ranges().empty());
    QCOMPARE(map.unmappedCount(), 6);
}

void TestTopology::rangesRoundTripThroughFromRanges()
{
    constexpr int N = 1'000'000;
    VShardMap map(N);
    // Runs of varying length over a few heads, with unmapped gaps.
    for (int v = 0, run = 0; v < N; ++run) {
        const int length = 1 + (run * 7919) % 61;
        map.assignRange(v, v + length - 1, run % 5);
        v += length;
    }
    const std::vector<VShardMap::Range> ranges = map.ranges();
    QVERIFY(ranges.size() > 10'000);
    QVERIFY(VShardMap::fromRanges(N, ranges) == map);
}

void TestTopology::assignRangeClampsToTheMap()
{
    VShardMap map(4);
    map.assignRange(-5, 1, 3);
    map.assignRange(3, 100, 4);
    map.assignRange(10, 20, 5);
    QCOMPARE(map.heads(), (std::vector<std::int32_t>{3, 3, 0, 4}));
}

void TestTopology::countsPerHeadLeaveOutUnmapped()
{
    VShardMap map(10);
    map.assignRange(0, 2, 1);
    map.assignRange(5, 6, 2);
    map.assign(9, 1);
    const QHash<int, int> expected{{1, 4}, {2, 2}};
    QCOMPARE(map.countPerHead(), expected);
    QCOMPARE(map.unmappedCount(), 4);
}

QTEST_GUILESS_MAIN(TestTopology)
#include "TestTopology.moc"
