#include "TopologyFixtures.h"
#include "VShardMapModel.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardChart.h"
#include "editor/VShardMapPanel.h"
#include "editor/VShardMeasurement.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
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
    void sizesFillTheirColumnsWithoutReset();
    void sizesFollowTheFilterAndGoWithANewDocument();
    void assigningVShardsWithRowsWarnsPreciselyAndOffersMove_data();
    void assigningVShardsWithRowsWarnsPreciselyAndOffersMove();
    void unmeasuredAssignKeepsTheGeneralWarning();
    void measureButtonNeedsLoginsAndStoredShards();
    void aMeasurementOutdatedBeforeItsLoginsCameNeverRuns();
    void serverColumnFitsItsTextAtTheMainWindowsWidth();
    void numberColumnsAreAsWideAsTheirWidestValue_data();
    void numberColumnsAreAsWideAsTheirWidestValue();

private:
    void selectRows(int first, int last);
    // Resizes the panel to the width it gets in a 1280 x 800 main window; false if the columns never fill it.
    bool showAtMainWindowWidth();
    // Width a column needs for text as the view draws it: a focus-frame margin either side and the grid line.
    int cellWidth(const QString &text) const;
    // Clicks "Assign Selection to Shard…" and picks headId in its dialog; then, if the rows warning
    // comes, clicks the button named answer in it. Returns the warning's text (empty: none came).
    QString assignThroughButton(int headId, const QString &answer);
    QString cell(int row, int column) const { return m_panel->model()->index(row, column).data().toString(); }

    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<VShardMapPanel> m_panel;
};

void TestVShardMapPanel::init()
{
    // The panel's model reads the document: the old panel goes first (a window closing repaints it).
    m_panel.reset();
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

// vshards 5 and 700 hold rows; 6 holds none. Only the two size columns repaint, in one range.
void TestVShardMapPanel::sizesFillTheirColumnsWithoutReset()
{
    QCOMPARE(cell(5, VShardMapModel::RowsColumn), QString());
    QCOMPARE(cell(5, VShardMapModel::SizeColumn), QString());
    QSignalSpy reset(m_panel->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_panel->model(), &QAbstractItemModel::dataChanged);
    m_panel->model()->setSizes(VShardSizes {{5, {.rows = 12345, .mb = 1.5}}, {700, {.rows = 3, .mb = 0.004}}});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(topLeft.column(), int(VShardMapModel::RowsColumn));
    QCOMPARE(bottomRight.row(), 1023);
    QCOMPARE(bottomRight.column(), int(VShardMapModel::SizeColumn));

    const QLocale locale;
    QCOMPARE(cell(5, VShardMapModel::RowsColumn), locale.toString(12345));
    QCOMPARE(cell(5, VShardMapModel::SizeColumn), locale.toString(1.5, 'f', 2));
    QCOMPARE(cell(6, VShardMapModel::RowsColumn), QStringLiteral("0"));
    QCOMPARE(cell(700, VShardMapModel::RowsColumn), QStringLiteral("3"));
    QCOMPARE(cell(700, VShardMapModel::SizeColumn), locale.toString(0.0, 'f', 2));
    QCOMPARE(m_panel->model()->headerData(VShardMapModel::RowsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Rows"));
    QCOMPARE(m_panel->model()->headerData(VShardMapModel::SizeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Size (MB)"));
}

void TestVShardMapPanel::sizesFollowTheFilterAndGoWithANewDocument()
{
    m_panel->model()->setSizes(VShardSizes {{700, {.rows = 42, .mb = 2}}});
    m_panel->model()->setFilter(2, 690, 710);
    QCOMPARE(cell(10, VShardMapModel::VShardColumn), QStringLiteral("700"));
    QCOMPARE(cell(10, VShardMapModel::RowsColumn), QStringLiteral("42"));
    QCOMPARE(cell(9, VShardMapModel::RowsColumn), QStringLiteral("0"));

    m_document->load(twoBucketTopology(1024));
    QVERIFY(!m_panel->model()->hasSizes());
    QCOMPARE(cell(700, VShardMapModel::RowsColumn), QString());
}

// Answers each modal dialog from inside its own event loop, as a user would, then stops polling.
QString TestVShardMapPanel::assignThroughButton(int headId, const QString &answer)
{
    QString warning;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = m_panel->findChild<QMessageBox *>(QStringLiteral("assignRowsWarning"));
            box && box->isVisible()) {
            warning = box->text() + QLatin1Char('\n') + box->informativeText();
            box->findChild<QPushButton *>(answer)->click();
            return;
        }
        auto *ask = m_panel->findChild<QInputDialog *>();
        if (!ask || !ask->isVisible())
            return;
        for (const QString &item : ask->comboBoxItems()) {
            if (item.startsWith(QStringLiteral("Shard %1 ").arg(headId)))
                ask->setTextValue(item);
        }
        ask->accept();
    });
    poll.start();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("assignSelection")), Qt::LeftButton);
    return warning;
}

void TestVShardMapPanel::assigningVShardsWithRowsWarnsPreciselyAndOffersMove_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("assigned");
    QTest::addColumn<bool>("moveOffered");
    QTest::newRow("Move instead") << QStringLiteral("moveInstead") << false << true;
    QTest::newRow("assign anyway") << QStringLiteral("assignAnyway") << true << false;
}

// Of vshards 100..199 (head 1) only 120 and 150 hold rows: the warning counts those two and their rows.
void TestVShardMapPanel::assigningVShardsWithRowsWarnsPreciselyAndOffersMove()
{
    QFETCH(QString, answer);
    QFETCH(bool, assigned);
    QFETCH(bool, moveOffered);
    m_panel->model()->setSizes(
        VShardSizes {{120, {.rows = 1000, .mb = 1}}, {150, {.rows = 234, .mb = 0.5}}, {300, {.rows = 99, .mb = 0.1}}});
    QSignalSpy move(m_panel.get(), &VShardMapPanel::moveRequested);
    QSignalSpy message(m_panel.get(), &VShardMapPanel::message);
    selectRows(100, 199);
    const QString warning = assignThroughButton(2, answer);
    QVERIFY2(warning.contains(
                 QStringLiteral("2 of the selected vshards hold rows (%1 rows).").arg(QLocale().toString(1234))),
             qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("the rows stay on their shard")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("Use Move to move them with their rows.")), qPrintable(warning));

    QCOMPARE(m_document->edited().vshards.headOf(150), assigned ? 2 : 1);
    QCOMPARE(move.count(), moveOffered ? 1 : 0);
    if (moveOffered) {
        const QList<int> vshards = move.first().at(0).value<QList<int>>();
        QCOMPARE(vshards.size(), 100);
        QCOMPARE(vshards.first(), 100);
        QCOMPARE(move.first().at(1).toInt(), 2); // the head the user chose
    }
    if (assigned) {
        QCOMPARE(message.count(), 1);
        const QString text = message.first().first().toString();
        QVERIFY2(text.contains(QStringLiteral("2 of them hold rows (%1 rows)").arg(QLocale().toString(1234))),
                 qPrintable(text));
    }
}

// Without sizes nothing is known per vshard: no question, the assignment happens and the status line keeps
// the general warning (the cluster holds data). Vshards measured empty are not asked about, but the status
// line keeps the general warning too (rows may have come since the measurement); those already on the head
// never warn.
void TestVShardMapPanel::unmeasuredAssignKeepsTheGeneralWarning()
{
    Topology topology = twoBucketTopology(1024);
    topology.shards[0].currentMb = 10;
    m_document->load(topology);
    QSignalSpy message(m_panel.get(), &VShardMapPanel::message);
    selectRows(100, 199);
    QCOMPARE(assignThroughButton(2, QStringLiteral("assignAnyway")), QString());
    QCOMPARE(m_document->edited().vshards.headOf(150), 2);
    QVERIFY(message.last().first().toString().contains(QStringLiteral("If these vshards already hold rows")));

    m_panel->model()->setSizes(VShardSizes {{600, {.rows = 5, .mb = 1}}});
    selectRows(200, 299); // measured empty
    QCOMPARE(assignThroughButton(2, QStringLiteral("assignAnyway")), QString());
    QCOMPARE(m_document->edited().vshards.headOf(250), 2);
    QVERIFY(message.last().first().toString().startsWith(QStringLiteral("100 vshard(s) assigned to shard 2.")));
    QVERIFY(message.last().first().toString().contains(QStringLiteral("If these vshards already hold rows")));
    selectRows(600, 609); // on head 2 already
    QCOMPARE(assignThroughButton(2, QStringLiteral("assignAnyway")), QString());
}

// Without a login source (no session) the button is off; with one but no stored shards, it says so.
void TestVShardMapPanel::measureButtonNeedsLoginsAndStoredShards()
{
    auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("measureSizes"));
    QVERIFY(!button->isEnabled());
    int asked = 0;
    m_panel->setLoginSource([&asked](std::function<void(ConnectionOptionsProvider)>) { ++asked; });
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, 1); // declined: nothing runs, the button stays ready
    QVERIFY(button->isEnabled());

    m_document->load(Topology {});
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("vshardSizeStatus"))
                ->text()
                .contains(QStringLiteral("no stored shards")));
}

// The logins can come long after the click (a keychain probe, a dialog): a document opened meanwhile makes
// the measurement stale, and it must not start with the old topology and fill the new document's columns.
void TestVShardMapPanel::aMeasurementOutdatedBeforeItsLoginsCameNeverRuns()
{
    VShardMeasurement measurement;
    std::function<void(ConnectionOptionsProvider)> deliver;
    measurement.setLoginSource(
        [&deliver](std::function<void(ConnectionOptionsProvider)> done) { deliver = std::move(done); });
    QSignalSpy started(&measurement, &VShardMeasurement::started);
    measurement.start(std::make_shared<const Topology>(twoBucketTopology(16)));
    QVERIFY(deliver);
    measurement.discard(); // a new document, before the logins came
    deliver([](const Shard &) -> Result<ConnectionOptions> { return makeError(QStringLiteral("not to be asked")); });
    QCOMPARE(started.count(), 0);
    QVERIFY(!measurement.isRunning());
}

// The panel's width as the tab beside the shard tree in a 1280 x 800 main window (measured there).
bool TestVShardMapPanel::showAtMainWindowWidth()
{
    m_panel->resize(805, 600);
    const QTableView *view = m_panel->view();
    return QTest::qWaitFor([view] { return view->horizontalHeader()->length() == view->viewport()->width(); });
}

int TestVShardMapPanel::cellWidth(const QString &text) const
{
    const QTableView *view = m_panel->view();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin + 1;
}

// Rows and Size (MB) once took 100 px each, and the server's "127.0.0.1:3306/shard_1_1" was cut to
// "127.0.0.1:3306/...".
void TestVShardMapPanel::serverColumnFitsItsTextAtTheMainWindowsWidth()
{
    QVERIFY(showAtMainWindowWidth());
    const int needed = cellWidth(QStringLiteral("127.0.0.1:3306/shard_1_1"));
    const int width = m_panel->view()->horizontalHeader()->sectionSize(VShardMapModel::ServerColumn);
    QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 px for %2 px of text").arg(width).arg(needed)));
}

void TestVShardMapPanel::numberColumnsAreAsWideAsTheirWidestValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("widest");
    QTest::newRow("Rows") << int(VShardMapModel::RowsColumn) << QLocale().toString(9'999'999);
    QTest::newRow("Size (MB)") << int(VShardMapModel::SizeColumn) << QLocale().toString(99'999.99, 'f', 2);
}

// As wide as the header or the widest plausible value, whichever is wider, and no more; never sized by
// ResizeToContents, which reads every row of a million-row map.
void TestVShardMapPanel::numberColumnsAreAsWideAsTheirWidestValue()
{
    QFETCH(int, column);
    QFETCH(QString, widest);
    QVERIFY(showAtMainWindowWidth());
    QHeaderView *header = m_panel->view()->horizontalHeader();
    const int needed = std::max(header->sectionSizeHint(column), cellWidth(widest));
    const int width = header->sectionSize(column);
    QVERIFY2(width >= needed && width <= needed + 4,
             qPrintable(QStringLiteral("%1 px, %2 px needed").arg(width).arg(needed)));
    QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
}

QTEST_MAIN(TestVShardMapPanel)
#include "TestVShardMapPanel.moc"
