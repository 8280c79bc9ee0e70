#pragma once

#include "monitor/ProbeSample.h"
#include "topology/Topology.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ShardDesk {

class CapacityPlannerView;
class ClusterGrid;
class MetricsHistory;
class Poller;
class RamChart;
class ServerTableModel;
class ShardSizeChart;

// Live monitoring, the one widget the main window embeds: the cluster grid and server table, the RAM
// and shard charts of a chosen server, and the capacity planner. It only shows samples; the Poller (or
// a test) produces them. Configuring the poller (topology, credentials, start) is the owner's part;
// the panel only passes on host RAM the user enters.
class MonitorPanel : public QWidget
{
    Q_OBJECT

public:
    // poller may be null (tests feed samples with addSample); the panel then keeps its own history.
    explicit MonitorPanel(Poller *poller, QWidget *parent = nullptr);
    ~MonitorPanel() override;

    void setTopology(std::shared_ptr<const Topology> topology);

    void setCurrentServer(const QString &serverKey);
    QString currentServer() const;
    void setWindowSeconds(int seconds);
    int windowSeconds() const;
    void setPaused(bool paused);
    bool isPaused() const;

    // The chart windows offered (item data: seconds), as here and in Preferences.
    static void addWindowChoices(QComboBox *box);

    MetricsHistory &history() const { return *m_history; }
    RamChart *ramChart() const { return m_ramChart; }
    ShardSizeChart *shardSizeChart() const { return m_shardChart; }
    ClusterGrid *clusterGrid() const { return m_grid; }
    ServerTableModel *serverModel() const { return m_serverModel; }
    CapacityPlannerView *plannerView() const { return m_planner; }

public slots:
    void addSample(const ShardDesk::ProbeSample &sample);

signals:
    void shardActivated(int shardId);
    void capacityRecommendationAccepted(const QHash<int, double> &capacityMbByShard);

private:
    QWidget *createToolBar();
    QWidget *createClusterTab();
    QWidget *createServerTab();
    // full: the whole window again (new server, window or resume); otherwise only what came since.
    void refreshCharts(bool full);
    void onServerChosen();
    void onHostRamEdited(const QString &serverKey, qint64 bytes);
    void exportChart();
    void exportSamples();

    Poller *m_poller;
    std::unique_ptr<MetricsHistory> m_ownHistory;
    MetricsHistory *m_history;
    std::shared_ptr<const Topology> m_topology;
    ServerTableModel *m_serverModel;
    QTableView *m_serverView = nullptr;
    QComboBox *m_serverCombo = nullptr;
    QComboBox *m_windowCombo = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    RamChart *m_ramChart = nullptr;
    ShardSizeChart *m_shardChart = nullptr;
    ClusterGrid *m_grid = nullptr;
    CapacityPlannerView *m_planner = nullptr;
    bool m_refreshPending = false;
    qint64 m_shownUntilMs = 0; // timestamp of the newest sample the charts have
};

} // namespace ShardDesk
