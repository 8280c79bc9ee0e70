#pragma once

#include <QWizardPage>

class QLineEdit;

namespace ShardDesk {

class ClusterWizard;

// Page 2: the login every server and shard uses. The password is kept in memory while the wizard runs
// and written to the credential store once the cluster exists; never to a file or the config store.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(ClusterWizard *wizard);

    bool validatePage() override;
    // Keeps the login when the user goes Back, so "Test connections" on the first page can use it.
    void cleanupPage() override { }

private:
    ClusterWizard *m_wizard;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace ShardDesk
