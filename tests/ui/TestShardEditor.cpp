#include "EditorTestSupport.h"
#include "ShardTreeModel.h"
#include "credentials/CredentialStore.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "editor/ApplyDialog.h"
#include "editor/CredentialFallbackDialog.h"
#include "editor/CredentialSession.h"
#include "editor/JsonTransfer.h"
#include "editor/PasswordDialog.h"
#include "editor/SetShardCommand.h"
#include "editor/ShardEditActions.h"
#include "editor/TopologyDocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// Editing shards in the main window: in-place edits with validation, undo/redo, Apply with its diff,
// a concurrent change by someone else, removal rules and closing with unsaved changes.
class TestShardEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editedCapacityUndoesRedoesAndIsStoredByApply();
    void invalidValueTurnsCellRedAndDisablesApply_data();
    void invalidValueTurnsCellRedAndDisablesApply();
    void hostIsKeptInItsCanonicalSpelling();
    void conflictingChangeIsReportedAndReappliedAfterReload();
    void removeIsRefusedWhileVShardsPointAtShard();
    void addedShardCanBeUndone();
    void passwordGoesToEncryptedFileWhenNoKeychain();
    void passwordCanBeGivenToTheUserOnEveryServer();
    void closeWithUnsavedChangesAsks_data();
    void closeWithUnsavedChangesAsks();
    void saveOnCloseWithInvalidEditKeepsWindowOpen();
    void importReplacesStoreAfterBackupAndConfirmation();

private:
    QTreeView *tree(MainWindow &window) const;
    void editCell(MainWindow &window, int shardId, int column, const QString &text);
    static bool acceptApplyDialog(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestShardEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shardconf.sqlite"));
    QCOMPARE(writeTwoBucketStore(m_path), qint64(1));
}

QTreeView *TestShardEditor::tree(MainWindow &window) const
{
    return window.findChild<QTreeView *>(QStringLiteral("shardView"));
}

// Types text into the cell like a user: start editing, replace the editor's text, press Enter.
void TestShardEditor::editCell(MainWindow &window, int shardId, int column, const QString &text)
{
    QTreeView *view = tree(window);
    auto *model = static_cast<ShardTreeModel *>(view->model());
    const QModelIndex index = model->indexOf(shardId, column);
    QVERIFY(index.isValid());
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor)
        editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    const QPointer<QLineEdit> open(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    QTRY_VERIFY(open.isNull());
}

bool TestShardEditor::acceptApplyDialog(MainWindow &window)
{
    auto *dialog = waitForChild<ApplyDialog>(&window, QStringLiteral("applyDialog"));
    if (!dialog)
        return false;
    dialog->accept();
    return true;
}

void TestShardEditor::editedCapacityUndoesRedoesAndIsStoredByApply()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openAndWait(window, m_path));
    auto *apply = window.findChild<QAction *>(QStringLiteral("applyAction"));
    QVERIFY(!apply->isEnabled()); // nothing to apply yet

    editCell(window, 2, ShardTreeModel::CapacityColumn, QStringLiteral("250"));
    auto *model = tree(window)->model();
    const QModelIndex cell = static_cast<ShardTreeModel *>(model)->indexOf(2, ShardTreeModel::CapacityColumn);
    QCOMPARE(cell.data(Qt::EditRole).toString().toDouble(), 250.0);
    QVERIFY(apply->isEnabled());
    QVERIFY(window.isWindowModified());

    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(cell.data(Qt::EditRole).toString().toDouble(), 100.0);
    QVERIFY(!apply->isEnabled());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(cell.data(Qt::EditRole).toString().toDouble(), 250.0);

    QSignalSpy applied(&window, &MainWindow::applied);
    QTest::keySequence(&window, QKeySequence::Save);
    auto *dialog = waitForChild<ApplyDialog>(&window, QStringLiteral("applyDialog"));
    QVERIFY(dialog);
    auto *changes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("applyChanges"));
    QVERIFY(changes->toPlainText().contains(QStringLiteral("250")));
    dialog->accept();
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.first().first().toLongLong(), qint64(2));
    QVERIFY(!window.isWindowModified());

    const Topology stored = loadStore(m_path);
    QCOMPARE(stored.version, qint64(2));
    QCOMPARE(stored.shard(2)->capacityMb, 250.0);
    QCOMPARE(stored.shard(1)->capacityMb, 100.0);
}

void TestShardEditor::invalidValueTurnsCellRedAndDisablesApply_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("port above 65535") << int(ShardTreeModel::PortColumn) << QStringLiteral("70000")
                                      << QStringLiteral("65535");
    QTest::newRow("port 0") << int(ShardTreeModel::PortColumn) << QStringLiteral("0") << QStringLiteral("65535");
    QTest::newRow("capacity 0") << int(ShardTreeModel::CapacityColumn) << QStringLiteral("0")
                                << QStringLiteral("capacity");
    QTest::newRow("database with a dash") << int(ShardTreeModel::DatabaseColumn) << QStringLiteral("shard-2")
                                          << QStringLiteral("not a valid database name");
    QTest::newRow("empty host") << int(ShardTreeModel::HostColumn) << QString() << QStringLiteral("host is empty");
}

void TestShardEditor::invalidValueTurnsCellRedAndDisablesApply()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    auto *model = static_cast<ShardTreeModel *>(tree(window)->model());
    const QModelIndex cell = model->indexOf(2, column);
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());

    editCell(window, 2, column, text);
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(reason), qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(window.document()->isModified());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("applyAction"))->isEnabled());

    QVERIFY2(window.statusBar()->currentMessage().contains(reason), qPrintable(window.statusBar()->currentMessage()));

    QTest::keySequence(&window, QKeySequence::Undo); // back to a valid topology: Apply has nothing to do
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    QVERIFY2(!window.statusBar()->currentMessage().contains(reason), qPrintable(window.statusBar()->currentMessage()));
}

void TestShardEditor::hostIsKeptInItsCanonicalSpelling()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    auto *model = static_cast<ShardTreeModel *>(tree(window)->model());
    // Shard 3 is shard 1's overflow shard on 127.0.0.1: another spelling of that server is that server, so
    // the bucket stays on one server and nothing changes.
    editCell(window, 3, ShardTreeModel::HostColumn, QStringLiteral("127.1"));
    const QModelIndex host3 = model->indexOf(3, ShardTreeModel::HostColumn);
    QCOMPARE(host3.data(Qt::EditRole).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY2(!host3.data(Qt::BackgroundRole).isValid(), qPrintable(host3.data(Qt::ToolTipRole).toString()));
    QVERIFY(!window.document()->isModified());

    editCell(window, 2, ShardTreeModel::HostColumn, QStringLiteral("DB2.Example.COM"));
    QCOMPARE(model->indexOf(2, ShardTreeModel::HostColumn).data(Qt::EditRole).toString(),
             QStringLiteral("db2.example.com"));
    QVERIFY(window.document()->isModified());
}

void TestShardEditor::conflictingChangeIsReportedAndReappliedAfterReload()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    editCell(window, 2, ShardTreeModel::CapacityColumn, QStringLiteral("300"));

    // Someone else changes shard 1 meanwhile.
    {
        ConfigStore other;
        QVERIFY(other.open(ConfigLocation::sqlite(m_path)));
        const Topology base = other.load().value();
        Topology theirs = base;
        theirs.shard(1)->user = QStringLiteral("ops");
        QVERIFY(other.apply(base, theirs, QStringLiteral("alice@elsewhere")));
    }

    QSignalSpy applied(&window, &MainWindow::applied);
    window.apply();
    QVERIFY(acceptApplyDialog(window));
    auto *conflict = waitForChild<QMessageBox>(&window, QStringLiteral("conflictMessage"));
    QVERIFY(conflict);
    QVERIFY2(conflict->text().contains(QStringLiteral("alice@elsewhere")), qPrintable(conflict->text()));
    QCOMPARE(loadStore(m_path).shard(2)->capacityMb, 100.0); // nothing was overwritten
    auto *reapply = conflict->findChild<QPushButton *>(QStringLiteral("reloadAndReapply"));
    QVERIFY(reapply);
    reapply->click();

    QVERIFY(acceptApplyDialog(window)); // the replayed edits, shown again before writing
    QVERIFY(applied.wait(10000));
    const Topology stored = loadStore(m_path);
    QCOMPARE(stored.version, qint64(3));
    QCOMPARE(stored.shard(1)->user, QStringLiteral("ops"));
    QCOMPARE(stored.shard(2)->capacityMb, 300.0);
}

void TestShardEditor::removeIsRefusedWhileVShardsPointAtShard()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    auto *model = static_cast<ShardTreeModel *>(tree(window)->model());
    tree(window)->setFocus();
    tree(window)->setCurrentIndex(model->indexOf(2));
    QTest::keyClick(tree(window), Qt::Key_Delete);
    auto *refused = waitForChild<QMessageBox>(&window, QStringLiteral("removeRefusedMessage"));
    QVERIFY(refused);
    QVERIFY(refused->text().contains(QStringLiteral("512")));
    refused->accept();
    QVERIFY(window.document()->edited().shard(2));

    // Shard 3 is an overflow shard without vshards: it may go, and undo brings it back.
    tree(window)->setCurrentIndex(model->indexOf(3));
    QTest::keyClick(tree(window), Qt::Key_Delete);
    QVERIFY(!window.document()->edited().shard(3));
    QVERIFY(!model->indexOf(3).isValid());
    window.document()->undoStack()->undo();
    QVERIFY(model->indexOf(3).isValid());
    QCOMPARE(model->indexOf(3).parent(), model->indexOf(1));
}

void TestShardEditor::addedShardCanBeUndone()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    auto *model = static_cast<ShardTreeModel *>(tree(window)->model());
    QCOMPARE(model->rowCount(), 2);
    window.document()->undoStack()->redo(); // nothing to redo: no change
    QCOMPARE(model->rowCount(), 2);
    window.findChild<QAction *>(QStringLiteral("addShardAction"))->trigger();
    QCOMPARE(model->rowCount(), 3); // a new bucket head
    QVERIFY(model->indexOf(4).isValid());
    QVERIFY(window.document()->errors().isEmpty());
    window.document()->undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!window.document()->isModified());
}

// Headless: the keychain probe fails, the user picks the encrypted file; the secret lands there, sealed,
// and neither the topology nor the config store holds it.
void TestShardEditor::passwordGoesToEncryptedFileWhenNoKeychain()
{
    const QString secretsPath = m_dir->filePath(QStringLiteral("secrets.json"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    CredentialSession *credentials = window.shardActions()->credentials();
    credentials->setProbe([] { return Result<void>(makeError(QStringLiteral("No Secret Service is running."))); });
    credentials->setEncryptedFilePath(secretsPath);
    QSignalSpy stored(credentials, &CredentialSession::stored);

    auto *model = static_cast<ShardTreeModel *>(tree(window)->model());
    tree(window)->setCurrentIndex(model->indexOf(2));
    window.findChild<QAction *>(QStringLiteral("setPasswordAction"))->trigger();
    auto *ask = waitForChild<PasswordDialog>(&window, QStringLiteral("passwordDialog"));
    QVERIFY(ask);
    auto *field = ask->findChild<QLineEdit *>(QStringLiteral("password"));
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, QStringLiteral("s3cret-pw"));
    QVERIFY(ask->findChild<QCheckBox *>(QStringLiteral("passwordForEveryServer"))->isVisible()); // 127.0.0.1
    ask->accept();

    auto *fallback = waitForChild<CredentialFallbackDialog>(&window, QStringLiteral("credentialFallbackDialog"));
    QVERIFY(fallback);
    QVERIFY(fallback->findChildren<QLabel *>().constFirst()->text().contains(QStringLiteral("No Secret Service")));
    QTest::keyClicks(fallback->findChild<QLineEdit *>(QStringLiteral("masterPassword")), QStringLiteral("master"));
    fallback->accept();
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.first().first().toStringList(), QStringList {QStringLiteral("shard-2")});
    QVERIFY(window.findChild<QAction *>(QStringLiteral("setPasswordAction"))->isEnabled());
    QCOMPARE(stored.size(), 1); // left unticked: shard 2's login only

    QFile secrets(secretsPath);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!secrets.readAll().contains("s3cret-pw"));
    auto reopened = EncryptedFileCredentialStore::open(secretsPath, QStringLiteral("master"));
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->read(QStringLiteral("shard-2")).value(), QStringLiteral("s3cret-pw"));
    QFile config(m_path);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains("s3cret-pw"));
}

// One password for the user on every server, asked once: the store is chosen once for all the writes, and
// a shard that had no credential reference gets one (one undoable edit).
void TestShardEditor::passwordCanBeGivenToTheUserOnEveryServer()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    CredentialSession *credentials = window.shardActions()->credentials();
    credentials->setProbe([] { return Result<void>(makeError(QStringLiteral("No Secret Service is running."))); });
    QSignalSpy stored(credentials, &CredentialSession::stored);
    TopologyDocument *document = window.document();
    Shard unreferenced = *document->edited().shard(3);
    unreferenced.credentialRef.clear();
    document->undoStack()->push(new SetShardCommand(document, *document->edited().shard(3), unreferenced, {}));
    const int edits = document->undoStack()->count();

    auto *model = static_cast<ShardTreeModel *>(tree(window)->model());
    tree(window)->setCurrentIndex(model->indexOf(2)); // 127.0.0.2; shards 1 and 3 are on 127.0.0.1
    window.findChild<QAction *>(QStringLiteral("setPasswordAction"))->trigger();
    auto *ask = waitForChild<PasswordDialog>(&window, QStringLiteral("passwordDialog"));
    QVERIFY(ask);
    auto *everywhere = ask->findChild<QCheckBox *>(QStringLiteral("passwordForEveryServer"));
    QVERIFY(everywhere->isVisible());
    QCOMPARE(everywhere->text(), QStringLiteral("&Use it for app on the 1 other server(s) of this configuration too"));
    QVERIFY(!everywhere->isChecked()); // one login unless asked
    QTest::keyClicks(ask->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("one-for-all"));
    everywhere->setChecked(true);
    ask->accept();

    auto *fallback = waitForChild<CredentialFallbackDialog>(&window, QStringLiteral("credentialFallbackDialog"));
    QVERIFY(fallback);
    QCOMPARE(window.findChildren<CredentialFallbackDialog *>().size(), 1); // three writes, one question
    // Until they are stored, no second password can overtake them.
    auto *setPassword = window.findChild<QAction *>(QStringLiteral("setPasswordAction"));
    QVERIFY(!setPassword->isEnabled());
    fallback->findChild<QRadioButton *>(QStringLiteral("fallbackSessionOnly"))->setChecked(true);
    fallback->accept();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    QCOMPARE(stored.first().first().toStringList().size(), 3);
    QVERIFY(setPassword->isEnabled());

    const QString madeRef = QStringLiteral("app@127.0.0.1:3306");
    QCOMPARE(document->edited().shard(3)->credentialRef, madeRef);
    QCOMPARE(document->undoStack()->count(), edits + 1);
    for (const QString &ref : {QStringLiteral("shard-1"), QStringLiteral("shard-2"), madeRef})
        QCOMPARE(credentials->store()->read(ref).value(), QStringLiteral("one-for-all"));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("The password for 3 login(s) is kept in: this session only."));

    // Unticked: only this login, but all of it (shard 3 is the same user on the same server as shard 1).
    tree(window)->setCurrentIndex(model->indexOf(1));
    setPassword->trigger();
    ask = waitForChild<PasswordDialog>(&window, QStringLiteral("passwordDialog"));
    QVERIFY(ask);
    QTest::keyClicks(ask->findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("login-pw"));
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 10000);
    QCOMPARE(stored.last().first().toStringList().size(), 2);
    QCOMPARE(credentials->store()->read(QStringLiteral("shard-1")).value(), QStringLiteral("login-pw"));
    QCOMPARE(credentials->store()->read(madeRef).value(), QStringLiteral("login-pw"));
    QCOMPARE(credentials->store()->read(QStringLiteral("shard-2")).value(), QStringLiteral("one-for-all"));
}

void TestShardEditor::closeWithUnsavedChangesAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<double>("storedCapacity");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false << 100.0;
    QTest::newRow("discard closes without writing") << int(QMessageBox::Discard) << true << 100.0;
    QTest::newRow("save applies, then closes") << int(QMessageBox::Save) << true << 250.0;
}

void TestShardEditor::closeWithUnsavedChangesAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QFETCH(double, storedCapacity);
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    int asked = 0;
    window.setUnsavedQuestion([&asked, answer] {
        ++asked;
        return QMessageBox::StandardButton(answer);
    });
    QVERIFY(window.close()); // unmodified: closes without asking
    QCOMPARE(asked, 0);
    window.show();
    editCell(window, 2, ShardTreeModel::CapacityColumn, QStringLiteral("250"));

    window.close();
    QCOMPARE(asked, 1);
    if (answer == QMessageBox::Save)
        QVERIFY(acceptApplyDialog(window));
    QTRY_COMPARE(window.isVisible(), !closes);
    QCOMPARE(loadStore(m_path).shard(2)->capacityMb, storedCapacity);
}

void TestShardEditor::saveOnCloseWithInvalidEditKeepsWindowOpen()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    window.setUnsavedQuestion([] { return QMessageBox::Save; });
    editCell(window, 2, ShardTreeModel::PortColumn, QStringLiteral("70000"));
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(!window.findChild<ApplyDialog *>()); // nothing invalid is offered for writing

    // Fixed later and applied: the window must not close by itself now.
    editCell(window, 2, ShardTreeModel::PortColumn, QStringLiteral("3307"));
    QSignalSpy applied(&window, &MainWindow::applied);
    window.apply();
    QVERIFY(acceptApplyDialog(window));
    QVERIFY(applied.wait(10000));
    QVERIFY(window.isVisible());
    QCOMPARE(loadStore(m_path).shard(2)->port, 3307);
}

void TestShardEditor::importReplacesStoreAfterBackupAndConfirmation()
{
    const QString json = m_dir->filePath(QStringLiteral("export.json"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    editCell(window, 2, ShardTreeModel::CapacityColumn, QStringLiteral("250"));
    window.jsonTransfer()->exportTo(json); // the edited topology, not yet applied
    window.revert();
    QCOMPARE(loadStore(m_path).shard(2)->capacityMb, 100.0);

    QSignalSpy loaded(&window, &MainWindow::configLoaded);
    window.jsonTransfer()->importFrom(json);
    auto *confirm = waitForChild<QMessageBox>(&window, QStringLiteral("importConfirmMessage"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(m_path));
    QCOMPARE(loadStore(m_path).version, qint64(1)); // nothing replaced before the confirmation
    confirm->findChild<QPushButton *>(QStringLiteral("importReplace"))->click();
    QVERIFY(loaded.wait(10000));

    const Topology stored = loadStore(m_path);
    QCOMPARE(stored.version, qint64(2));
    QCOMPARE(stored.shard(2)->capacityMb, 250.0);
    QCOMPARE(window.document()->base().shard(2)->capacityMb, 250.0);
    const QStringList backups = QDir(m_dir->path()).entryList({QStringLiteral("shardconf.sqlite.backup-*.json")});
    QCOMPARE(backups.size(), 1);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestShardEditor"));
    TestShardEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestShardEditor.moc"
