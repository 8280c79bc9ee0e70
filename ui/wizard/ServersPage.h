#pragma once

#include "provision/HostListParser.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ShardDesk {

class ClusterWizard;
struct ProbeSample;

// Page 1: the host list, one server per line, with every bad line named by its number and reason, and
// "Test connections", which probes all servers in parallel on worker threads (version and RAM).
class ServersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServersPage(ClusterWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void parse();
    void testConnections();
    void showProbe(int row, const ProbeSample &sample);

    ClusterWizard *m_wizard;
    HostList m_hosts;
    QPlainTextEdit *m_text;
    QLabel *m_problems;
    QPushButton *m_test;
    QTreeWidget *m_results;
    int m_pendingProbes = 0;
};

} // namespace ShardDesk
