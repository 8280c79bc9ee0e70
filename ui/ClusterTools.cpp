#include "ClusterTools.h"

#include "MainWindow.h"
#include "ShardTreeModel.h"
#include "editor/CredentialSession.h"
#include "editor/SetShardCommand.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardMapPanel.h"
#include "monitor/ClusterGrid.h"
#include "monitor/MonitorPanel.h"
#include "preferences/AppSettings.h"
#include "preferences/Appearance.h"
#include "rebalance/MoveDialog.h"
#include "rebalance/MovePlanForm.h"
#include "wizard/ClusterWizard.h"
#include "wizard/LoadTestPanel.h"
#include "wizard/VerifyPanel.h"

#include "credentials/CredentialStore.h"
#include "monitor/CapacityMonitor.h"
#include "monitor/Poller.h"
#include "routing/Router.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ShardDesk {

namespace {

// Logins for shards from a credential store; called on worker threads (the stores are thread-safe).
// The preferred timeouts are read here, on the GUI thread, once per use.
ConnectionOptionsProvider loginsFrom(std::shared_ptr<CredentialStore> store)
{
    return [store, preferred = AppSettings::connectionOptions()](const Shard &shard) -> Result<ConnectionOptions> {
        ConnectionOptions options = preferred;
        options.user = shard.user;
        auto secret = store->read(shard.credentialRef);
        if (!secret)
            return secret.error();
        options.password = secret.value();
        return options;
    };
}

// A panel in a window of its own, closed with its window.
QDialog *windowFor(QWidget *panel, const QString &title, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel);
    dialog->resize(900, 640);
    return dialog;
}

} // namespace

ClusterTools::ClusterTools(MainWindow *window, CredentialSession *credentials)
    : QObject(window),
      m_window(window),
      m_credentials(credentials),
      m_router(std::make_unique<Router>()),
      m_poller(new Poller(this)),
      m_capacity(new CapacityMonitor(m_router.get(), this)),
      m_panel(new MonitorPanel(m_poller)),
      m_menu(new QMenu(tr("&Cluster"), window)),
      m_status(new QLabel(window))
{
    // Before the Help menu, which stays last.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    m_window->tabs()->addTab(m_panel, tr("Monitor"));
    const auto follow = [this] { setConfig(m_window->location(), m_window->document()->snapshot()); };
    connect(window, &MainWindow::configLoaded, this, follow);
    connect(window, &MainWindow::applied, this, follow);
    connect(m_poller, &Poller::sampled, m_capacity, &CapacityMonitor::addSample);
    connect(m_panel, &MonitorPanel::capacityRecommendationAccepted, this, &ClusterTools::applyCapacityRecommendation);
    connect(m_capacity, &CapacityMonitor::persistFailed, window, [window](const QString &message) {
        window->statusBar()->showMessage(tr("Could not save the shards' sizes: %1").arg(message));
    });

    createActions();
    m_status->setObjectName(QStringLiteral("statusMonitoring"));
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_poller, &Poller::sampled, this, [this](const ProbeSample &sample) {
        m_heard.insert(sample.serverKey,
                       sample.reachable        ? Heard::Answered
                           : sample.noPassword ? Heard::NoPassword
                                               : Heard::Unreachable);
    });
    connect(m_poller, &Poller::tickFinished, this, &ClusterTools::updateStatus);
    connect(window, &MainWindow::preferencesChanged, this, [this] {
        m_poller->setIntervalMs(AppSettings::pollIntervalMs());
        m_panel->setWindowSeconds(AppSettings::chartWindowSeconds());
    });
    updateStatus();
}

void ClusterTools::createActions()
{
    m_monitorAction = m_menu->addAction(Appearance::icon("monitor"), tr("&Monitor Servers"));
    m_monitorAction->setObjectName(QStringLiteral("monitorAction"));
    m_monitorAction->setCheckable(true);
    m_monitorAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_monitorAction->setEnabled(false);
    connect(m_monitorAction, &QAction::toggled, this, &ClusterTools::toggleMonitoring);
    m_menu->addSeparator();
    QAction *wizard
        = m_menu->addAction(Appearance::icon("wizard"), tr("New &Test Cluster…"), this, &ClusterTools::openWizard);
    wizard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *loadTest
        = m_menu->addAction(Appearance::icon("load-test"), tr("&Load Test…"), this, &ClusterTools::openLoadTest);
    loadTest->setShortcut(QKeySequence(tr("Ctrl+L")));
    QAction *verify = m_menu->addAction(Appearance::icon("verify"), tr("&Verify…"), this, &ClusterTools::openVerify);
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *move = m_menu->addAction(Appearance::icon("move"), tr("&Move VShards…"), this,
                                      [this] { openMoveDialog({}, 0); });
    move->setObjectName(QStringLiteral("moveVShardsAction"));
    move->setShortcut(QKeySequence(tr("Ctrl+M")));
    connectMoveSources();
    QToolBar *toolbar = m_window->addToolBar(tr("Cluster"));
    toolbar->setObjectName(QStringLiteral("clusterToolBar"));
    toolbar->addActions({m_monitorAction, wizard, loadTest, verify, move});
}

// Permanently in the status bar: whether the servers are polled and how many do not answer.
void ClusterTools::updateStatus()
{
    const int servers = int(m_heard.size());
    // Not asked is not down: those count apart, with what to do about them.
    const int noPassword = int(std::count(m_heard.cbegin(), m_heard.cend(), Heard::NoPassword));
    const int unreachable = int(std::count(m_heard.cbegin(), m_heard.cend(), Heard::Unreachable));
    if (!m_poller->isRunning())
        m_status->setText(tr("Monitoring off"));
    else if (noPassword == servers && servers > 0)
        m_status->setText(tr("Monitoring %n server(s), no password set for any (Edit → Set Password…)", "", servers));
    else if (noPassword > 0 && unreachable > 0)
        m_status->setText(tr("Monitoring %1 servers, %2 unreachable, %n without a password", "", noPassword)
                              .arg(servers)
                              .arg(unreachable));
    else if (noPassword > 0)
        m_status->setText(tr("Monitoring %1 servers, %n without a password", "", noPassword).arg(servers));
    else if (servers == 0)
        m_status->setText(tr("Monitoring: waiting for the first answers…"));
    else if (unreachable == 0)
        m_status->setText(tr("Monitoring %n server(s)", "", servers));
    else if (unreachable == servers)
        m_status->setText(tr("Monitoring %n server(s), none reachable", "", servers));
    else
        m_status->setText(tr("Monitoring %1 servers, %n unreachable", "", unreachable).arg(servers));
}

ClusterTools::~ClusterTools()
{
    m_poller->stop();
}

void ClusterTools::setConfig(const ConfigLocation &location, std::shared_ptr<const Topology> stored)
{
    m_location = location;
    m_stored = std::move(stored);
    // Servers of the configuration before may be gone: the counts start again with the next answers.
    m_heard.clear();
    m_router->setTopology(m_stored);
    m_poller->setTopology(m_stored);
    m_panel->setTopology(m_stored);
    if (location.kind() == ConfigLocation::Kind::SQLite)
        m_capacity->setConfigStore(location);
    m_monitorAction->setEnabled(m_stored && !m_stored->shards.isEmpty());
}

void ClusterTools::withLogins(std::function<void(ConnectionOptionsProvider)> then)
{
    m_credentials->withStore([this, then] { then(loginsFrom(m_credentials->store())); });
}

void ClusterTools::toggleMonitoring(bool on)
{
    m_heard.clear();
    if (!on) {
        m_poller->stop();
        updateStatus();
        return;
    }
    withLogins([this](ConnectionOptionsProvider logins) {
        m_poller->setOptionsProvider(std::move(logins));
        m_poller->setIntervalMs(AppSettings::pollIntervalMs());
        m_poller->start();
        updateStatus();
        m_window->tabs()->setCurrentWidget(m_panel);
    });
}

void ClusterTools::openWizard()
{
    m_credentials->withStore([this] {
        auto *wizard = new ClusterWizard(m_location, m_credentials->store(), {}, m_window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &ClusterWizard::clusterCreated, m_window, [this] { m_window->openConfig(m_location); });
        wizard->show();
    });
}

void ClusterTools::openLoadTest()
{
    if (!m_stored)
        return;
    withLogins([this](ConnectionOptionsProvider logins) {
        auto *panel = new LoadTestPanel(m_stored, std::move(logins));
        windowFor(panel, tr("Load Test"), m_window)->show();
    });
}

void ClusterTools::openVerify()
{
    if (!m_stored)
        return;
    withLogins([this](ConnectionOptionsProvider logins) {
        auto *panel = new VerifyPanel(m_stored, std::move(logins));
        windowFor(panel, tr("Verify"), m_window)->show();
    });
}

// The planner's capacities become one undoable edit of the document, applied like any other edit.
void ClusterTools::applyCapacityRecommendation(const QHash<int, double> &capacityMbByShard)
{
    TopologyDocument *document = m_window->document();
    document->undoStack()->beginMacro(tr("Apply recommended capacities"));
    for (auto it = capacityMbByShard.cbegin(); it != capacityMbByShard.cend(); ++it) {
        const Shard *current = document->edited().shard(it.key());
        if (!current || current->capacityMb == it.value())
            continue;
        Shard changed = *current;
        changed.capacityMb = it.value();
        document->undoStack()->push(
            new SetShardCommand(document, *current, changed, tr("Set capacity of shard %1").arg(it.key())));
    }
    document->undoStack()->endMacro();
    m_window->statusBar()->showMessage(tr("Recommended capacities set; Apply saves them."));
}

// Drops and the vshard map's context menu and assign warning all open the move dialog; the map's Measure
// Sizes takes its logins from here too. MainWindow owns the views and exposes no accessor for them;
// finding them by type keeps these features out of the window's own file.
void ClusterTools::connectMoveSources()
{
    const auto open = [this](const QList<int> &vshards, int head) {
        openMoveDialog(vshards, head);
    };
    if (auto *panel = m_window->findChild<VShardMapPanel *>()) {
        connect(panel, &VShardMapPanel::moveRequested, this, open);
        panel->setLoginSource(
            [this](std::function<void(ConnectionOptionsProvider)> then) { withLogins(std::move(then)); });
    }
    connect(m_panel->clusterGrid(), &ClusterGrid::vshardsDropped, this, open);
    // The window sets the tree up for drag and drop (shards are re-chained there too); only the signal is ours.
    if (auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("shardView"))) {
        if (auto *model = qobject_cast<ShardTreeModel *>(tree->model()))
            connect(model, &ShardTreeModel::vshardsDropped, this, open);
    }
}

void ClusterTools::openMoveDialog(const QList<int> &vshards, int targetHead)
{
    if (!m_stored || m_stored->shards.isEmpty())
        return;
    ConnectionOptions storeOptions;
    if (m_location.kind() == ConfigLocation::Kind::MySql) {
        // The mover opens the store itself, on its thread; the password lives as long as the dialog.
        bool ok = false;
        storeOptions.user = m_location.user();
        storeOptions.password
            = QInputDialog::getText(m_window, tr("Move VShards"), tr("Password for %1:").arg(m_location.toString()),
                                    QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    withLogins([this, vshards, targetHead, storeOptions](ConnectionOptionsProvider logins) {
        auto *dialog = new MoveDialog(m_location, storeOptions, std::move(logins), m_stored, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!vshards.isEmpty())
            dialog->planForm()->setSelection(vshards, targetHead);
        connect(dialog, &MoveDialog::storeChanged, this, &ClusterTools::reloadAfterMove);
        dialog->startChecks();
        dialog->show();
    });
}

// The move bumped the store's version: show the map as it is now, unless that would drop the user's edits.
void ClusterTools::reloadAfterMove()
{
    if (m_window->document()->isModified()) {
        m_window->statusBar()->showMessage(
            tr("VShards were moved: the stored map changed. Apply or revert your edits, then reload (F5) to see it."));
        return;
    }
    m_window->openConfig(m_location);
}

} // namespace ShardDesk
