#include "WizardSession.h"

#include "SceneRunner.h"

#include "ClusterWizard.h"
#include "Sandbox.h"
#include "credentials/MemoryCredentialStore.h"
#include "provision/Provisioner.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace ShardDesk::Screenshots {

namespace {

const QString ClusterName = QStringLiteral("shop");
constexpr int Servers = 3;

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

WizardSession::WizardSession(SceneRunner &runner)
    : m_runner(runner),
      m_credentials(std::make_shared<MemoryCredentialStore>()),
      m_wizard(std::make_unique<ClusterWizard>(ConfigLocation::sqlite(runner.path(QStringLiteral("shop.sqlite"))),
                                               m_credentials))
{
}

// Drops what the wizard created through core, as its "Roll back" does, so the sandbox is left clean.
WizardSession::~WizardSession()
{
    if (m_step != Step::Created)
        return;
    const ClusterPlan &plan = m_wizard->plan();
    Provisioner::Outcome created;
    for (int i = 0; i < plan.servers.size(); ++i) {
        Provisioner::ServerResult server;
        server.server = plan.servers.at(i);
        server.created = plan.databasesOf(i);
        created.servers << server;
    }
    Provisioner provisioner(plan, m_wizard->adminOptions());
    (void)provisioner.rollBack(created);
}

Result<void> WizardSession::reach(Step step)
{
    using Advance = Result<void> (WizardSession::*)();
    const std::pair<Step, Advance> steps[] = {{Step::ServersTested, &WizardSession::testServers},
                                              {Step::LayoutFilled, &WizardSession::fillLayout},
                                              {Step::Reviewed, &WizardSession::review},
                                              {Step::Created, &WizardSession::create}};
    for (const auto &[reached, advance] : steps) {
        if (m_step >= reached)
            continue;
        if (m_step > step || reached > step)
            break;
        if (auto done = (this->*advance)(); !done)
            return done;
        m_step = reached;
    }
    return {};
}

bool WizardSession::next()
{
    QAbstractButton *button = m_wizard->button(QWizard::NextButton);
    if (!m_runner.waitUntil([button] { return button->isEnabled(); }))
        return false;
    button->click();
    return true;
}

Result<void> WizardSession::testServers()
{
    const QStringList servers = Testing::sandboxServers().mid(0, Servers);
    if (servers.size() < Servers)
        return makeError(QStringLiteral("The wizard pictures need %1 sandbox servers.").arg(Servers));
    m_runner.show(m_wizard.get());
    child<QPlainTextEdit>(m_wizard.get(), "hostList")
        ->setPlainText(QStringLiteral("# the shop's database servers\n%1\n").arg(servers.join(QLatin1Char('\n'))));
    if (!next())
        return makeError(QStringLiteral("The server list was refused."));
    child<QLineEdit>(m_wizard.get(), "user")->setText(Testing::sandboxUser());
    child<QLineEdit>(m_wizard.get(), "password")->setText(Testing::sandboxPassword());
    m_wizard->back(); // Test connections uses the login typed on the credentials page
    child<QPushButton>(m_wizard.get(), "testConnections")->click();
    auto *probes = child<QTreeWidget>(m_wizard.get(), "probeResults");
    const bool connected = m_runner.waitUntil([probes] {
        for (int row = 0; row < probes->topLevelItemCount(); ++row) {
            if (probes->topLevelItem(row)->text(1) != QLatin1String("Connected"))
                return false;
        }
        return probes->topLevelItemCount() == Servers;
    });
    if (!connected)
        return makeError(QStringLiteral("The sandbox servers did not answer: run scripts/sandbox start 5."));
    return {};
}

Result<void> WizardSession::fillLayout()
{
    if (!next() || !next() || m_wizard->currentId() != ClusterWizard::LayoutPageId)
        return makeError(QStringLiteral("The wizard did not reach its layout page."));
    child<QLineEdit>(m_wizard.get(), "clusterName")->setText(ClusterName);
    child<QSpinBox>(m_wizard.get(), "shardsPerServer")->setValue(2);
    child<QLineEdit>(m_wizard.get(), "databasePattern")->setText(QStringLiteral("shop_%1"));
    child<QSpinBox>(m_wizard.get(), "vshardCount")->setValue(4096);
    return {};
}

Result<void> WizardSession::review()
{
    if (!next() || !next() || m_wizard->currentId() != ClusterWizard::ReviewPageId)
        return makeError(QStringLiteral("The wizard did not reach its review page."));
    auto *existing = child<QLabel>(m_wizard.get(), "existingDatabases");
    if (!m_runner.waitUntil([existing] { return !existing->text().endsWith(QStringLiteral("…")); }))
        return makeError(QStringLiteral("The review page did not finish looking for existing databases."));
    auto *drop = child<QCheckBox>(m_wizard.get(), "dropExisting");
    if (drop->isEnabled()) { // left over by an interrupted run: confirmed as the user would
        drop->click();
        child<QLineEdit>(m_wizard.get(), "confirmName")->setText(ClusterName);
    }
    return {};
}

Result<void> WizardSession::create()
{
    if (!next() || m_wizard->currentId() != ClusterWizard::CreatePageId)
        return makeError(QStringLiteral("The wizard did not reach its create page."));
    if (!m_runner.waitUntil([this] { return m_wizard->createdTopology() != nullptr; }, 60000))
        return makeError(QStringLiteral("The cluster was not created."));
    return {};
}

} // namespace ShardDesk::Screenshots
