#include "EditorTestSupport.h"
#include "ShardTreeModel.h"
#include "editor/ApplyDialog.h"
#include "editor/ShardMime.h"
#include "editor/TopologyDocument.h"
#include "i18n/Translations.h"
#include "rebalance/VShardMime.h"

#include <QAction>
#include <QMimeData>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// Drag and drop in the Shards view: a shard dropped on another is chained after it, dropped at the top
// level it becomes a head, as one undoable edit of its Parent; drops the topology cannot take are refused,
// and while the drag hovers such a place the status bar says why; vshards dropped from the map still ask to
// be moved. The drops go through the model as the view makes them: mimeData() of the dragged row, then
// canDropMimeData()/dropMimeData() with the view's row and parent.
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
    void dropMakingMoreHeadsThanVShardsSaysWhy();
    void acceptedDropSaysSo();
    void shardFromAnotherWindowIsRefused();
    void shardMimeTellsAnotherOriginFromUnreadable();
    void verdictFollowsEditsOfShards();
    void droppingMappedHeadActsLikeTypingItsParent();
    void droppedVShardsStillAskToMove();
    void viewTakesShardDroppedOnRowOrEmptyArea();
    void statusBarSaysWhyWhileDragHoversRefusedPlace();
    void statusBarSaysWhyShardFromAnotherWindowIsRefused();
    void reasonIsInTheUserInterfaceLanguage();

private:
    void storeFixture(int vshardCount);
    bool openWindow(MainWindow &window);
    QStatusBar *openWindowWithStatus(MainWindow &window);
    static QString loadedMessage() { return QStringLiteral("Loaded 4 shard(s)."); }
    std::unique_ptr<QMimeData> dragShard(int shardId) const;
    QPoint rowCentre(int shardId) const;
    QPoint emptyArea() const;
    static bool dragOver(QWidget *viewport, const QPoint &pos, QMimeData *data);
    static bool dragMove(QWidget *viewport, const QPoint &pos, QMimeData *data);
    static void dragLeave(QWidget *viewport);
    static void drop(QWidget *viewport, const QPoint &pos, QMimeData *data);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QTreeView *m_view = nullptr;
    ShardTreeModel *m_model = nullptr;
    TopologyDocument *m_document = nullptr;
};

void TestShardDragDrop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shardconf.sqlite"));
    storeFixture(1024);
}

// The two buckets (1 -> 3 on 127.0.0.1, 2 on 127.0.0.2) and shard 4, a head on 127.0.0.1 that no vshard is
// mapped to yet: a shard that can be chained after shard 3 and back.
void TestShardDragDrop::storeFixture(int vshardCount)
{
    Topology topology = twoBucketTopology(vshardCount);
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
    m_view = window.findChild<QTreeView *>(QStringLiteral("shardView"));
    m_model = m_view ? qobject_cast<ShardTreeModel *>(m_view->model()) : nullptr;
    m_document = window.document();
    return m_model != nullptr;
}

// Opens window as openWindow() does: its status bar, once that says the fixture is loaded (the message a
// reason gives way to), or null.
QStatusBar *TestShardDragDrop::openWindowWithStatus(MainWindow &window)
{
    if (!openWindow(window) || window.statusBar()->currentMessage() != loadedMessage())
        return nullptr;
    return window.statusBar();
}

// What the view hands to QDrag when the user drags the row of shardId (every column of it is selected).
std::unique_ptr<QMimeData> TestShardDragDrop::dragShard(int shardId) const
{
    QModelIndexList row;
    for (int c = 0; c < ShardTreeModel::ColumnCount; ++c)
        row.append(m_model->indexOf(shardId, c));
    return std::unique_ptr<QMimeData>(m_model->mimeData(row));
}

// Where the user points at the row of shardId in the Shards view.
QPoint TestShardDragDrop::rowCentre(int shardId) const
{
    return m_view->visualRect(m_model->indexOf(shardId)).center();
}

// A point of the Shards view below every row.
QPoint TestShardDragDrop::emptyArea() const
{
    return {m_view->viewport()->width() / 2, m_view->viewport()->height() - 5};
}

// What the view gets while the user drags over it, and whether it shows that a drop is possible there.
bool TestShardDragDrop::dragOver(QWidget *viewport, const QPoint &pos, QMimeData *data)
{
    QDragEnterEvent enter(pos, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    return dragMove(viewport, pos, data);
}

// The drag, already over the view, moves on to pos.
bool TestShardDragDrop::dragMove(QWidget *viewport, const QPoint &pos, QMimeData *data)
{
    QDragMoveEvent move(pos, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    return move.isAccepted();
}

// What the view gets when the drag leaves it, or is cancelled over it.
void TestShardDragDrop::dragLeave(QWidget *viewport)
{
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(viewport, &leave);
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

// Each refusal says why, in the words of topology validation for a problem the drop would add.
void TestShardDragDrop::dropThatTopologyCannotTakeIsRefused_data()
{
    QTest::addColumn<int>("dragged");
    QTest::addColumn<int>("target"); // 0: the empty area
    QTest::addColumn<int>("row"); // -1: on the target; else between the rows under it
    QTest::addColumn<QString>("reason");
    const QString otherServer = QStringLiteral("Shard %1 is on %2 but its parent shard %3 is on %4; all shards of a "
                                               "bucket must be on one server.");
    const QString secondOverflow = QStringLiteral("Shard 4 and shard 3 both have parent shard 1; a bucket is a "
                                                  "chain, so a shard can have only one overflow shard.");
    QTest::newRow("head onto its own overflow shard: a cycle")
        << 1 << 3 << -1
        << QStringLiteral("Shard 1 is part of a cycle of parents (1 → 3 → 1), so it belongs to no bucket; a bucket "
                          "must start at a head shard with parent 0.");
    QTest::newRow("onto a shard on another server")
        << 4 << 2 << -1
        << otherServer.arg(4).arg(QStringLiteral("127.0.0.1:3306")).arg(2).arg(QStringLiteral("127.0.0.2:3306"));
    QTest::newRow("onto a head from another server")
        << 2 << 4 << -1
        << otherServer.arg(2).arg(QStringLiteral("127.0.0.2:3306")).arg(4).arg(QStringLiteral("127.0.0.1:3306"));
    QTest::newRow("onto itself") << 4 << 4 << -1 << QStringLiteral("Shard 4 is its own parent.");
    QTest::newRow("onto a shard that has an overflow shard") << 4 << 1 << -1 << secondOverflow;
    QTest::newRow("between a head and its overflow shard") << 4 << 1 << 0 << secondOverflow;
    QTest::newRow("onto its parent: no change")
        << 3 << 1 << -1 << QStringLiteral("Shard 3 is the overflow shard of shard 1 already.");
    QTest::newRow("a head to the top level: no change")
        << 4 << 0 << -1 << QStringLiteral("Shard 4 is a bucket head already.");
}

void TestShardDragDrop::dropThatTopologyCannotTakeIsRefused()
{
    QFETCH(int, dragged);
    QFETCH(int, target);
    QFETCH(int, row);
    QFETCH(QString, reason);
    MainWindow window;
    QVERIFY(openWindow(window));
    const Topology before = m_document->edited();
    const auto data = dragShard(dragged);
    QVERIFY(data);
    const QModelIndex parent = target == 0 ? QModelIndex() : m_model->indexOf(target);
    QSignalSpy refused(m_model, &ShardTreeModel::dropRefused);
    QSignalSpy accepted(m_model, &ShardTreeModel::dropAccepted);

    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, row, -1, parent));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), reason);
    QCOMPARE(window.statusBar()->currentMessage(), reason);
    // The next mouse move over the same place: the same answer, from the model's cache.
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, row, -1, parent));
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.last().first().toString(), reason);
    QCOMPARE(accepted.size(), 0);
    // Were it dropped all the same, nothing changes.
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, row, -1, parent));
    QCOMPARE(m_document->edited(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!window.isWindowModified());
}

// Shard 3 to the top level would make a fourth bucket head where three vshards can cover only three.
void TestShardDragDrop::dropMakingMoreHeadsThanVShardsSaysWhy()
{
    storeFixture(3);
    if (QTest::currentTestFailed())
        return;
    MainWindow window;
    QVERIFY(openWindow(window));
    QSignalSpy refused(m_model, &ShardTreeModel::dropRefused);
    QVERIFY(!m_model->canDropMimeData(dragShard(3).get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral("3 vshard(s) cannot cover 4 bucket heads; each bucket needs at least one vshard."));
    QCOMPARE(m_document->edited().shard(3)->parentId, 1);
}

// A place that takes the shard says so, and takes back a reason shown for the place hovered before.
void TestShardDragDrop::acceptedDropSaysSo()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    QSignalSpy refused(m_model, &ShardTreeModel::dropRefused);
    QSignalSpy accepted(m_model, &ShardTreeModel::dropAccepted);
    const auto data = dragShard(4);
    const QString before = window.statusBar()->currentMessage();
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf(2)));
    QVERIFY(window.statusBar()->currentMessage() != before);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf(3)));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(window.statusBar()->currentMessage(), before);
    // Another shard, to the empty area: a new head.
    QVERIFY(m_model->canDropMimeData(dragShard(3).get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(refused.size(), 1);
}

// Shard ids mean something only in the document they were dragged from; the refusal says so.
void TestShardDragDrop::shardFromAnotherWindowIsRefused()
{
    MainWindow other;
    QVERIFY(openWindow(other));
    const auto foreign = dragShard(4);
    MainWindow window;
    QVERIFY(openWindow(window));
    const QModelIndex target = m_model->indexOf(3);
    QSignalSpy refused(m_model, &ShardTreeModel::dropRefused);
    QSignalSpy accepted(m_model, &ShardTreeModel::dropAccepted);
    QVERIFY(!m_model->canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, target));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral("A shard can only be re-chained within the window it was dragged from."));
    QCOMPARE(window.statusBar()->currentMessage(), refused.first().first().toString());
    QVERIFY(!m_model->dropMimeData(foreign.get(), Qt::MoveAction, -1, -1, target));
    QCOMPARE(m_document->edited().shard(4)->parentId, 0);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_model->canDropMimeData(dragShard(4).get(), Qt::MoveAction, -1, -1, target));
}

// Another window, or another process, is another origin; a shard drag naming no origin is unreadable.
void TestShardDragDrop::shardMimeTellsAnotherOriginFromUnreadable()
{
    int owner = 0;
    const QString here = ShardMime::originOf(&owner);
    const auto own = ShardMime::encode(4, here);
    QCOMPARE(ShardMime::decode(own.get(), here), 4);
    QVERIFY(!ShardMime::isFromAnotherOrigin(own.get(), here));

    int otherOwner = 0;
    QVERIFY(ShardMime::isFromAnotherOrigin(own.get(), ShardMime::originOf(&otherOwner)));
    QCOMPARE(ShardMime::decode(own.get(), ShardMime::originOf(&otherOwner)), 0);
    // The same object in another process (pid 0 is no process of ours).
    const auto otherProcess = ShardMime::encode(4, QStringLiteral("%1/%2").arg(qint64(0)).arg(quintptr(&owner), 0, 16));
    QVERIFY(ShardMime::isFromAnotherOrigin(otherProcess.get(), here));
    QCOMPARE(ShardMime::decode(otherProcess.get(), here), 0);

    QMimeData unreadable;
    unreadable.setData(ShardMime::mimeType(), QByteArrayLiteral("4"));
    QVERIFY(!ShardMime::isFromAnotherOrigin(&unreadable, here));
    QCOMPARE(ShardMime::decode(&unreadable, here), 0);
    QMimeData text;
    text.setText(QStringLiteral("4"));
    QVERIFY(!ShardMime::isFromAnotherOrigin(&text, here));
    QVERIFY(!ShardMime::isFromAnotherOrigin(VShardMime::encode({{0, 3}}).get(), here));
    QVERIFY(!ShardMime::isFromAnotherOrigin(nullptr, here));
}

// The view asks on every mouse move and the model remembers its answers; an edit in between counts.
void TestShardDragDrop::verdictFollowsEditsOfShards()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    const auto data = dragShard(4);
    const QModelIndex onShard2 = m_model->indexOf(2);
    QSignalSpy refused(m_model, &ShardTreeModel::dropRefused);
    QSignalSpy accepted(m_model, &ShardTreeModel::dropAccepted);
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2)); // another server
    QVERIFY(m_model->setData(m_model->indexOf(4, ShardTreeModel::HostColumn), QStringLiteral("127.0.0.2")));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2)); // now the same one
    QCOMPARE(accepted.size(), 1);
    QVERIFY(m_model->setData(m_model->indexOf(4, ShardTreeModel::HostColumn), QStringLiteral("127.0.0.3")));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2));
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused.at(0).first().toString().contains(QStringLiteral("127.0.0.1:3306")),
             qPrintable(refused.at(0).first().toString()));
    QVERIFY2(refused.at(1).first().toString().contains(QStringLiteral("127.0.0.3:3306")),
             qPrintable(refused.at(1).first().toString()));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onShard2));
    QCOMPARE(refused.last().first().toString(), refused.first().first().toString());
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
    QWidget *viewport = m_view->viewport();

    auto data = dragShard(4);
    QVERIFY(!dragOver(viewport, rowCentre(2), data.get())); // another server: the cursor says no
    QVERIFY(dragOver(viewport, rowCentre(3), data.get()));
    drop(viewport, rowCentre(3), data.get());
    QCOMPARE(m_document->edited().shard(4)->parentId, 3);

    data = dragShard(4);
    QVERIFY(!m_view->indexAt(emptyArea()).isValid());
    QVERIFY(dragOver(viewport, emptyArea(), data.get()));
    drop(viewport, emptyArea(), data.get());
    QCOMPARE(m_document->edited().shard(4)->parentId, 0);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

// Through the view's own drag events, as the user sees it: the status bar says why while the drag hovers a
// place that refuses the shard, and no longer once it hovers one that takes it, leaves, or is dropped.
void TestShardDragDrop::statusBarSaysWhyWhileDragHoversRefusedPlace()
{
    const QString otherServer = QStringLiteral("Shard 4 is on 127.0.0.1:3306 but its parent shard 2 is on "
                                               "127.0.0.2:3306; all shards of a bucket must be on one server.");
    MainWindow window;
    QStatusBar *status = openWindowWithStatus(window);
    QVERIFY(status);
    QWidget *viewport = m_view->viewport();
    const QString loaded = loadedMessage();

    const auto data = dragShard(4);
    QVERIFY(dragOver(viewport, rowCentre(3), data.get()));
    QCOMPARE(status->currentMessage(), loaded); // nothing to explain: another message stays
    // Each time the reason goes, the message it replaced comes back (in a window whose edits have a problem,
    // the reason Apply is disabled).
    QVERIFY(!dragMove(viewport, rowCentre(2), data.get()));
    QCOMPARE(status->currentMessage(), otherServer);
    QVERIFY(!dragMove(viewport, rowCentre(2) + QPoint(3, 0), data.get()));
    QCOMPARE(status->currentMessage(), otherServer);
    QVERIFY(dragMove(viewport, rowCentre(3), data.get()));
    QCOMPARE(status->currentMessage(), loaded);

    // Leaving the view, or cancelling the drag over it (which Qt delivers as a drag leave).
    QVERIFY(!dragMove(viewport, rowCentre(2), data.get()));
    QCOMPARE(status->currentMessage(), otherServer);
    dragLeave(viewport);
    QCOMPARE(status->currentMessage(), loaded);

    // Over the dragged shard's own rows Qt refuses without asking the model: a move the model does not
    // answer (here one it cannot read) takes the reason back as well.
    QVERIFY(!dragOver(viewport, rowCentre(2), data.get()));
    QCOMPARE(status->currentMessage(), otherServer);
    QMimeData unreadable;
    unreadable.setData(ShardMime::mimeType(), QByteArrayLiteral("4"));
    QVERIFY(!dragMove(viewport, rowCentre(3), &unreadable));
    QTRY_COMPARE(status->currentMessage(), loaded);

    // Dropped: the reason goes with the drag, and the drop takes nothing where it was refused.
    QVERIFY(!dragOver(viewport, rowCentre(2), data.get()));
    QCOMPARE(status->currentMessage(), otherServer);
    drop(viewport, rowCentre(2), data.get());
    QCOMPARE(status->currentMessage(), loaded);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

// The same for a shard dragged in from another window: refused wherever it hovers, and the reason says why.
void TestShardDragDrop::statusBarSaysWhyShardFromAnotherWindowIsRefused()
{
    MainWindow other;
    QVERIFY(openWindow(other));
    const auto foreign = dragShard(4);
    const QString anotherWindow = QStringLiteral("A shard can only be re-chained within the window it was dragged "
                                                 "from.");
    MainWindow window;
    QStatusBar *status = openWindowWithStatus(window);
    QVERIFY(status);
    QWidget *viewport = m_view->viewport();
    const QString loaded = loadedMessage();

    // Where this window's shard 4 would be taken, and the empty area.
    QVERIFY(!dragOver(viewport, rowCentre(3), foreign.get()));
    QCOMPARE(status->currentMessage(), anotherWindow);
    QVERIFY(!dragMove(viewport, emptyArea(), foreign.get()));
    QCOMPARE(status->currentMessage(), anotherWindow);
    dragLeave(viewport);
    QCOMPARE(status->currentMessage(), loaded);

    // Dropped: refused, nothing changes, and the message it replaced comes back.
    QVERIFY(!dragOver(viewport, rowCentre(3), foreign.get()));
    QCOMPARE(status->currentMessage(), anotherWindow);
    drop(viewport, rowCentre(3), foreign.get());
    QCOMPARE(status->currentMessage(), loaded);
    QCOMPARE(m_document->edited().shard(4)->parentId, 0);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!window.isWindowModified());
}

void TestShardDragDrop::reasonIsInTheUserInterfaceLanguage()
{
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    const auto english = qScopeGuard([] {
        // Translations::install() parents its translators to the application.
        qDeleteAll(qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    });
    MainWindow other;
    QVERIFY(openWindow(other));
    const auto foreign = dragShard(4);
    MainWindow window;
    QVERIFY(openWindow(window));
    QSignalSpy refused(m_model, &ShardTreeModel::dropRefused);
    QVERIFY(!m_model->canDropMimeData(dragShard(4).get(), Qt::MoveAction, -1, -1, m_model->indexOf(2)));
    QVERIFY(!m_model->canDropMimeData(dragShard(4).get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QVERIFY(!m_model->canDropMimeData(foreign.get(), Qt::MoveAction, -1, -1, m_model->indexOf(3)));
    QCOMPARE(refused.size(), 3);
    QCOMPARE(refused.at(0).first().toString(),
             QStringLiteral("Shard 4 liegt auf 127.0.0.1:3306, sein übergeordneter Shard 2 aber auf 127.0.0.2:3306; "
                            "alle Shards eines Buckets müssen auf einem Server liegen."));
    QCOMPARE(refused.at(1).first().toString(), QStringLiteral("Shard 4 ist bereits ein Bucket-Kopf."));
    QCOMPARE(refused.at(2).first().toString(),
             QStringLiteral("Ein Shard kann nur in dem Fenster neu verkettet werden, aus dem er gezogen wurde."));
    QCOMPARE(window.statusBar()->currentMessage(), refused.at(2).first().toString());
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
