#include "CredentialsPage.h"

#include "ClusterWizard.h"
#include "credentials/CredentialStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ShardDesk {

CredentialsPage::CredentialsPage(ClusterWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_user(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("The login that creates the shard databases and that the shards use afterwards."));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    registerField(QStringLiteral("user*"), m_user);
    registerField(QStringLiteral("password"), m_password);

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    const auto store = wizard->credentials();
    note->setText(
        store ? tr("The password is kept in %1 once the cluster is created, never in a file.").arg(store->description())
              : tr("The password is kept in memory for this session only, never in a file."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(note);
}

bool CredentialsPage::validatePage()
{
    m_wizard->plan().user = m_user->text().trimmed();
    return !m_wizard->plan().user.isEmpty();
}

} // namespace ShardDesk
