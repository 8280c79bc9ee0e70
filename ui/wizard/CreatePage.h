#pragma once

#include "provision/Provisioner.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ShardDesk {

class ClusterWizard;

// Page 6: creates the cluster on worker threads with progress per server and statement, and Cancel.
// On success the password goes to the credential store and the topology to the config store (after a
// backup of the configuration it replaces). On failure the databases that were created are listed and
// one click on "Roll back" drops them again.
class CreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreatePage(ClusterWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // What one creation did; filled on the worker.
    struct Run
    {
        Provisioner::Outcome outcome;
        QString storeError; // the credential or config store refused; the databases exist
        QString backupPath;
        std::shared_ptr<const Topology> topology;
    };

private:
    void start();
    void onStatementStarted(int serverIndex, int index, int count, const QString &statement);
    void onServerFinished(int serverIndex, bool ok, const QString &message);
    void onCreated(const Run &run);
    void rollBack();

    ClusterWizard *m_wizard;
    QTreeWidget *m_servers;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_created;
    QPushButton *m_cancel;
    QPushButton *m_rollBack;
    std::unique_ptr<Provisioner> m_provisioner;
    Provisioner::Outcome m_outcome;
    QList<int> m_statementsDone;
    bool m_done = false;
    bool m_ok = false;
};

} // namespace ShardDesk
