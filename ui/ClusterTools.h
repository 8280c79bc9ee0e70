#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace ShardDesk {

class CapacityMonitor;
class CredentialSession;
class MainWindow;
class MonitorPanel;
class Poller;
class Router;

// The main window's Cluster menu and Monitor tab: live monitoring of the open configuration's
// servers, the test-cluster wizard, and the load-test and verify panels. Logins come from the
// credential store the session chose (asked once); every server call runs on worker threads in core.
class ClusterTools : public QObject
{
    Q_OBJECT

public:
    ClusterTools(MainWindow *window, CredentialSession *credentials);
    ~ClusterTools() override;

    QMenu *menu() const { return m_menu; }
    MonitorPanel *monitorPanel() const { return m_panel; }
    // The stored configuration now open (not the edited copy: servers are polled as they are).
    void setConfig(const ConfigLocation &location, std::shared_ptr<const Topology> stored);
    // Runs then with a provider of shard logins read from the credential store (chosen first if needed).
    void withLogins(std::function<void(ConnectionOptionsProvider)> then);

private:
    void createActions();
    void updateStatus();
    void toggleMonitoring(bool on);
    void openWizard();
    void openLoadTest();
    void openVerify();
    void applyCapacityRecommendation(const QHash<int, double> &capacityMbByShard);
    // The move dialog for vshards (none: the dialog asks) to targetHead (0: the dialog asks).
    void openMoveDialog(const QList<int> &vshards, int targetHead);
    void connectMoveSources();
    void reloadAfterMove();

    MainWindow *m_window;
    CredentialSession *m_credentials;
    std::unique_ptr<Router> m_router;
    Poller *m_poller;
    CapacityMonitor *m_capacity;
    MonitorPanel *m_panel;
    QMenu *m_menu;
    QLabel *m_status;
    QAction *m_monitorAction = nullptr;
    // What each server's last poll found, while monitoring: it answered, it did not, or it was not asked
    // (no password for its login).
    enum class Heard { Answered, Unreachable, NoPassword };
    QHash<QString, Heard> m_heard;
    ConfigLocation m_location;
    std::shared_ptr<const Topology> m_stored;
};

} // namespace ShardDesk
