#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "loadtest/Verifier.h"
#include "topology/Topology.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ShardDesk {

struct LoadTestResult;

// Verify: what a load test left in the cluster, from the seed and the count alone. Runs Verifier on a
// worker thread and shows each check with pass or fail and its numbers; exports the report as JSON.
// Opened after a load test (setRun() takes its counts) or on its own from the main window.
class VerifyPanel : public QWidget
{
    Q_OBJECT

public:
    VerifyPanel(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider login, QWidget *parent = nullptr);
    ~VerifyPanel() override;

    // Takes users, seed, comments and the acknowledged / unknown counts of a finished run.
    void setRun(const LoadTestResult &result);
    Verifier::Options options() const;
    bool isRunning() const { return m_running; }
    const std::optional<Verifier::Report> &lastReport() const { return m_report; }
    Result<void> saveJson(const QString &path) const;

    void start();

signals:
    void started();
    void verified(bool ok);

private:
    void showReport(const Verifier::Report &report);
    void addCheck(const QString &name, bool passed, const QString &numbers);
    void chooseJsonFile();

    std::shared_ptr<const Topology> m_topology;
    ConnectionOptionsProvider m_login;
    std::optional<Verifier::Report> m_report;
    qint64 m_acknowledged = -1;
    qint64 m_unknown = 0;
    bool m_running = false;

    QSpinBox *m_users;
    QSpinBox *m_seed;
    QSpinBox *m_comments;
    QSpinBox *m_sample;
    QPushButton *m_verify;
    QPushButton *m_save;
    QLabel *m_summary;
    QTreeWidget *m_checks;
};

} // namespace ShardDesk
