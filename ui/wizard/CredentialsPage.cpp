#include "CredentialsPage.h"

#include "ClusterWizard.h"
#include "credentials/CredentialStore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

namespace ShardDesk {

CredentialsPage::CredentialsPage(ClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_appGroup(new QGroupBox(tr("Create a dedicated &application user for the shards"), this))
    , m_appUser(new QLineEdit(QStringLiteral("sharddesk_app"), m_appGroup))
    , m_appPassword(new QLineEdit(m_appGroup))
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("The login that creates the shard databases and, unless an application user is created, "
                   "that the shards use afterwards."));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    registerField(QStringLiteral("user*"), m_user);
    registerField(QStringLiteral("password"), m_password);

    m_appGroup->setObjectName(QStringLiteral("appUserGroup"));
    m_appGroup->setCheckable(true);
    m_appGroup->setChecked(false);
    m_appUser->setObjectName(QStringLiteral("appUser"));
    m_appPassword->setObjectName(QStringLiteral("appPassword"));
    m_appPassword->setEchoMode(QLineEdit::Password);
    registerField(QStringLiteral("appPassword"), m_appPassword);
    auto *appNote = new QLabel(tr("Created on every server with only SELECT, INSERT, UPDATE, DELETE and LOCK TABLES on "
                                  "the shard databases; it cannot create or drop tables or databases."),
                               m_appGroup);
    appNote->setWordWrap(true);
    auto *appForm = new QFormLayout(m_appGroup);
    appForm->addRow(tr("Application u&ser:"), m_appUser);
    appForm->addRow(tr("Application pass&word:"), m_appPassword);
    appForm->addRow(appNote);

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    const auto store = wizard->credentials();
    note->setText(
        store ? tr("The password is kept in %1 once the cluster is created, never in a file.").arg(store->description())
              : tr("The password is kept in memory for this session only, never in a file."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_appGroup);
    form->addRow(note);

    for (QLineEdit *edit : {m_appUser, m_appPassword})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::completeChanged);
    connect(m_appGroup, &QGroupBox::toggled, this, &CredentialsPage::completeChanged);
}

bool CredentialsPage::isComplete() const
{
    if (!QWizardPage::isComplete())
        return false;
    return !m_appGroup->isChecked() || (!m_appUser->text().trimmed().isEmpty() && !m_appPassword->text().isEmpty());
}

bool CredentialsPage::validatePage()
{
    ClusterPlan &plan = m_wizard->plan();
    plan.user = m_user->text().trimmed();
    plan.appUser = m_appGroup->isChecked() ? m_appUser->text().trimmed() : QString();
    m_wizard->setAppPassword(m_appGroup->isChecked() ? m_appPassword->text() : QString());
    if (plan.user.isEmpty())
        return false;
    // The plan's rules for the application user (name, host, not the admin), said where it is typed.
    if (const QStringList problems = plan.appUserProblems(); !problems.isEmpty()) {
        setSubTitle(problems.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

} // namespace ShardDesk
