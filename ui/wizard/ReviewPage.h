#pragma once

#include "provision/Provisioner.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ShardDesk {

class ClusterWizard;

// Page 5: the dry run — every statement per server — and the planned databases that already exist,
// found on worker threads. Existing databases are refused unless "drop and recreate" is ticked and the
// cluster name typed to confirm.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(ClusterWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void checkExisting();
    void showExisting(const Provisioner::Outcome &outcome);

    ClusterWizard *m_wizard;
    QPlainTextEdit *m_statements;
    QLabel *m_existing;
    QCheckBox *m_drop;
    QLineEdit *m_confirm;
    bool m_checked = false;
    bool m_reachable = false;
    QStringList m_existingDatabases;
};

} // namespace ShardDesk
