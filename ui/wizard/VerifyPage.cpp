#include "VerifyPage.h"

#include "ClusterWizard.h"
#include "VerifyPanel.h"

#include <QVBoxLayout>

namespace ShardDesk {

VerifyPage::VerifyPage(ClusterWizard *wizard) : QWizardPage(wizard), m_wizard(wizard), m_layout(new QVBoxLayout(this))
{
    setTitle(tr("Verify"));
    setSubTitle(tr("Check what the load test left in the cluster: counts, duplicate keys, a sample read back by key, "
                   "comments, the FULLTEXT index and the placement of every row."));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void VerifyPage::initializePage()
{
    if (!m_panel) { // once: the wizard makes one cluster
        m_panel = new VerifyPanel(m_wizard->createdTopology(), m_wizard->shardLogin(), this);
        m_layout->addWidget(m_panel);
        connect(m_panel, &VerifyPanel::started, this, &VerifyPage::completeChanged);
        connect(m_panel, &VerifyPanel::verified, this, &VerifyPage::completeChanged);
    }
    // Each visit takes the latest run of page 7, so its counts (acknowledged, unknown) are the ones judged.
    if (const auto &run = m_wizard->loadTestRun())
        m_panel->setRun(*run);
}

bool VerifyPage::isComplete() const
{
    return m_panel && !m_panel->isRunning();
}

} // namespace ShardDesk
