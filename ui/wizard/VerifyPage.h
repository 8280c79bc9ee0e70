#pragma once

#include <QWizardPage>

class QVBoxLayout;

namespace ShardDesk {

class ClusterWizard;
class VerifyPanel;

// Page 8: verifies what the load test of page 7 left in the new cluster — the same VerifyPanel the main
// window opens on its own, given the created topology, the shards' login and the last run's counts.
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyPage(ClusterWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    VerifyPanel *panel() const { return m_panel; }

private:
    ClusterWizard *m_wizard;
    QVBoxLayout *m_layout;
    VerifyPanel *m_panel = nullptr;
};

} // namespace ShardDesk
