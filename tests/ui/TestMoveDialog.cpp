#include "EditorTestSupport.h"
#include "Heartbeat.h"
#include "ShardTreeModel.h"
#include "TopologyFixtures.h"
#include "VShardMapModel.h"
#include "config/ConfigStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "editor/CredentialSession.h"
#include "editor/ShardEditActions.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardMapPanel.h"
#include "monitor/ClusterGrid.h"
#include "monitor/ShardTile.h"
#include "rebalance/MoveDialog.h"
#include "rebalance/MovePlanForm.h"
#include "rebalance/MovePreviewModel.h"
#include "rebalance/VShardMime.h"

#include "../integration/MoveCluster.h"

#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// The move dialog (issue 6): the plan preview's numbers against capacity, plans made by dragging vshards
// onto a shard, and real moves on the sandbox run from the dialog, with progress, a responsive GUI thread,
// the final report, Cancel, and an interrupted move offered to Resume.
class TestMoveDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void previewShowsSizesBeforeAndAfterAgainstCapacity_data();
    void previewShowsSizesBeforeAndAfterAgainstCapacity();
    void rulesBuildTheirPlansFromTheFormsFields();
    void vshardMimeCarriesTheSelectionAsRanges();
    void pressOnTheSelectionKeepsItAndAClickSelectsOneRow();
    void dropOnAGridTileAsksToMoveTheSelectionToItsBucket();
    void dropOnTheShardTreeAsksToMoveToTheBucketOfTheRow();
    void runMovesTheVShardsWhileTheGuiStaysResponsive();
    void cancelMidRunLeavesTheRestWhereTheyWere();
    void unfinishedMoveIsOfferedToResume();
    void mainWindowMovesWhatIsDroppedOnTheShardTreeAndReloads();

private:
    // A dialog on the sandbox cluster's store, as ClusterTools makes it.
    std::unique_ptr<MoveDialog> sandboxDialog();
    Topology storedTopology() const;
    void verifyCluster(const Topology &map);
    // Runs the dialog's current operation to its end and returns the largest gap of a 10 ms heartbeat.
    qint64 runAndMeasureHeartbeat(MoveDialog &dialog, QAbstractButton *button);

    QTemporaryDir m_dir;
    QString m_storePath;
    bool m_clusterCreated = false; // databases to drop at the end
    bool m_clusterReady = false; // and preloaded, with the store written
};

void TestMoveDialog::initTestCase()
{
    qRegisterMetaType<ShardDesk::MoveJournal::Step>();
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
}

void TestMoveDialog::cleanupTestCase()
{
    if (!m_clusterCreated)
        return;
    for (int k = 1; k <= MoveServers; ++k) {
        (void)moveAdmin(k, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(moveDatabase(k)));
        QSqlDatabase::removeDatabase(moveAdminConnection(k));
    }
}

// Eight vshards over two buckets: 0..3 on bucket 1 (shards 1 and 3, 200 MB), 4..7 on bucket 2 (100 MB);
// vshards 0..3 hold 10 MB each, 4..7 20 MB each.
void TestMoveDialog::previewShowsSizesBeforeAndAfterAgainstCapacity_data()
{
    QTest::addColumn<QString>("vshards");
    QTest::addColumn<int>("vshardsAfter1");
    QTest::addColumn<int>("vshardsAfter2");
    QTest::addColumn<double>("mbAfter1");
    QTest::addColumn<double>("mbAfter2");
    QTest::addColumn<bool>("over2");
    QTest::newRow("fits exactly") << QStringLiteral("0,1") << 2 << 6 << 20.0 << 100.0 << false;
    QTest::newRow("over capacity") << QStringLiteral("0-2") << 1 << 7 << 10.0 << 110.0 << true;
}

void TestMoveDialog::previewShowsSizesBeforeAndAfterAgainstCapacity()
{
    QFETCH(QString, vshards);
    QFETCH(int, vshardsAfter1);
    QFETCH(int, vshardsAfter2);
    QFETCH(double, mbAfter1);
    QFETCH(double, mbAfter2);
    QFETCH(bool, over2);
    MoveDialog dialog(ConfigLocation::sqlite(m_storePath), {}, {},
                      std::make_shared<const Topology>(twoBucketTopology(8)));
    VShardSizes sizes;
    for (int v = 0; v < 8; ++v)
        sizes.insert(v, {.rows = 1000, .mb = v < 4 ? 10.0 : 20.0});
    dialog.setSizes(sizes);
    const QList<int> ids = VShardMime::idsOf(VShardSelection::parse(vshards, 8)->spans());
    dialog.planForm()->setSelection(ids, 2);
    QVERIFY(dialog.plan().ok());
    QCOMPARE(dialog.plan()->vshards(), ids);

    const MovePreviewModel *preview = dialog.previewModel();
    QCOMPARE(preview->rowCount(), 2);
    const MovePlan::BucketLoad &one = preview->load(0);
    const MovePlan::BucketLoad &two = preview->load(1);
    QCOMPARE(one.headId, 1);
    QCOMPARE(one.vshardsBefore, 4);
    QCOMPARE(one.mbBefore, 40.0);
    QCOMPARE(one.capacityMb, 200.0);
    QCOMPARE(one.vshardsAfter, vshardsAfter1);
    QCOMPARE(one.mbAfter, mbAfter1);
    QCOMPARE(two.vshardsBefore, 4);
    QCOMPARE(two.mbBefore, 80.0);
    QCOMPARE(two.vshardsAfter, vshardsAfter2);
    QCOMPARE(two.mbAfter, mbAfter2);
    // What the user reads, and the red row.
    const QLocale locale;
    QCOMPARE(preview->index(1, MovePreviewModel::MbAfterColumn).data().toString(), locale.toString(mbAfter2, 'f', 1));
    QCOMPARE(preview->index(1, MovePreviewModel::CapacityColumn).data().toString(), locale.toString(100.0, 'f', 0));
    QCOMPARE(preview->index(1, MovePreviewModel::BucketColumn).data(Qt::BackgroundRole).isValid(), over2);
    QVERIFY(!preview->index(0, MovePreviewModel::BucketColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(preview->overCapacityCount(), over2 ? 1 : 0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("planLabel"))->text().contains(QStringLiteral("over capacity")),
             over2);
    QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("moveList"))->count(), ids.size());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("runMove"))->isEnabled());
}

// Split, "largest off" and "even out" with the shards and the count chosen in the form; the rules by size wait
// for the sizes.
void TestMoveDialog::rulesBuildTheirPlansFromTheFormsFields()
{
    Topology topology = twoBucketTopology(8);
    topology.shards.append(makeShard(4, 0, QStringLiteral("127.0.0.4"), QStringLiteral("shard_4"))); // empty head
    VShardSizes sizes;
    const double mb[] = {1, 9, 3, 7, 2, 2, 2, 2};
    for (int v = 0; v < 8; ++v)
        sizes.insert(v, {.rows = 100, .mb = mb[v]});
    MoveDialog dialog(ConfigLocation::sqlite(m_storePath), {}, {}, std::make_shared<const Topology>(topology));
    MovePlanForm *form = dialog.planForm();

    form->setSource(MovePlanForm::Source::Split);
    form->setSourceHead(1);
    form->setTargetHead(4);
    QVERIFY(dialog.plan().ok());
    QCOMPARE(dialog.plan()->moves(), (QList<MovePlan::Move> {{2, 1, 4}, {3, 1, 4}}));

    form->setSource(MovePlanForm::Source::LargestOff);
    form->setSourceHead(1);
    form->setCount(2);
    QVERIFY(!dialog.plan().ok()); // no sizes yet
    dialog.setSizes(sizes);
    QVERIFY(dialog.plan().ok());
    QCOMPARE(dialog.plan()->moves(), MovePlan::largestOff(topology, sizes, 1, 2)->moves());
    QCOMPARE(dialog.plan()->vshards().size(), 2);
    QVERIFY(dialog.plan()->vshards().contains(1) && dialog.plan()->vshards().contains(3));

    form->setSource(MovePlanForm::Source::EvenBySize);
    QVERIFY(dialog.plan().ok());
    QCOMPARE(dialog.plan()->moves(), MovePlan::evenBySize(topology, sizes)->moves());
    QVERIFY(!dialog.plan()->isEmpty());
}

void TestMoveDialog::vshardMimeCarriesTheSelectionAsRanges()
{
    TopologyDocument document;
    VShardMapPanel panel(&document);
    document.load(twoBucketTopology(64));
    QItemSelection selection;
    const auto select = [&](int first, int last) {
        selection.select(panel.model()->index(first, 0), panel.model()->index(last, 0));
    };
    select(3, 3);
    select(10, 12);
    panel.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const auto data = VShardMime::encode(panel.selectedSpans());
    QCOMPARE(QString::fromUtf8(data->data(QStringLiteral("application/x-sharddesk-vshards"))),
             QStringLiteral("3,10-12"));
    QCOMPARE(VShardMime::decode(data.get(), 64), (QList<int> {3, 10, 11, 12}));
    QVERIFY(VShardMime::decode(data.get(), 11).isEmpty()); // 12 is not a vshard of an 11-vshard cluster
    QMimeData text;
    text.setText(QStringLiteral("3,10-12"));
    QVERIFY(VShardMime::decode(&text, 64).isEmpty()); // plain text is not a vshard drag
}

// The vshard map as a drag source: a press on the selection must not collapse it (the drag takes it all),
// and a press released without moving is still a click on one row.
void TestMoveDialog::pressOnTheSelectionKeepsItAndAClickSelectsOneRow()
{
    TopologyDocument document;
    VShardMapPanel panel(&document);
    document.load(twoBucketTopology(64));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *view = panel.view();
    const auto rowCentre = [view](int row) {
        return view->visualRect(view->model()->index(row, 0)).center();
    };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowCentre(3));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCentre(5));
    QCOMPARE(VShardMime::idsOf(panel.selectedSpans()), (QList<int> {3, 4, 5}));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, rowCentre(4));
    QCOMPARE(VShardMime::idsOf(panel.selectedSpans()), (QList<int> {3, 4, 5}));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, rowCentre(4));
    QCOMPARE(VShardMime::idsOf(panel.selectedSpans()), (QList<int> {4}));
}

void TestMoveDialog::dropOnAGridTileAsksToMoveTheSelectionToItsBucket()
{
    ClusterGrid grid;
    grid.setTopology(std::make_shared<const Topology>(twoBucketTopology(64)));
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QSignalSpy dropped(&grid, &ClusterGrid::vshardsDropped);
    const auto data = VShardMime::encode({{3, 3}, {40, 41}});
    // Shard 3 overflows from 1: a drop on it moves the vshards to bucket 1.
    ShardTile *tile = grid.tile(3);
    QVERIFY(tile);
    const QPointF at = tile->mapTo(&grid, tile->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&grid, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&grid, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&grid, &drop);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<QList<int>>(), (QList<int> {3, 40, 41}));
    QCOMPARE(dropped.at(0).at(1).toInt(), 1);

    // Beside the tiles nothing is a target.
    QDragMoveEvent outside(QPoint(grid.width() - 1, grid.height() - 1), Qt::MoveAction, data.get(), Qt::LeftButton,
                           Qt::NoModifier);
    QCoreApplication::sendEvent(&grid, &outside);
    QVERIFY(!outside.isAccepted());

    // What the dialog makes of the drop: 40 and 41 leave bucket 2 for bucket 1, where 3 is already.
    MoveDialog dialog(ConfigLocation::sqlite(m_storePath), {}, {},
                      std::make_shared<const Topology>(twoBucketTopology(64)));
    dialog.planForm()->setSelection(dropped.at(0).at(0).value<QList<int>>(), dropped.at(0).at(1).toInt());
    QVERIFY(dialog.plan().ok());
    QCOMPARE(dialog.plan()->moves(), (QList<MovePlan::Move> {{40, 2, 1}, {41, 2, 1}}));
}

void TestMoveDialog::dropOnTheShardTreeAsksToMoveToTheBucketOfTheRow()
{
    TopologyDocument document;
    ShardTreeModel model(&document);
    document.load(twoBucketTopology(64)); // 0..31 on bucket 1, 32..63 on bucket 2
    QSignalSpy dropped(&model, &ShardTreeModel::vshardsDropped);
    const auto data = VShardMime::encode({{30, 33}});
    const QModelIndex bucket2 = model.indexOf(2);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, bucket2));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, bucket2));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<QList<int>>(), (QList<int> {30, 31, 32, 33}));
    QCOMPARE(dropped.at(0).at(1).toInt(), 2);
    QMimeData text;
    text.setText(QStringLiteral("1"));
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, -1, -1, bucket2));

    MoveDialog dialog(ConfigLocation::sqlite(m_storePath), {}, {}, document.snapshot());
    dialog.planForm()->setSelection(dropped.at(0).at(0).value<QList<int>>(), 2);
    QVERIFY(dialog.plan().ok());
    QCOMPARE(dialog.plan()->moves(), (QList<MovePlan::Move> {{30, 1, 2}, {31, 1, 2}}));
}

std::unique_ptr<MoveDialog> TestMoveDialog::sandboxDialog()
{
    if (!m_clusterReady) {
        const auto created = createMoveCluster();
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return nullptr;
        }
        m_clusterCreated = true;
        if (!preloadUsers(moveTopology()))
            return nullptr;
        ConfigStore store;
        if (!store.open(ConfigLocation::sqlite(m_storePath)) || !store.replace(moveTopology(), QStringLiteral("test")))
            return nullptr;
        m_clusterReady = true;
    }
    const ConnectionOptionsProvider logins = [](const Shard &) -> Result<ConnectionOptions> {
        return moveOptions();
    };
    auto dialog = std::make_unique<MoveDialog>(ConfigLocation::sqlite(m_storePath), ConnectionOptions {}, logins,
                                               std::make_shared<const Topology>(storedTopology()));
    dialog->show();
    return dialog;
}

Topology TestMoveDialog::storedTopology() const
{
    ConfigStore store;
    if (!store.open(ConfigLocation::sqlite(m_storePath), {}, ConfigStore::OpenMode::OpenExisting))
        return {};
    auto loaded = store.load();
    return loaded ? *loaded : Topology();
}

void TestMoveDialog::verifyCluster(const Topology &map)
{
    const ClusterContents contents = readCluster(map);
    QVERIFY2(contents.problems.isEmpty(), qPrintable(contents.problems.join(u'\n')));
    QCOMPARE(contents.preloadedRows, qint64(PreloadedUsers));
    QCOMPARE(contents.users.size(), PreloadedUsers);
}

qint64 TestMoveDialog::runAndMeasureHeartbeat(MoveDialog &dialog, QAbstractButton *button)
{
    QSignalSpy ended(&dialog, &MoveDialog::operationFinished);
    Heartbeat heartbeat;
    heartbeat.start();
    button->click();
    if (!ended.wait(180000))
        return -1;
    return ended.at(0).at(0).toBool() ? heartbeat.longestGapMs() : -2;
}

void TestMoveDialog::runMovesTheVShardsWhileTheGuiStaysResponsive()
{
    auto dialog = sandboxDialog();
    QVERIFY2(dialog, "the sandbox needs five servers: scripts/sandbox start 5");
    VShardMover::Options options;
    options.batchVShards = 2;
    dialog->setMoverOptions(options);
    const QList<int> vshards {0, 1, 2, 3, 4, 5}; // on bucket 1
    dialog->planForm()->setSelection(vshards, 5);
    dialog->startChecks(); // the journal is clean; the sizes are measured on the servers
    QTRY_VERIFY_WITH_TIMEOUT(dialog->planForm()->hasSizes(), 30000);
    QVERIFY(dialog->previewModel()->load(0).mbBefore > 0);
    QCOMPARE(dialog->previewModel()->load(4).vshardsAfter, 6);
    QVERIFY(dialog->plan().ok());
    QCOMPARE(dialog->plan()->vshards(), vshards);
    QSignalSpy changed(dialog.get(), &MoveDialog::storeChanged);
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("moveProgress"));
    const qint64 gap = runAndMeasureHeartbeat(*dialog, dialog->findChild<QPushButton *>(QStringLiteral("runMove")));
    QVERIFY2(gap >= 0, qPrintable(dialog->reportText()));
    qInfo("largest gap of the GUI thread's 10 ms heartbeat during the move: %lld ms", gap);
    QVERIFY2(gap <= 200, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(gap)));
    QCOMPARE(progress->value(), 6);
    QCOMPARE(progress->maximum(), 6);
    QVERIFY2(dialog->reportText().startsWith(QStringLiteral("Moved 6 vshard")), qPrintable(dialog->reportText()));
    const QListWidget *list = dialog->findChild<QListWidget *>(QStringLiteral("moveList"));
    for (int row = 0; row < list->count(); ++row)
        QCOMPARE(
            list->item(row)->text(),
            QStringLiteral("VShard %1: %2").arg(vshards.at(row)).arg(MoveDialog::stepText(MoveJournal::Step::Cleaned)));
    QCOMPARE(changed.size(), 1);
    const Topology after = storedTopology();
    for (int v : vshards)
        QCOMPARE(after.vshards.headOf(v), 5);
    verifyCluster(after);
}

void TestMoveDialog::cancelMidRunLeavesTheRestWhereTheyWere()
{
    auto dialog = sandboxDialog();
    QVERIFY2(dialog, "the sandbox needs five servers: scripts/sandbox start 5");
    VShardMover::Options options;
    options.batchVShards = 1;
    options.throttleRowsPerSec = 50; // some 20 rows a vshard: the click lands long before the last one
    dialog->setMoverOptions(options);
    const QList<int> vshards {300, 301, 302, 303, 304, 305, 306, 307}; // on bucket 2
    dialog->planForm()->setSelection(vshards, 5);
    QCOMPARE(dialog->plan()->vshards(), vshards);
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("moveProgress"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelMove"));
    connect(progress, &QProgressBar::valueChanged, cancel, [cancel](int value) {
        if (value == 1)
            cancel->click();
    });
    QVERIFY(runAndMeasureHeartbeat(*dialog, dialog->findChild<QPushButton *>(QStringLiteral("runMove"))) >= 0);
    QVERIFY2(dialog->reportText().contains(QStringLiteral("Cancelled")), qPrintable(dialog->reportText()));
    const Topology after = storedTopology();
    int moved = 0;
    for (int v : vshards)
        moved += after.vshards.headOf(v) == 5 ? 1 : 0;
    QVERIFY2(moved >= 1 && moved < vshards.size(), qPrintable(QString::number(moved)));
    for (int v : vshards)
        QVERIFY(after.vshards.headOf(v) == 5 || after.vshards.headOf(v) == 2);
    // What the core promises after a cancel: nothing left in the journal.
    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(m_storePath), {}, ConfigStore::OpenMode::OpenExisting).ok());
    VShardMover mover(store, {});
    const auto unfinished = mover.hasUnfinished();
    QVERIFY(unfinished.ok());
    QVERIFY(!*unfinished);
    verifyCluster(after);
}

void TestMoveDialog::unfinishedMoveIsOfferedToResume()
{
    auto dialog = sandboxDialog();
    QVERIFY2(dialog, "the sandbox needs five servers: scripts/sandbox start 5");
    // A mover killed right after its switch, on a thread and store connection of its own, as a crashed run.
    const QList<int> vshards {600, 601}; // on bucket 3
    std::unique_ptr<QThread> crashed(QThread::create([this, &vshards] {
        ConfigStore store;
        if (!store.open(ConfigLocation::sqlite(m_storePath), {}, ConfigStore::OpenMode::OpenExisting))
            return;
        VShardMover mover(store, [](const Shard &) -> Result<ConnectionOptions> { return moveOptions(); });
        mover.setCrashHook([](int, MoveJournal::Step step) { return step == MoveJournal::Step::Switched; });
        (void)mover.run(*MovePlan::fromSelection(moveTopology(), vshards, 5));
    }));
    crashed->start();
    QVERIFY(QTest::qWaitFor([&] { return crashed->isFinished(); }, 60000));

    QWidget *box = dialog->findChild<QWidget *>(QStringLiteral("unfinishedMove"));
    auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runMove"));
    dialog->planForm()->setSelection({100}, 5);
    dialog->startChecks();
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 20000);
    QVERIFY(!run->isEnabled()); // no new move over an unfinished one
    QVERIFY(runAndMeasureHeartbeat(*dialog, dialog->findChild<QPushButton *>(QStringLiteral("resumeMove"))) >= 0);
    QVERIFY(!box->isVisible());
    QVERIFY2(dialog->reportText().startsWith(QStringLiteral("Moved 2 vshard")), qPrintable(dialog->reportText()));
    QVERIFY(run->isEnabled());
    const Topology after = storedTopology();
    for (int v : vshards)
        QCOMPARE(after.vshards.headOf(v), 5);
    verifyCluster(after);
}

// The whole path in the main window: Cluster → Move VShards… opens the dialog; a drop of vshards on a row of
// the shard tree opens it with that plan; after the move the window shows the map as stored now.
void TestMoveDialog::mainWindowMovesWhatIsDroppedOnTheShardTreeAndReloads()
{
    QVERIFY2(sandboxDialog(), "the sandbox needs five servers: scripts/sandbox start 5");
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_storePath));
    auto credentials = std::make_shared<MemoryCredentialStore>();
    for (const Shard &shard : moveTopology().shards)
        QVERIFY(credentials->write(shard.credentialRef, sandboxPassword()));
    window.shardActions()->credentials()->useStore(credentials);

    window.findChild<QAction *>(QStringLiteral("moveVShardsAction"))->trigger();
    auto *fromMenu = waitForChild<MoveDialog>(&window, {});
    QVERIFY(fromMenu);
    fromMenu->close();
    QTRY_VERIFY(!window.findChild<MoveDialog *>());

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("shardView"));
    auto *model = static_cast<ShardTreeModel *>(tree->model());
    const QPoint at = tree->visualRect(model->indexOf(5)).center();
    const auto data = VShardMime::encode({{10, 11}}); // on bucket 1
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tree->viewport(), &drop);
    auto *dialog = waitForChild<MoveDialog>(&window, {});
    QVERIFY(dialog);
    QVERIFY(dialog->plan().ok());
    QCOMPARE(dialog->plan()->moves(), (QList<MovePlan::Move> {{10, 1, 5}, {11, 1, 5}}));

    QSignalSpy reloaded(&window, &MainWindow::configLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("runMove"))->isEnabled(), 20000);
    QVERIFY(runAndMeasureHeartbeat(*dialog, dialog->findChild<QPushButton *>(QStringLiteral("runMove"))) >= 0);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(window.document()->edited().vshards.headOf(10), 5);
    QCOMPARE(window.document()->edited().vshards.headOf(11), 5);
    verifyCluster(storedTopology());
}

QTEST_MAIN(TestMoveDialog)
#include "TestMoveDialog.moc"
