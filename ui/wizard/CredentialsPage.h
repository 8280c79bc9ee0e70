#pragma once

#include <QWizardPage>

class QGroupBox;
class QLineEdit;

namespace ShardDesk {

class ClusterWizard;

// Page 2: the login that creates the cluster and, optionally, a dedicated application user that the
// shards use instead (created with only the privileges the shards need). Passwords are kept in memory
// while the wizard runs and the shards' one is written to the credential store once the cluster exists;
// never to a file or the config store.
class CredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(ClusterWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    // Keeps the login when the user goes Back, so "Test connections" on the first page can use it.
    void cleanupPage() override { }

private:
    ClusterWizard *m_wizard;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QGroupBox *m_appGroup;
    QLineEdit *m_appUser;
    QLineEdit *m_appPassword;
};

} // namespace ShardDesk
