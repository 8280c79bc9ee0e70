#include "LoadTestPage.h"

#include "ClusterWizard.h"
#include "LoadTestPanel.h"

#include <QVBoxLayout>

namespace ShardDesk {

LoadTestPage::LoadTestPage(ClusterWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_layout(new QVBoxLayout(this))
{
    setTitle(tr("Load test"));
    setSubTitle(tr("Insert generated users into the new cluster and watch throughput, latency and errors per shard. "
                   "Next verifies what was written; Finish closes the wizard."));
    setFinalPage(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void LoadTestPage::initializePage()
{
    // Made once: the create page is a commit page, so the wizard makes one cluster.
    if (m_panel)
        return;
    m_panel = new LoadTestPanel(m_wizard->createdTopology(), m_wizard->shardLogin(), this);
    m_layout->addWidget(m_panel);
    connect(m_panel, &LoadTestPanel::runStarted, this, &LoadTestPage::completeChanged);
    connect(m_panel, &LoadTestPanel::runFinished, this, [this](const LoadTestResult &result) {
        m_wizard->setLoadTestRun(result);
        emit completeChanged();
    });
}

bool LoadTestPage::isComplete() const
{
    return m_panel && !m_panel->isRunning();
}

} // namespace ShardDesk
