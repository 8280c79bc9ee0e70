#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "loadtest/LoadTestResult.h"
#include "topology/Topology.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ShardDesk {

class LoadTest;
class LoadTestCharts;

// The load test: a spec form with the defaults, then the live view — progress with ETA, users/s,
// latency percentiles per second, rows and errors per shard, acknowledged / failed / unknown apart — and
// Cancel. LoadTest::run() runs on a worker thread; its once-a-second snapshots arrive queued. Opened by the
// wizard after creation or on its own from the main window.
class LoadTestPanel : public QWidget
{
    Q_OBJECT

public:
    LoadTestPanel(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider login, QWidget *parent = nullptr);
    ~LoadTestPanel() override;

    LoadTestSpec spec() const;
    void setSpec(const LoadTestSpec &spec);
    bool isRunning() const { return m_test != nullptr; }
    const LoadTestResult &lastResult() const { return m_result; }
    // Writes loadtest.json, .csv and .html of the last run into directory.
    Result<void> saveReport(const QString &directory) const;

    void start();
    void cancel();

    // The box choosing a LoadTestSpec::Mode (item data: the mode), as here and in Preferences.
    static QComboBox *createModeBox(QWidget *parent);

signals:
    void runStarted();
    void runFinished(const ShardDesk::LoadTestResult &result);

private:
    QWidget *makeSpecForm();
    void showSnapshot(const LoadTestResult &snapshot);
    void showShardTable(const LoadTestResult &result);
    void onFinished(const LoadTestResult &result);
    void chooseReportFolder();

    std::shared_ptr<const Topology> m_topology;
    ConnectionOptionsProvider m_login;
    std::unique_ptr<LoadTest> m_test;
    LoadTestResult m_result;

    QSpinBox *m_users;
    QSpinBox *m_comments;
    QSpinBox *m_threads;
    QComboBox *m_mode;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_duration;
    QSpinBox *m_seed;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    QLabel *m_outcomes;
    QLabel *m_skew;
    QTreeWidget *m_shards;
    LoadTestCharts *m_charts;
};

} // namespace ShardDesk
