#include "EditorScenes.h"

#include "DemoCluster.h"
#include "SceneRunner.h"

#include "MainWindow.h"
#include "ShardTreeModel.h"
#include "VShardMapModel.h"
#include "config/ConfigStore.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "editor/ApplyDialog.h"
#include "editor/CredentialFallbackDialog.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardMapPanel.h"

#include <QFile>

#include <functional>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace ShardDesk::Screenshots::EditorScenes {

namespace {

Result<QString> fixtureStore(SceneRunner &runner)
{
    const QString path = runner.path(QStringLiteral("shardconf.sqlite"));
    if (QFile::exists(path))
        return path;
    ConfigStore store;
    if (auto opened = store.open(ConfigLocation::sqlite(path)); !opened)
        return opened.error();
    if (auto version = store.replace(DemoCluster::topology(), QStringLiteral("screenshots")); !version)
        return version.error();
    return path;
}

// Opens the fixture store in window and waits until its shards are shown.
Result<void> openFixture(SceneRunner &runner, MainWindow &window)
{
    auto path = fixtureStore(runner);
    if (!path)
        return path.error();
    runner.show(&window);
    window.openConfig(ConfigLocation::sqlite(*path));
    if (!runner.waitFor(&window, &MainWindow::configLoaded))
        return makeError(QStringLiteral("The fixture store did not load."));
    runner.settle();
    return {};
}

ShardTreeModel *shardModel(MainWindow &window)
{
    return static_cast<ShardTreeModel *>(window.findChild<QTreeView *>(QStringLiteral("shardView"))->model());
}

// Maps vshards 0..count-1 to head, as selecting them and choosing "Assign Selection to Shard…" does.
void assignFirstVShards(MainWindow &window, int count, int head)
{
    auto *panel = window.findChild<VShardMapPanel *>();
    QTableView *view = panel->view();
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(count - 1, 2)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    panel->assignSelection(head);
}

// Opens the fixture store in a main window, lets edit act on it as a user would, and grabs the widget
// edit returns (the window, or a dialog it opened).
Result<QImage> onFixture(SceneRunner &runner, const std::function<Result<QWidget *>(MainWindow &)> &edit)
{
    MainWindow window;
    if (auto opened = openFixture(runner, window); !opened)
        return opened.error();
    auto shown = edit(window);
    if (!shown)
        return shown.error();
    return runner.grab(*shown);
}

} // namespace

Result<QImage> mainWindow(SceneRunner &runner)
{
    return onFixture(runner, [](MainWindow &window) -> Result<QWidget *> { return &window; });
}

Result<QImage> shardValidation(SceneRunner &runner)
{
    return onFixture(runner, [&runner](MainWindow &window) -> Result<QWidget *> {
        ShardTreeModel *model = shardModel(window);
        model->setData(model->indexOf(5, ShardTreeModel::PortColumn), 70000, Qt::EditRole);
        if (!runner.waitUntil([&window] { return !window.statusBar()->currentMessage().isEmpty(); }))
            return makeError(QStringLiteral("The status bar did not say why the port is invalid."));
        return &window;
    });
}

Result<QImage> applyDialog(SceneRunner &runner)
{
    return onFixture(runner, [&runner](MainWindow &window) -> Result<QWidget *> {
        ShardTreeModel *model = shardModel(window);
        model->setData(model->indexOf(3, ShardTreeModel::CapacityColumn), 20480, Qt::EditRole);
        assignFirstVShards(window, 500, 5);
        window.apply();
        ApplyDialog *dialog = nullptr;
        if (!runner.waitUntil([&] { return (dialog = window.findChild<ApplyDialog *>()) && dialog->isVisible(); }))
            return makeError(QStringLiteral("Apply did not show its dialog."));
        runner.show(dialog);
        return dialog;
    });
}

// The keychain's own words where it cannot be used (as on this headless build machine); where it can,
// the words it says on a desktop without a Secret Service.
Result<QImage> credentialFallback(SceneRunner &runner)
{
    KeychainCredentialStore keychain;
    const auto probed = keychain.probe();
    const QString error = probed ? QStringLiteral("The OS keychain is not usable here (a test entry could not be "
                                                  "stored: The name org.freedesktop.secrets was not provided by any "
                                                  ".service files). Passwords can be kept in an encrypted file "
                                                  "unlocked by a master password, or for this session only.")
                                 : probed.error().fullText();
    // The file the application would use: this tool runs under its own organisation name (so it never
    // touches the user's settings), which the path would otherwise show.
    const QString file = EncryptedFileCredentialStore::defaultPath().replace(
        QCoreApplication::organizationName(), QStringLiteral("ShardDesk"));
    CredentialFallbackDialog dialog(error, file);
    runner.show(&dialog);
    return runner.grab(&dialog);
}

// Sizes measured first, so the Rows and Size columns are filled and the status bar counts the rows left behind.
Result<QImage> vshardMap(SceneRunner &runner)
{
    return onFixture(runner, [](MainWindow &window) -> Result<QWidget *> {
        const int vshards = window.document()->edited().vshards.count();
        window.findChild<VShardMapPanel *>()->showMeasurement(
            VShardMapModel::byVShard(DemoCluster::vshardSizes(), vshards), 2300);
        assignFirstVShards(window, 500, 5);
        return &window;
    });
}

Result<QImage> routingInspector(SceneRunner &runner)
{
    return onFixture(runner, [&runner](MainWindow &window) -> Result<QWidget *> {
        window.tabs()->setCurrentIndex(1);
        window.findChild<QLineEdit *>(QStringLiteral("routeKey"))->setText(QStringLiteral("alice@example.com"));
        window.findChild<QPlainTextEdit *>(QStringLiteral("routeKeys"))
            ->setPlainText(QStringLiteral("alice@example.com\nbob@example.org\ncarol@example.net\n"
                                          "dave@example.com\nerin@example.org\n"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("routeTable"));
        if (!runner.waitUntil([table] { return table->model() && table->model()->rowCount() == 5; }))
            return makeError(QStringLiteral("The routing table did not fill."));
        return &window;
    });
}

} // namespace ShardDesk::Screenshots::EditorScenes
