#include "CreatePage.h"

#include "ClusterWizard.h"
#include "config/ConfigStore.h"
#include "credentials/CredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

enum Column { ServerColumn, ProgressColumn, StatementColumn };

QString backupDirFor(const ConfigLocation &location)
{
    if (location.kind() == ConfigLocation::Kind::SQLite)
        return QFileInfo(location.path()).absolutePath();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

// On the worker, after the databases exist: the shards' password (the application user's when there is
// one) to the credential store, the topology to the config store. Either can fail without undoing the
// databases, which the user may still want.
void storeCluster(CreatePage::Run &run, const ClusterPlan &plan, const QString &shardPassword,
                  std::shared_ptr<CredentialStore> credentials, const ConfigLocation &location,
                  const ConnectionOptions &storeLogin)
{
    auto topology = plan.topology();
    if (!topology) {
        run.storeError = topology.error().fullText();
        return;
    }
    if (credentials) {
        QSet<QString> written;
        for (const Shard &shard : topology->shards) {
            if (written.contains(shard.credentialRef))
                continue;
            written.insert(shard.credentialRef);
            if (auto stored = credentials->write(shard.credentialRef, shardPassword); !stored) {
                run.storeError = stored.error().fullText();
                return;
            }
        }
    }
    ConfigStore store;
    if (auto opened = store.open(location, storeLogin); !opened) {
        run.storeError = opened.error().fullText();
        return;
    }
    auto backup = Provisioner::storeTopology(store, *topology, backupDirFor(location));
    if (!backup) {
        run.storeError = backup.error().fullText();
        return;
    }
    run.backupPath = *backup;
    run.topology = std::make_shared<const Topology>(std::move(topology).value());
}

} // namespace

CreatePage::CreatePage(ClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_servers(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_created(new QListWidget(this))
    , m_cancel(new QPushButton(tr("Cancel creation"), this))
    , m_rollBack(new QPushButton(tr("&Roll back"), this))
{
    setTitle(tr("Create"));
    setCommitPage(true);
    // Finish here, or go on to the load test: the cluster exists either way.
    setFinalPage(true);
    setButtonText(QWizard::CommitButton, tr("&Load test >"));
    m_servers->setObjectName(QStringLiteral("createProgress"));
    m_servers->setRootIsDecorated(false);
    m_servers->setHeaderLabels({tr("Server"), tr("Progress"), tr("Statement")});
    m_servers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_created->setObjectName(QStringLiteral("createdDatabases"));
    m_cancel->setObjectName(QStringLiteral("cancelCreate"));
    m_rollBack->setObjectName(QStringLiteral("rollBack"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rollBack);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_servers, 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_created, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_provisioner)
            m_provisioner->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_rollBack, &QPushButton::clicked, this, &CreatePage::rollBack);
}

void CreatePage::initializePage()
{
    start();
}

bool CreatePage::isComplete() const
{
    return m_done && m_ok;
}

void CreatePage::start()
{
    const ClusterPlan plan = m_wizard->plan();
    const ConnectionOptions admin = m_wizard->adminOptions();
    m_done = m_ok = false;
    m_servers->clear();
    m_created->clear();
    m_created->hide();
    m_rollBack->hide();
    m_cancel->setEnabled(true);
    const auto dryRun = Provisioner(plan, admin).dryRun();
    int total = 0;
    for (const auto &server : dryRun) {
        new QTreeWidgetItem(m_servers, {server.server.toString(), tr("Waiting"), QString()});
        total += int(server.statements.size());
    }
    m_statementsDone = QList<int>(dryRun.size(), 0);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_status->setText(tr("Creating the shard databases…"));
    m_provisioner = std::make_unique<Provisioner>(plan, admin);
    m_provisioner->setDropExisting(m_wizard->dropExisting());
    m_provisioner->setAppPassword(m_wizard->appPassword());
    connect(m_provisioner.get(), &Provisioner::statementStarted, this, &CreatePage::onStatementStarted);
    connect(m_provisioner.get(), &Provisioner::serverFinished, this, &CreatePage::onServerFinished);
    auto *watcher = new QFutureWatcher<Run>(this);
    connect(watcher, &QFutureWatcher<Run>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onCreated(watcher->result());
    });
    Provisioner *provisioner = m_provisioner.get();
    const QString shardPassword = plan.appUser.isEmpty() ? admin.password : m_wizard->appPassword();
    watcher->setFuture(QtConcurrent::run([provisioner, plan, shardPassword, credentials = m_wizard->credentials(),
                                          location = m_wizard->configLocation(), storeLogin = m_wizard->storeLogin()] {
        Run run;
        run.outcome = provisioner->create();
        if (run.outcome.ok())
            storeCluster(run, plan, shardPassword, credentials, location, storeLogin);
        return run;
    }));
    emit completeChanged();
}

void CreatePage::onStatementStarted(int serverIndex, int index, int count, const QString &statement)
{
    QTreeWidgetItem *item = m_servers->topLevelItem(serverIndex);
    if (!item || serverIndex >= m_statementsDone.size())
        return;
    item->setText(ProgressColumn, tr("Statement %1 of %2").arg(index + 1).arg(count));
    item->setText(StatementColumn, statement.simplified());
    m_statementsDone[serverIndex] = index;
    int done = 0;
    for (int n : std::as_const(m_statementsDone))
        done += n;
    m_progress->setValue(done);
}

void CreatePage::onServerFinished(int serverIndex, bool ok, const QString &message)
{
    if (QTreeWidgetItem *item = m_servers->topLevelItem(serverIndex)) {
        item->setText(ProgressColumn, ok ? tr("Done") : tr("Failed"));
        item->setText(StatementColumn, ok ? QString() : message);
    }
}

void CreatePage::onCreated(const Run &run)
{
    m_done = true;
    m_outcome = run.outcome;
    m_cancel->setEnabled(false);
    if (run.outcome.ok() && run.storeError.isEmpty()) {
        m_ok = true;
        m_progress->setValue(m_progress->maximum());
        const ClusterPlan &plan = m_wizard->plan();
        QString text = tr("Created %1 shards on %2 servers with %3 vshards; the configuration is in %4.")
                           .arg(plan.shardCount())
                           .arg(plan.servers.size())
                           .arg(plan.vshardCount)
                           .arg(m_wizard->configLocation().toString());
        if (!run.backupPath.isEmpty())
            text += QLatin1Char('\n') + tr("The previous configuration was saved to %1.").arg(run.backupPath);
        m_status->setText(text);
        m_wizard->setCreated(run.topology);
    } else if (run.outcome.ok()) {
        m_status->setText(
            tr("The databases were created, but the configuration could not be stored: %1").arg(run.storeError));
    } else {
        const QStringList created = run.outcome.createdDatabases() + run.outcome.createdUsers();
        m_status->setText((run.outcome.cancelled() ? tr("Creation was cancelled.") : tr("Creation failed:"))
                          + QLatin1Char('\n') + run.outcome.errors().join(QLatin1Char('\n')));
        m_created->addItems(created);
        m_created->setVisible(!created.isEmpty());
        m_rollBack->setVisible(!created.isEmpty());
        m_rollBack->setEnabled(true);
    }
    emit completeChanged();
}

void CreatePage::rollBack()
{
    m_rollBack->setEnabled(false);
    m_status->setText(tr("Dropping the databases that were created…"));
    auto *watcher = new QFutureWatcher<Provisioner::Outcome>(this);
    connect(watcher, &QFutureWatcher<Provisioner::Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Provisioner::Outcome undone = watcher->result();
        if (undone.ok()) {
            m_status->setText(tr("Rolled back: the databases that were created are dropped."));
            m_created->clear();
            m_created->hide();
            m_rollBack->hide();
        } else {
            m_status->setText(
                tr("Rolling back failed; these may remain:\n%1").arg(undone.errors().join(QLatin1Char('\n'))));
            m_rollBack->setEnabled(true);
        }
    });
    Provisioner *provisioner = m_provisioner.get();
    watcher->setFuture(
        QtConcurrent::run([provisioner, outcome = m_outcome] { return provisioner->rollBack(outcome); }));
}

} // namespace ShardDesk
