#include "TopologyFixtures.h"
#include "VShardMapModel.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardChart.h"
#include "editor/VShardMapPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// The vshard map editor: range selection, bulk assignment, spreading, filtering and the chart, each
// assignment one undo step that repaints with dataChanged rather than a reset.
class TestVShardMapPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void assigningSelectedRangeMovesExactlyThoseVShards();
    void assignmentRepaintsWithoutReset();
    void spreadBalancesHeadsAndUndoes();
    void filterShowsOneHeadInIdRange_data();
    void filterShowsOneHeadInIdRange();
    void selectionThroughFilterAssignsTheFilteredVShards();
    void chartShowsVShardsPerHead();

private:
    void selectRows(int first, int last);

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<VShardMapPanel> m_panel;
};

void TestVShardMapPanel::init()
{
    m_document = std::make_unique<TopologyDocument>();
    m_panel = std::make_unique<VShardMapPanel>(m_document.get());
    m_document->load(twoBucketTopology(1024)); // 0..511 -> 1, 512..1023 -> 2
    m_panel->show();
}

// Click the first row, shift-click the last: what a user does to select a range.
void TestVShardMapPanel::selectRows(int first, int last)
{
    QTableView *view = m_panel->view();
    view->selectionModel()->select(QItemSelection(view->model()->index(first, 0), view->model()->index(last, 2)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestVShardMapPanel::assigningSelectedRangeMovesExactlyThoseVShards()
{
    selectRows(100, 299);
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("vshardSelectionLabel"))->text(),
             QStringLiteral("200 vshard(s) selected"));
    QCOMPARE(m_panel->assignSelection(2), qint64(200));
    const VShardMap &map = m_document->edited().vshards;
    QCOMPARE(map.headOf(99), 1);
    QCOMPARE(map.headOf(100), 2);
    QCOMPARE(map.headOf(299), 2);
    QCOMPARE(map.headOf(300), 1);
    QCOMPARE(map.countPerHead().value(2), 712);
    QCOMPARE(m_panel->view()->model()->index(150, VShardMapModel::HeadColumn).data().toInt(), 2);

    m_document->undoStack()->undo();
    QCOMPARE(map.countPerHead().value(2), 512);
    QVERIFY(!m_document->isModified());
}

void TestVShardMapPanel::assignmentRepaintsWithoutReset()
{
    QSignalSpy reset(m_panel->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_panel->model(), &QAbstractItemModel::dataChanged);
    selectRows(10, 19);
    m_panel->assignSelection(2);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 10);
    QCOMPARE(bottomRight.row(), 19);
}

void TestVShardMapPanel::spreadBalancesHeadsAndUndoes()
{
    selectRows(0, 1023);
    m_panel->assignSelection(1);
    QCOMPARE(m_document->edited().vshards.countPerHead().value(1), 1024);
    m_panel->findChild<QPushButton *>(QStringLiteral("spreadEvenly"))->click();
    const QHash<int, int> counts = m_document->edited().vshards.countPerHead();
    QCOMPARE(counts.value(1), 512);
    QCOMPARE(counts.value(2), 512);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->edited().vshards.countPerHead().value(1), 1024);
}

void TestVShardMapPanel::filterShowsOneHeadInIdRange_data()
{
    QTest::addColumn<int>("head");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("firstVShard");
    QTest::newRow("head 2, all ids") << 2 << 0 << 1023 << 512 << 512;
    QTest::newRow("head 1, ids 500-600") << 1 << 500 << 600 << 12 << 500;
    QTest::newRow("any head, ids 1000-1023") << int(VShardMapModel::AnyHead) << 1000 << 1023 << 24 << 1000;
    QTest::newRow("unmapped: none") << 0 << 0 << 1023 << 0 << -1;
}

void TestVShardMapPanel::filterShowsOneHeadInIdRange()
{
    QFETCH(int, head);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(int, rows);
    QFETCH(int, firstVShard);
    auto *headBox = m_panel->findChild<QComboBox *>(QStringLiteral("vshardFilterHead"));
    headBox->setCurrentIndex(headBox->findData(head));
    m_panel->findChild<QSpinBox *>(QStringLiteral("vshardFilterFirst"))->setValue(first);
    m_panel->findChild<QSpinBox *>(QStringLiteral("vshardFilterLast"))->setValue(last);
    m_panel->applyFilter();
    QAbstractItemModel *model = m_panel->view()->model();
    QCOMPARE(model->rowCount(), rows);
    if (rows > 0) {
        QCOMPARE(model->index(0, VShardMapModel::VShardColumn).data().toInt(), firstVShard);
        if (head > 0)
            QCOMPARE(model->index(rows - 1, VShardMapModel::HeadColumn).data().toInt(), head);
    }
}

void TestVShardMapPanel::selectionThroughFilterAssignsTheFilteredVShards()
{
    m_panel->model()->setFilter(2, 600, 700); // vshards 600..700, all on head 2
    QCOMPARE(m_panel->model()->rowCount(), 101);
    selectRows(0, 9);
    QCOMPARE(m_panel->assignSelection(1), qint64(10));
    QCOMPARE(m_document->edited().vshards.headOf(600), 1);
    QCOMPARE(m_document->edited().vshards.headOf(609), 1);
    QCOMPARE(m_document->edited().vshards.headOf(610), 2);
    QCOMPARE(m_panel->model()->rowCount(), 91); // they left the head-2 filter
}

void TestVShardMapPanel::chartShowsVShardsPerHead()
{
    VShardChart *chart = m_panel->chart();
    QTRY_COMPARE(chart->bars().size(), 2);
    QCOMPARE(chart->bars().at(0).count, 512);
    selectRows(0, 99);
    m_panel->assignSelection(2);
    QTRY_COMPARE(chart->bars().at(0).count, 412);
    QCOMPARE(chart->bars().at(1).count, 612);
}

QTEST_MAIN(TestVShardMapPanel)
#include "TestVShardMapPanel.moc"
