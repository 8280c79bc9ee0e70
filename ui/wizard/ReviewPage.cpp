#include "ReviewPage.h"

#include "ClusterWizard.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShardDesk {

ReviewPage::ReviewPage(ClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_statements(new QPlainTextEdit(this))
    , m_existing(new QLabel(this))
    , m_drop(new QCheckBox(tr("&Drop and recreate the databases that exist"), this))
    , m_confirm(new QLineEdit(this))
{
    setTitle(tr("Review"));
    setButtonText(QWizard::NextButton, tr("&Create"));
    m_statements->setObjectName(QStringLiteral("dryRun"));
    m_statements->setReadOnly(true);
    m_statements->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_statements->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_existing->setObjectName(QStringLiteral("existingDatabases"));
    m_existing->setWordWrap(true);
    m_existing->setTextFormat(Qt::PlainText);
    m_drop->setObjectName(QStringLiteral("dropExisting"));
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_confirm->setPlaceholderText(tr("Type the cluster name to confirm"));

    auto *confirmForm = new QFormLayout;
    confirmForm->addRow(tr("Cluster &name:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statements, 1);
    layout->addWidget(m_existing);
    layout->addWidget(m_drop);
    layout->addLayout(confirmForm);

    connect(m_drop, &QCheckBox::toggled, this, &ReviewPage::completeChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &ReviewPage::completeChanged);
}

void ReviewPage::initializePage()
{
    const ClusterPlan &plan = m_wizard->plan();
    setSubTitle(tr("Every statement that will run, per server. An existing configuration in %1 is exported to a "
                   "backup file first, automatically.")
                    .arg(m_wizard->configLocation().toString()));
    QStringList lines;
    const Provisioner dryRun(plan, m_wizard->adminOptions());
    for (const Provisioner::ServerStatements &server : dryRun.dryRun()) {
        lines << QStringLiteral("-- %1").arg(server.server.toString());
        for (const QString &statement : server.statements)
            lines << statement + QLatin1Char(';');
        lines << QString();
    }
    m_statements->setPlainText(lines.join(QLatin1Char('\n')));
    m_drop->setChecked(false);
    m_confirm->clear();
    checkExisting();
}

bool ReviewPage::isComplete() const
{
    if (!m_checked || !m_reachable)
        return false;
    if (m_existingDatabases.isEmpty())
        return true;
    return m_drop->isChecked() && m_confirm->text() == m_wizard->plan().clusterName;
}

bool ReviewPage::validatePage()
{
    m_wizard->setDropExisting(!m_existingDatabases.isEmpty() && m_drop->isChecked());
    return isComplete();
}

void ReviewPage::checkExisting()
{
    m_checked = false;
    m_existingDatabases.clear();
    m_drop->setEnabled(false);
    m_confirm->setEnabled(false);
    m_existing->setText(tr("Looking for planned databases that already exist…"));
    emit completeChanged();
    auto *watcher = new QFutureWatcher<Provisioner::Outcome>(this);
    connect(watcher, &QFutureWatcher<Provisioner::Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showExisting(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([plan = m_wizard->plan(), admin = m_wizard->adminOptions()] {
        Provisioner provisioner(plan, admin);
        return provisioner.existingDatabases();
    }));
}

void ReviewPage::showExisting(const Provisioner::Outcome &outcome)
{
    m_checked = true;
    QStringList errors = outcome.errors();
    m_reachable = errors.isEmpty();
    for (const Provisioner::ServerResult &server : outcome.servers) {
        for (const QString &database : server.existing)
            m_existingDatabases << QStringLiteral("%1/%2").arg(server.server.toString(), database);
    }
    QString text;
    if (!m_reachable)
        text = tr("Some servers could not be checked; fix them before creating:\n%1")
                   .arg(errors.join(QLatin1Char('\n')));
    else if (m_existingDatabases.isEmpty())
        text = tr("None of the planned databases exists yet.");
    else
        text = tr("These databases already exist and are refused unless you drop and recreate them (their data is "
                  "lost):\n%1")
                   .arg(m_existingDatabases.join(QLatin1Char('\n')));
    m_existing->setText(text);
    m_drop->setEnabled(!m_existingDatabases.isEmpty());
    m_confirm->setEnabled(!m_existingDatabases.isEmpty());
    emit completeChanged();
}

} // namespace ShardDesk
