#include "ClusterTools.h"

#include "MainWindow.h"
#include "editor/CredentialSession.h"
#include "editor/SetShardCommand.h"
#include "editor/TopologyDocument.h"
#include "monitor/MonitorPanel.h"
#include "wizard/ClusterWizard.h"
#include "wizard/LoadTestPanel.h"
#include "wizard/VerifyPanel.h"

#include "credentials/CredentialStore.h"
#include "monitor/CapacityMonitor.h"
#include "monitor/Poller.h"
#include "routing/Router.h"

#include <QAction>
#include <QMenu>
#include <QDialog>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ShardDesk {

namespace {

// Logins for shards from a credential store; called on worker threads (the stores are thread-safe).
ConnectionOptionsProvider loginsFrom(std::shared_ptr<CredentialStore> store)
{
    return [store](const Shard &shard) -> Result<ConnectionOptions> {
        ConnectionOptions options;
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
      m_menu(new QMenu(tr("&Cluster"), window))
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

    m_monitorAction = m_menu->addAction(tr("&Monitor Servers"));
    m_monitorAction->setCheckable(true);
    m_monitorAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_monitorAction->setEnabled(false);
    connect(m_monitorAction, &QAction::toggled, this, &ClusterTools::toggleMonitoring);
    m_menu->addSeparator();
    m_menu->addAction(tr("New &Test Cluster…"), this, &ClusterTools::openWizard);
    m_menu->addAction(tr("&Load Test…"), this, &ClusterTools::openLoadTest)->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_menu->addAction(tr("&Verify…"), this, &ClusterTools::openVerify);
}

ClusterTools::~ClusterTools()
{
    m_poller->stop();
}

void ClusterTools::setConfig(const ConfigLocation &location, std::shared_ptr<const Topology> stored)
{
    m_location = location;
    m_stored = std::move(stored);
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
    if (!on) {
        m_poller->stop();
        return;
    }
    withLogins([this](ConnectionOptionsProvider logins) {
        m_poller->setOptionsProvider(std::move(logins));
        m_poller->start();
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

} // namespace ShardDesk
