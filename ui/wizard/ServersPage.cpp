#include "ServersPage.h"

#include "ClusterWizard.h"
#include "db/ConnectionPool.h"
#include "monitor/HostMemory.h"
#include "monitor/ServerProbe.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

enum Column { ServerColumn, StatusColumn, VersionColumn, RamColumn };

// Runs on a worker: one probe with its own pool, closed before the pooled thread goes back.
ProbeSample probeServer(const ServerAddress &server, const ConnectionOptions &options)
{
    ConnectionPool pool;
    ProbeSample sample = ServerProbe(server, {}, options).run(pool);
    if (sample.hostRamBytes < 0)
        sample.hostRamBytes = HostMemory::detect(server.host());
    pool.closeThreadConnections();
    return sample;
}

} // namespace

ServersPage::ServersPage(ClusterWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_text(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_test(new QPushButton(tr("Test connections"), this))
    , m_results(new QTreeWidget(this))
{
    setTitle(tr("Servers"));
    setSubTitle(tr("One server per line: host, host:port, [IPv6]:port or a DNS name. Lines starting with # "
                   "and blank lines are skipped."));
    m_text->setObjectName(QStringLiteral("hostList"));
    m_text->setPlaceholderText(tr("# MariaDB servers of the test cluster\n10.0.0.11\n10.0.0.12:3307"));
    m_problems->setObjectName(QStringLiteral("hostProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_test->setObjectName(QStringLiteral("testConnections"));
    m_test->setToolTip(tr("Logs in to every server at once with the login of the next page and shows its "
                          "version and RAM."));
    m_results->setObjectName(QStringLiteral("probeResults"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Server"), tr("Status"), tr("Version"), tr("RAM")});
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_problems);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ServersPage::parse);
    connect(m_test, &QPushButton::clicked, this, &ServersPage::testConnections);
    parse();
}

bool ServersPage::isComplete() const
{
    return m_hosts.ok();
}

bool ServersPage::validatePage()
{
    m_wizard->plan().servers = m_hosts.addresses();
    return m_hosts.ok();
}

void ServersPage::parse()
{
    m_hosts = HostListParser::parse(m_text->toPlainText());
    QStringList messages = m_hosts.messages();
    if (m_hosts.servers.isEmpty() && m_hosts.problems.isEmpty() && !m_text->toPlainText().trimmed().isEmpty())
        messages << HostListParser::emptyListMessage();
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_test->setEnabled(!m_hosts.servers.isEmpty() && m_pendingProbes == 0);
    emit completeChanged();
}

void ServersPage::testConnections()
{
    m_results->clear();
    m_wizard->setSmallestServerRamBytes(-1);
    const ConnectionOptions options = m_wizard->adminOptions();
    const QList<ServerAddress> servers = m_hosts.addresses();
    m_pendingProbes = int(servers.size());
    m_test->setEnabled(false);
    for (int row = 0; row < servers.size(); ++row) {
        new QTreeWidgetItem(m_results, {servers.at(row).toString(), tr("Testing…")});
        auto *watcher = new QFutureWatcher<ProbeSample>(this);
        connect(watcher, &QFutureWatcher<ProbeSample>::finished, this, [this, watcher, row] {
            watcher->deleteLater();
            showProbe(row, watcher->result());
            m_test->setEnabled(--m_pendingProbes == 0 && !m_hosts.servers.isEmpty());
        });
        watcher->setFuture(QtConcurrent::run(&probeServer, servers.at(row), options));
    }
}

void ServersPage::showProbe(int row, const ProbeSample &sample)
{
    QTreeWidgetItem *item = m_results->topLevelItem(row);
    if (!item)
        return;
    if (!sample.reachable) {
        item->setText(StatusColumn, tr("Not reachable: %1").arg(sample.error));
        return;
    }
    item->setText(StatusColumn, tr("Connected"));
    item->setText(VersionColumn, sample.version);
    const QLocale locale;
    if (sample.hostRamBytes > 0)
        item->setText(RamColumn, tr("%1 (host)").arg(locale.formattedDataSize(sample.hostRamBytes)));
    else if (sample.bufferPoolSizeBytes > 0)
        item->setText(RamColumn, tr("%1 (buffer pool)").arg(locale.formattedDataSize(sample.bufferPoolSizeBytes)));
    const qint64 ram = sample.hostRamBytes > 0 ? sample.hostRamBytes : sample.bufferPoolSizeBytes;
    const qint64 smallest = m_wizard->smallestServerRamBytes();
    if (ram > 0 && (smallest < 0 || ram < smallest))
        m_wizard->setSmallestServerRamBytes(ram);
}

} // namespace ShardDesk
