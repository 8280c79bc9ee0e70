#include "ClusterGrid.h"
#include "ShardTile.h"

#include "MonitorTestSamples.h"
#include "TopologyFixtures.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

class TestClusterGrid : public QObject
{
    Q_OBJECT

private slots:
    void tileColourFollowsPercentOfCapacity_data();
    void tileColourFollowsPercentOfCapacity();
    void unreachableServerGreysItsTiles();
    void serverWithoutPasswordSaysSoOnItsTiles();
    void clickingTileEmitsShardActivated();
    void tileShowsNumbersInTooltipAndAccessibleName();
    void newTopologyReplacesTiles();

private:
    static std::shared_ptr<const Topology> topology();
};

std::shared_ptr<const Topology> TestClusterGrid::topology()
{
    return std::make_shared<const Topology>(twoBucketTopology()); // capacity 100 MB each
}

void TestClusterGrid::tileColourFollowsPercentOfCapacity_data()
{
    QTest::addColumn<double>("sizeMb");
    QTest::addColumn<int>("hue");
    QTest::newRow("empty is green") << 0.0 << 120;
    QTest::newRow("half is yellow") << 50.0 << 60;
    QTest::newRow("full is red") << 100.0 << 0;
    QTest::newRow("over capacity stays red") << 180.0 << 0;
}

void TestClusterGrid::tileColourFollowsPercentOfCapacity()
{
    QFETCH(double, sizeMb);
    QFETCH(int, hue);
    ClusterGrid grid;
    grid.setTopology(topology());
    grid.addSample(makeSample(QStringLiteral("127.0.0.1:3306"), 1000, 300, {{QStringLiteral("shard_1"), sizeMb}}));
    ShardTile *tile = grid.tile(1);
    QVERIFY(tile);
    QVERIFY(tile->isReachable());
    QCOMPARE(tile->percentFull(), sizeMb);
    QVERIFY2(qAbs(tile->fillColour().hue() - hue) <= 1, qPrintable(QString::number(tile->fillColour().hue())));
    QVERIFY(tile->fillColour().saturation() > 100);
}

void TestClusterGrid::unreachableServerGreysItsTiles()
{
    ClusterGrid grid;
    grid.setTopology(topology());
    const QString first = QStringLiteral("127.0.0.1:3306");
    grid.addSample(makeSample(first, 1000, 300, {{QStringLiteral("shard_1"), 90}}));
    grid.addSample(makeUnreachable(first, 2000));
    for (int id : {1, 3}) { // both shards of that server
        QVERIFY(!grid.tile(id)->isReachable());
        QCOMPARE(grid.tile(id)->fillColour(), grid.palette().color(QPalette::Disabled, QPalette::Button));
        QVERIFY(grid.tile(id)->toolTip().contains(QStringLiteral("does not answer")));
    }
    QVERIFY(grid.tile(2)->isReachable()); // the other server is untouched

    grid.addSample(makeSample(first, 3000, 300, {{QStringLiteral("shard_1"), 90}}));
    QVERIFY(grid.tile(1)->isReachable());
    QVERIFY(grid.tile(1)->fillColour().saturation() > 100);
}

// Not asked is not down: greyed as well, but the tile and its tooltip say what is missing and where to set it.
void TestClusterGrid::serverWithoutPasswordSaysSoOnItsTiles()
{
    ClusterGrid grid;
    grid.setTopology(topology());
    const QString first = QStringLiteral("127.0.0.1:3306");
    grid.addSample(makeNoPassword(first, 1000));
    for (int id : {1, 3}) {
        ShardTile *tile = grid.tile(id);
        QCOMPARE(tile->server(), ShardTile::Server::NoPassword);
        QVERIFY(!tile->isReachable());
        QCOMPARE(tile->fillColour(), grid.palette().color(QPalette::Disabled, QPalette::Button));
        QCOMPARE(tile->text(), QStringLiteral("%1\nno password").arg(id));
        QVERIFY(tile->toolTip().contains(QStringLiteral("No password is kept for sharddesk@127.0.0.1:3306")));
        QVERIFY(tile->toolTip().contains(QStringLiteral("Edit → Set Password…")));
        QVERIFY(!tile->toolTip().contains(QStringLiteral("does not answer")));
        QCOMPARE(tile->accessibleName(), QStringLiteral("Shard %1, no password for its login").arg(id));
    }
    QCOMPARE(grid.tile(2)->server(), ShardTile::Server::Answers); // the other server is not known to be down

    grid.addSample(makeUnreachable(first, 2000));
    QCOMPARE(grid.tile(1)->server(), ShardTile::Server::Unreachable);
    QCOMPARE(grid.tile(1)->text(), QStringLiteral("1\nunreachable"));
}

void TestClusterGrid::clickingTileEmitsShardActivated()
{
    ClusterGrid grid;
    grid.setTopology(topology());
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy activated(&grid, &ClusterGrid::shardActivated);
    QTest::mouseClick(grid.tile(3), Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 3);
    grid.tile(2)->setFocus();
    QTest::keyClick(grid.tile(2), Qt::Key_Space); // a keyboard user can open details too
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toInt(), 2);
}

void TestClusterGrid::tileShowsNumbersInTooltipAndAccessibleName()
{
    ClusterGrid grid;
    grid.setTopology(topology());
    grid.addSample(makeSample(QStringLiteral("127.0.0.2:3306"), 1000, 300, {{QStringLiteral("shard_2"), 42.5}}));
    ShardTile *tile = grid.tile(2);
    QVERIFY(tile->toolTip().contains(QStringLiteral("42.5 of 100 MB")));
    QVERIFY(tile->toolTip().contains(QStringLiteral("127.0.0.2:3306")));
    QCOMPARE(tile->accessibleName(), QStringLiteral("Shard 2, 43 % of capacity"));
}

void TestClusterGrid::newTopologyReplacesTiles()
{
    ClusterGrid grid;
    grid.setTopology(topology());
    Topology single;
    single.shards = {makeShard(7, 0, QStringLiteral("127.0.0.3"), QStringLiteral("shard_7"))};
    grid.setTopology(std::make_shared<const Topology>(single));
    QVERIFY(!grid.tile(1));
    QVERIFY(grid.tile(7));
    QCOMPARE(grid.findChildren<ShardTile *>().size(), 1);
}

QTEST_MAIN(TestClusterGrid)
#include "TestClusterGrid.moc"
