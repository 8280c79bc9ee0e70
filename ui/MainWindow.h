#pragma once

#include "config/ConfigLocation.h"
#include "topology/Topology.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace ShardDesk {

class ConfigLoader;
class RouteInspector;
class ShardTreeModel;
class VShardMapModel;

// The main window: opens a config store (recent list), shows the shards as buckets, the vshard map and
// the routing of a typed key. Loading happens on a worker thread; the window stays responsive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openConfig(const ConfigLocation &location);
    std::shared_ptr<const Topology> topology() const { return m_topology; }
    const ConfigLocation &location() const { return m_location; }

signals:
    void configLoaded();
    void configFailed(const QString &message);

private:
    void createActions();
    void openSqliteDialog();
    void openServerDialog();
    void reload();
    void rebuildRecentMenu();
    void onLoaded(const ConfigLocation &location, const Topology &topology, bool hasCluster);
    void onFailed(const ConfigLocation &location, const QString &message);
    void showAbout();

    ConfigLoader *m_loader;
    ShardTreeModel *m_shardModel;
    VShardMapModel *m_vshardModel;
    QTreeView *m_shardView;
    QTableView *m_vshardView;
    RouteInspector *m_routeInspector;
    QStackedWidget *m_shardStack;
    QLabel *m_emptyLabel;
    QLabel *m_statusLocation;
    QMenu *m_recentMenu = nullptr;
    ConfigLocation m_location;
    QString m_mysqlPassword; // kept in memory for Reload of a server config; never written anywhere
    std::shared_ptr<const Topology> m_topology;
};

} // namespace ShardDesk
