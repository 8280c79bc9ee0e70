#include "EditorTestSupport.h"
#include "ShardTreeModel.h"
#include "editor/ApplyDialog.h"
#include "editor/ShardMime.h"
#include "editor/TopologyDocument.h"
#include "rebalance/VShardMime.h"

#include <QAction>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// Drag and drop in the Shards view: a shard dropped on another is chained after it, dropped at the top
// level it becomes a head, as one undoable edit of its Parent; drops the topology cannot take are refused;
// vshards dropped from the map still ask to be moved. The drops go through the model as the view makes
// them: mimeData() of the dragged row, then canDropMimeData()/dropMimeData() with the view's row and parent.
class TestShardDragDrop : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void treeIsSetUpForDragAndDrop();
    void droppedShardIsChainedUndoneRedoneAndApplied();
    void shardDroppedBelowLastOverflowShardIsChainedAfterIt();
    void shardDroppedAtTopLevelBecomesHead();
    void dropThatTopologyCannotTakeIsRefused_data();
    void dropThatTopologyCannotTakeIsRefused();
    void shardFromAnotherWindowIsRefused();
    void verdictFollowsEditsOfShards();
    void droppingMappedHeadActsLikeTypingItsParent();
    void droppedVShardsStillAskToMove();
    void viewTakesShardDroppedOnRowOrEmptyArea();

private:
    bool openWindow(MainWindow &window);
    std::unique_ptr<QMimeData> dragShard(int shardId) const;
    static bool dragOver(QWidget *viewport, const QPoint &pos, QMimeData *data);
    static void drop(QWidget *viewport, const QPoint &pos, QMimeData *data);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ShardTreeModel *m_model = nullptr;
    TopologyDocument *m_document = nullptr;
};

// The two buckets (1 -> 3 on 127.0.0.1, 2 on 127.0.0.2) and shard 4, a head on 127.0.0.1 that no vshard is
// mapped to yet: a shard that can be chained after shard 3 and back.
void TestShardDragDrop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shardconf.sqlite"));
    Topology topology = twoBucketTopology(1024);
    topology.shards.append(makeShard(4, 0, QStringLiteral("127.0.0.1"), QStringLiteral("shard_4")));
    QVERIFY(topology.errors().isEmpty());
    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(m_path)));
    QVERIFY(store.replace(topology, QStringLiteral("fixture")));
}

bool TestShardDragDrop::openWindow(MainWindow &window)
{
    window.show();
    if (!openAndWait(window, m_path))
        return false;
    auto *view = window.findChild<QTreeView *>(QStringLiteral("shardView"));
    m_model = view ? qobject_cast<ShardTreeModel *>(view->model()) : nullptr;
    m_document = window.document();
    return m_model != nullptr;
}

// What the view hands to QDrag when the user drags the row of shardId (every column of it is selected).
std::unique_ptr<QMimeData> TestShardDragDrop::dragShard(int shardId) const
{
    QModelIndexList row;
    for (int c = 0; c < ShardTreeModel::ColumnCount; ++c)
        row.append(m_model->indexOf(shardId, c));
    return std::unique_ptr<QMimeData>(m_model->mimeData(row));
}

// What the view gets while the user drags over it, and whether it shows that a drop is possible there.
bool TestShardDragDrop::dragOver(QWidget *viewport, const QPoint &pos, QMimeData *data)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    return move.isAccepted();
}

void TestShardDragDrop::drop(QWidget *viewport, const QPoint &pos, QMimeData *data)
{
    QDropEvent event(QPointF(pos), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

void TestShardDragDrop::treeIsSetUpForDragAndDrop()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("shardView"));
    QCOMPARE(view->dragDropMode(), QAbstractItemView::DragDrop);
    QVERIFY(view->dragEnabled());
    QVERIFY(view->acceptDrops());
    QVERIFY(m_model->flags(m_model->indexOf(3)) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->flags(QModelIndex()) & Qt::ItemIsDropEnabled); // the empty area takes a shard as a head
    QVERIFY(m_model->mimeTypes().contains(ShardMime::mimeType()));
    QVERIFY(m_model->mimeTypes().contains(VShardMime::mimeType()));

    const auto data = dragShard(3);
    QVERIFY(data);
    QVERIFY(data->hasFormat(QStringLiteral("application/x-sharddesk-shard-id")));
    QVERIFY(!VShardMime::carriesVShards(data.get()));
    // Two shards cannot both become the overflow shard of one: a drag takes one shard.
    QVERIFY(!m_model->mimeData({m_model->indexOf(3), m_model->indexOf(4)}));
}

void TestShardDragDrop::droppedShardIsChainedUndoneRedoneAndApplied()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    auto *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
    const auto data = dragShard(4);
    const QModelIndex target = m_model->indexOf(3);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));

    QCOMPARE(m_document->edited().shard(4)->parentId, 3);
    QCOMPARE(m_document->edited().bucket(1), (QList<int> {1, 3, 4}));
    QCOMPARE(m_model->indexOf(4).parent(), m_model->indexOf(1)); // shown in bucket 1 now, after shard 3
    QCOMPARE(m_model->indexOf(4, ShardTreeModel::ParentColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change Parent of shard 4"));
    QVERIFY(m_document->errors().isEmpty());
    QVERIFY(apply->isEnabled());

    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(m_document->edited().shard(4)->parentId, 0);
    QVERIFY(!m_model->indexOf(4).parent().isValid());
    QVERIFY(!window.isWindowModified());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(m_document->edited().shard(4)->parentId, 3);
    QCOMPARE(m_model->indexOf(4).parent(), m_model->indexOf(1));

    QSignalSpy applied(&window, &MainWindow::applied);
    QTest::keySequence(&window, QKeySequence::Save);
    auto *dialog = waitForChild<ApplyDialog>(&window, QStringLiteral("applyDialog"));
    QVERIFY(dialog);
    dialog->accept();
    QVERIFY(applied.wait(10000));
    const Topology stored = loadStore(m_path);
    QCOMPARE(stored.version, qint64(2));
    QCOMPARE(stored.shard(4)->parentId, 3);
    QCOMPARE(stored.bucket(1), (QList<int> {1, 3, 4}));
}

// Between the rows of a bucket the view gives the row under the bucket's head: below the last one is
// after its last shard.
void TestShardDragDrop::shardDroppedBelowLastOverflowShardIsChainedAfterIt()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    const auto data = dragShard(4);
    const QModelIndex head = m_model->indexOf(1);
    const int belowLast = m_model->rowCount(head);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, belowLast, 0, head));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, belowLast, 0, head));
    QCOMPARE(m_document->edited().shard(4)->parentId, 3);
}

void TestShardDragDrop::shardDroppedAtTopLevelBecomesHead()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    const int heads = m_model->rowCount();
    const auto data = dragShard(3);
    // The empty area, and between two buckets.
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));

    QCOMPARE(m_document->edited().shard(3)->parentId, 0);
    QCOMPARE(m_model->rowCount(), heads + 1);
    QVERIFY(!m_model->indexOf(3).parent().isValid());
    QCOMPARE(m_model->indexOf(3, ShardTreeModel::ParentColumn).data(Qt::EditRole).toString(), QStringLiteral("0"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change Parent of shard 3"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->edited().shard(3)->parentId, 1);
    QCOMPARE(m_model->indexOf(3).parent(), m_model->indexOf(1));
}

void TestShardDragDrop::dropThatTopologyCannotTakeIsRefused_data()
{
    QTest::addColumn<int>("dragged");
    QTest::addColumn<int>("target"); // 0: the empty area
    QTest::addColumn<int>("row"); // -1: on the target; else between the rows under it
    QTest::newRow("head onto its own overflow shard: a cycle") << 1 << 3 << -1;
    QTest::newRow("onto a shard on another server") << 4 << 2 << -1;
    QTest::newRow("onto a head from another server") << 2 << 4 << -1;
    QTest::newRow("onto itself") << 4 << 4 << -1;
    QTest::newRow("onto a shard that has an overflow shard") << 4 << 1 << -1;
    QTest::newRow("between a head and its overflow shard") << 4 << 1 << 0;
    QTest::newRow("onto its parent: no change") << 3 << 1 << -1;
    QTest::newRow("a head to the top level: no change") << 4 << 0 << -1;
}

void TestShardDragDrop::dropThatTopologyCannotTakeIsRefused()
{
    QFETCH(int, dragged);
    QFETCH(int, target);
    QFETCH(int, row);
    MainWindow window;
    QVERIFY(openWindow(window));
    const Topology before = m_document->edited();
    const auto data = dragShard(dragged);
    QVERIFY(data);
    const QModelIndex parent = target == 0 ? QModelIndex() : m_model->indexOf(target);

    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, row, -1, parent));
    // Were it dropped all the same, nothing changes.
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, row, -1, parent));
    QCOMPARE(m_document->edited(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!window.isWindowModified());
}

// Shard ids mean something only in the document they were dragged from.
void TestShardDragDrop::shardFromAnotherWindowIsRefused()
{
    MainWindow other;
    QVERIFY(openWindow(other));
    const auto foreign = dragShard(4);
    MainWindow window;
    QVERIFY(openWindow(window));
    const QModelIndex target = m_model->indexOf(3);
    QVERIFY(!m_model->canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(!m_model->dropMimeData(foreign.get(), Qt::MoveAction, -1, -1, target));
    QCOMPARE(m_document->edited().shard(4)->parentId, 0);
    QVERIFY(m_model->canDropMimeData(dragShard(4).get(), Qt::MoveAction, -1, -1, target));
}

// The view asks on every mouse move and the model remembers its answers; an edit in between counts.
void TestShardDragDrop::verdictFollowsEditsOfShards()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    const auto data = dragShard(4);
    const QModelIndex onShard2 = m_model->indexOf(2);
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2)); // another server
    QVERIFY(m_model->setData(m_model->indexOf(4, ShardTreeModel::HostColumn), QStringLiteral("127.0.0.2")));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2)); // now the same one
    m_document->undoStack()->undo();
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2));
}

// Shard 1 heads a bucket that 512 vshards are mapped to. Typing its Parent makes it an overflow shard and
// lets validation show those vshards as the problem; a drop does exactly the same.
void TestShardDragDrop::droppingMappedHeadActsLikeTypingItsParent()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    auto *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
    const auto data = dragShard(1);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf(4)));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf(4)));
    const Topology dropped = m_document->edited();
    const TopologyProblems problems = m_document->errors();
    QCOMPARE(dropped.shard(1)->parentId, 4);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().subject, TopologyProblem::Subject::VShard);
    QVERIFY2(problems.first().message.contains(QStringLiteral("not a bucket head")),
             qPrintable(problems.first().message));
    QVERIFY(!apply->isEnabled());
    const QString dropText = m_document->undoStack()->undoText();

    m_document->undoStack()->undo();
    QVERIFY(m_document->errors().isEmpty());
    QVERIFY(m_model->setData(m_model->indexOf(1, ShardTreeModel::ParentColumn), QStringLiteral("4")));
    QCOMPARE(m_document->edited(), dropped);
    QCOMPARE(m_document->errors().size(), 1);
    QCOMPARE(m_document->errors().first().message, problems.first().message);
    QCOMPARE(m_document->undoStack()->undoText(), dropText);
}

void TestShardDragDrop::droppedVShardsStillAskToMove()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    const auto data = VShardMime::encode({{0, 3}});
    QSignalSpy dropped(m_model, &ShardTreeModel::vshardsDropped);
    // On an overflow shard: its bucket's head is the target.
    const QModelIndex target = m_model->indexOf(3, ShardTreeModel::HostColumn);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).value<QList<int>>(), (QList<int> {0, 1, 2, 3}));
    QCOMPARE(dropped.first().at(1).toInt(), 1);
    QCOMPARE(m_document->undoStack()->count(), 0); // the move dialog shows the plan first

    // The empty area is no shard to move vshards to; and a shard drag is no vshard drag.
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, QModelIndex()));
    QVERIFY(m_model->dropMimeData(dragShard(4).get(), Qt::MoveAction, -1, -1, m_model->indexOf(3)));
    QCOMPARE(dropped.size(), 1);
}

// The same through the view's own drag and drop events: onto the middle of a row, and onto the empty area.
void TestShardDragDrop::viewTakesShardDroppedOnRowOrEmptyArea()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("shardView"));
    QWidget *viewport = view->viewport();
    const auto rowCentre = [&](int shardId) {
        return view->visualRect(m_model->indexOf(shardId)).center();
    };

    auto data = dragShard(4);
    QVERIFY(!dragOver(viewport, rowCentre(2), data.get())); // another server: the cursor says no
    QVERIFY(dragOver(viewport, rowCentre(3), data.get()));
    drop(viewport, rowCentre(3), data.get());
    QCOMPARE(m_document->edited().shard(4)->parentId, 3);

    data = dragShard(4);
    const QPoint emptyArea(viewport->width() / 2, viewport->height() - 5);
    QVERIFY(!view->indexAt(emptyArea).isValid());
    QVERIFY(dragOver(viewport, emptyArea, data.get()));
    drop(viewport, emptyArea, data.get());
    QCOMPARE(m_document->edited().shard(4)->parentId, 0);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestShardDragDrop"));
    TestShardDragDrop test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestShardDragDrop.moc"
