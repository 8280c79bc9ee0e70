#include "MonitorPanel.h"

#include "CapacityPlannerView.h"
#include "ClusterGrid.h"
#include "MonitorExport.h"
#include "RamChart.h"
#include "ServerTableModel.h"
#include "ShardSizeChart.h"
#include "monitor/MetricsHistory.h"
#include "monitor/Poller.h"
#include "preferences/AppSettings.h"
#include "preferences/Appearance.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ShardDesk {

MonitorPanel::MonitorPanel(Poller *poller, QWidget *parent)
    : QWidget(parent),
      m_poller(poller),
      m_ownHistory(poller ? nullptr : std::make_unique<MetricsHistory>()),
      m_history(poller ? &poller->history() : m_ownHistory.get()),
      m_serverModel(new ServerTableModel(this))
{
    setAccessibleName(tr("Live monitoring"));
    m_ramChart = new RamChart(this);
    m_shardChart = new ShardSizeChart(this);
    m_grid = new ClusterGrid(this);
    m_planner = new CapacityPlannerView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createClusterTab(), tr("Cluster"));
    m_tabs->addTab(createServerTab(), tr("Server"));
    m_tabs->addTab(m_planner, tr("Capacity planner"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(m_tabs, 1);

    connect(m_grid, &ClusterGrid::shardActivated, this, &MonitorPanel::shardActivated);
    connect(m_planner, &CapacityPlannerView::recommendationAccepted, this,
            &MonitorPanel::capacityRecommendationAccepted);
    connect(m_serverModel, &ServerTableModel::hostRamEdited, this, &MonitorPanel::onHostRamEdited);
    if (m_poller) {
        connect(m_poller, &Poller::sampled, this, &MonitorPanel::addSample);
        m_poller->setIntervalMs(AppSettings::pollIntervalMs());
    }
    setWindowSeconds(AppSettings::chartWindowSeconds());
}

MonitorPanel::~MonitorPanel() = default;

QWidget *MonitorPanel::createToolBar()
{
    auto *bar = new QWidget(this);
    m_serverCombo = new QComboBox(bar);
    m_serverCombo->setObjectName(QStringLiteral("monitorServer"));
    m_serverCombo->setAccessibleName(tr("Server shown in the charts"));
    connect(m_serverCombo, &QComboBox::currentIndexChanged, this, &MonitorPanel::onServerChosen);

    m_windowCombo = new QComboBox(bar);
    m_windowCombo->setObjectName(QStringLiteral("monitorWindow"));
    m_windowCombo->setAccessibleName(tr("Time window of the charts"));
    addWindowChoices(m_windowCombo);
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_windowCombo->currentData().toInt()); });

    m_pauseButton = new QPushButton(Appearance::icon("pause", "media-playback-pause"), tr("Pause"), bar);
    m_pauseButton->setObjectName(QStringLiteral("monitorPause"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QPushButton::toggled, this, &MonitorPanel::setPaused);
    auto *exportPng = new QPushButton(Appearance::icon("export-chart"), tr("Export chart…"), bar);
    connect(exportPng, &QPushButton::clicked, this, &MonitorPanel::exportChart);
    auto *exportCsv = new QPushButton(Appearance::icon("export", "document-export"), tr("Export samples…"), bar);
    connect(exportCsv, &QPushButton::clicked, this, &MonitorPanel::exportSamples);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *serverLabel = new QLabel(tr("&Server:"), bar);
    serverLabel->setBuddy(m_serverCombo);
    auto *windowLabel = new QLabel(tr("&Window:"), bar);
    windowLabel->setBuddy(m_windowCombo);
    for (QWidget *widget : {static_cast<QWidget *>(serverLabel), static_cast<QWidget *>(m_serverCombo),
                            static_cast<QWidget *>(windowLabel), static_cast<QWidget *>(m_windowCombo),
                            static_cast<QWidget *>(m_pauseButton)})
        layout->addWidget(widget);
    layout->addStretch(1);
    layout->addWidget(exportPng);
    layout->addWidget(exportCsv);
    return bar;
}

void MonitorPanel::addWindowChoices(QComboBox *box)
{
    box->addItem(tr("1 min"), 60);
    box->addItem(tr("10 min"), 600);
    box->addItem(tr("1 h"), 3600);
}

QWidget *MonitorPanel::createClusterTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    m_serverView = new QTableView(this);
    m_serverView->setObjectName(QStringLiteral("monitorServerTable"));
    m_serverView->setModel(m_serverModel);
    m_serverView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_serverView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_serverView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_serverView->verticalHeader()->hide();
    // Double-clicking a server's row (outside the editable host RAM cell) shows its charts.
    connect(m_serverView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ServerTableModel::HostRamColumn)
            return;
        setCurrentServer(m_serverModel->serverKey(index.row()));
        m_tabs->setCurrentIndex(1);
    });
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("monitorClusterSplitter")); // its state is kept across starts
    splitter->addWidget(scroll);
    splitter->addWidget(m_serverView);
    splitter->setSizes({300, 200}); // proportions: the grid is the at-a-glance part
    return splitter;
}

QWidget *MonitorPanel::createServerTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("monitorServerSplitter"));
    splitter->addWidget(m_ramChart);
    splitter->addWidget(m_shardChart);
    splitter->setSizes({300, 200}); // proportions: four lines and a band need the room
    return splitter;
}

void MonitorPanel::setTopology(std::shared_ptr<const Topology> topology)
{
    m_topology = std::move(topology);
    const QString shown = currentServer();
    m_serverModel->setTopology(m_topology ? *m_topology : Topology());
    m_grid->setTopology(m_topology);
    m_planner->setTopology(m_topology);
    m_planner->setHostRam(m_serverModel->hostRamByServer());
    {
        const QSignalBlocker blocker(m_serverCombo);
        m_serverCombo->clear();
        m_serverCombo->addItems(m_serverModel->serverKeys());
        m_serverCombo->setCurrentIndex(qMax(0, m_serverCombo->findText(shown)));
    }
    onServerChosen();
}

void MonitorPanel::setCurrentServer(const QString &serverKey)
{
    m_serverCombo->setCurrentIndex(m_serverCombo->findText(serverKey));
}

QString MonitorPanel::currentServer() const
{
    return m_serverCombo->currentText();
}

void MonitorPanel::setWindowSeconds(int seconds)
{
    const int index = m_windowCombo->findData(seconds);
    if (index >= 0 && index != m_windowCombo->currentIndex()) {
        m_windowCombo->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    m_ramChart->setWindowSeconds(seconds);
    m_shardChart->setWindowSeconds(seconds);
    m_shownUntilMs = 0;
    refreshCharts(true);
}

int MonitorPanel::windowSeconds() const
{
    return m_ramChart->windowSeconds();
}

void MonitorPanel::setPaused(bool paused)
{
    if (m_pauseButton->isChecked() != paused) {
        m_pauseButton->setChecked(paused); // comes back here through toggled
        return;
    }
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setIcon(paused ? Appearance::icon("resume", "media-playback-start")
                                  : Appearance::icon("pause", "media-playback-pause"));
    m_ramChart->setPaused(paused);
    m_shardChart->setPaused(paused);
    m_shownUntilMs = 0;
    refreshCharts(true);
}

bool MonitorPanel::isPaused() const
{
    return m_pauseButton->isChecked();
}

void MonitorPanel::addSample(const ProbeSample &sample)
{
    if (m_ownHistory)
        m_ownHistory->append(sample); // a poller keeps its own history before it signals
    m_serverModel->addSample(sample);
    m_grid->addSample(sample);
    m_planner->setHostRam(m_serverModel->hostRamByServer());
    if (sample.serverKey == currentServer() && !m_refreshPending) {
        // Redrawn in its own event-loop turn: the tick's table and grid updates, the chart refresh and
        // the repaint each stay short, so no one of them stalls input for long.
        m_refreshPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshPending = false;
            refreshCharts(false);
        });
    }
}

void MonitorPanel::refreshCharts(bool full)
{
    const QString key = currentServer();
    if (isPaused() || key.isEmpty())
        return;
    const qint64 newest = m_history->latest(key).timestampMs;
    if (newest <= 0 || newest == m_shownUntilMs)
        return;
    // Per tick only the new sample is copied out of the history, not the window's 3,600 again.
    if (full || m_shownUntilMs <= 0) {
        const QList<ProbeSample> samples = m_history->samples(key, newest - qint64(windowSeconds()) * 1000);
        m_ramChart->showSamples(samples);
        m_shardChart->showSamples(samples);
    } else {
        const QList<ProbeSample> samples = m_history->samples(key, m_shownUntilMs + 1);
        m_ramChart->appendSamples(samples);
        m_shardChart->appendSamples(samples);
    }
    m_shownUntilMs = newest;
}

void MonitorPanel::onServerChosen()
{
    const QString key = currentServer();
    QList<Shard> shards;
    if (m_topology) {
        for (const Shard &shard : m_topology->shards)
            if (shard.serverKey() == key)
                shards.append(shard);
    }
    m_ramChart->chart()->setTitle(key.isEmpty() ? tr("Memory") : tr("Memory of %1").arg(key));
    m_ramChart->clear();
    m_shardChart->setShards(shards);
    m_shownUntilMs = 0;
    refreshCharts(true);
}

void MonitorPanel::onHostRamEdited(const QString &serverKey, qint64 bytes)
{
    if (m_poller)
        m_poller->setHostRam(serverKey, bytes);
    m_planner->setHostRam(m_serverModel->hostRamByServer());
}

void MonitorPanel::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (auto written = MonitorExport::writePng(path, m_ramChart); !written)
        QMessageBox::warning(this, tr("Export chart"), written.error().fullText());
}

void MonitorPanel::exportSamples()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export samples"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = MonitorExport::writeSamplesCsv(path, m_history->samples(currentServer())); !written)
        QMessageBox::warning(this, tr("Export samples"), written.error().fullText());
}

} // namespace ShardDesk
