#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace ShardDesk {

class ClusterWizard;
class LoadTestPanel;

// Page 7: the load test on the cluster just created — the same LoadTestPanel the main window opens on its
// own, given the created topology and the shards' login. Next and Finish wait while a run is going; the
// last run is handed to the verify page.
class LoadTestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LoadTestPage(ClusterWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    LoadTestPanel *panel() const { return m_panel; }

private:
    ClusterWizard *m_wizard;
    QVBoxLayout *m_layout;
    LoadTestPanel *m_panel = nullptr;
};

} // namespace ShardDesk
