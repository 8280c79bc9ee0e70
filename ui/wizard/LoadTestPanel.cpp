#include "LoadTestPanel.h"

#include "LoadTestCharts.h"
#include "loadtest/LoadTest.h"
#include "loadtest/LoadTestReport.h"
#include "preferences/AppSettings.h"
#include "routing/RoutingTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace ShardDesk {

namespace {

QSpinBox *spinBox(const QString &name, int minimum, qint64 maximum, qint64 value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, int(std::min<qint64>(maximum, std::numeric_limits<int>::max())));
    box->setValue(int(value));
    return box;
}

} // namespace

LoadTestPanel::LoadTestPanel(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider login, QWidget *parent)
    : QWidget(parent)
    , m_topology(std::move(topology))
    , m_login(std::move(login))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_save(new QPushButton(tr("Save report…"), this))
    , m_progress(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_outcomes(new QLabel(this))
    , m_skew(new QLabel(this))
    , m_shards(new QTreeWidget(this))
    , m_charts(new LoadTestCharts(this))
{
    setWindowTitle(tr("Load test"));
    m_start->setObjectName(QStringLiteral("startLoadTest"));
    m_cancel->setObjectName(QStringLiteral("cancelLoadTest"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_rateLabel->setObjectName(QStringLiteral("rate"));
    m_outcomes->setObjectName(QStringLiteral("outcomes"));
    m_skew->setObjectName(QStringLiteral("skew"));
    m_shards->setObjectName(QStringLiteral("shardCounts"));
    m_shards->setRootIsDecorated(false);
    m_shards->setHeaderLabels(
        {tr("Shard"), tr("Acknowledged"), tr("Failed"), tr("Unknown"), tr("Comment errors"), tr("Last error")});
    m_shards->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cancel->setEnabled(false);
    m_save->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeSpecForm());
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_rateLabel);
    layout->addWidget(m_outcomes);
    layout->addWidget(m_charts, 2);
    layout->addWidget(m_skew);
    layout->addWidget(m_shards, 1);

    connect(m_start, &QPushButton::clicked, this, &LoadTestPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &LoadTestPanel::cancel);
    connect(m_save, &QPushButton::clicked, this, &LoadTestPanel::chooseReportFolder);
}

LoadTestPanel::~LoadTestPanel()
{
    // A run still going is cancelled and waited for: it stops after the users it has started.
    if (m_test)
        m_test->cancel();
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

QWidget *LoadTestPanel::makeSpecForm()
{
    const LoadTestSpec defaults = AppSettings::loadTestDefaults(); // the user's, from Preferences
    auto *box = new QGroupBox(tr("Run"), this);
    m_users = spinBox(QStringLiteral("users"), 1, LoadTestSpec::MaxUsers, defaults.users, box);
    m_comments = spinBox(QStringLiteral("commentsPerUser"), 0, 1000, defaults.commentsPerUser, box);
    m_threads = spinBox(QStringLiteral("threads"), 1, LoadTestSpec::MaxThreads, defaults.threads, box);
    m_batch = spinBox(QStringLiteral("batchSize"), 1, 100000, defaults.batchSize, box);
    m_duration = spinBox(QStringLiteral("durationSeconds"), 0, 7 * 24 * 3600, defaults.durationSeconds, box);
    m_seed = spinBox(QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), qint64(defaults.seed), box);
    m_duration->setSpecialValueText(tr("until all users are written"));
    m_rate = new QDoubleSpinBox(box);
    m_rate->setObjectName(QStringLiteral("ratePerSecond"));
    m_rate->setRange(0, 1e7);
    m_rate->setDecimals(0);
    m_rate->setSpecialValueText(tr("no limit"));
    m_mode = createModeBox(box);
    m_mode->setObjectName(QStringLiteral("mode"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_batch->setEnabled(LoadTestSpec::Mode(m_mode->currentData().toInt()) == LoadTestSpec::Mode::Batch);
    });
    m_mode->setCurrentIndex(m_mode->findData(int(defaults.mode)));
    m_batch->setEnabled(defaults.mode == LoadTestSpec::Mode::Batch);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("&Comments per user:"), m_comments);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Batch size (users):"), m_batch);
    form->addRow(tr("&Rate (users/s):"), m_rate);
    form->addRow(tr("&Duration (s):"), m_duration);
    form->addRow(tr("S&eed:"), m_seed);
    return box;
}

QComboBox *LoadTestPanel::createModeBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(tr("autocommit: one INSERT per row"), int(LoadTestSpec::Mode::Autocommit));
    box->addItem(tr("txn: a user and its comments in one transaction"), int(LoadTestSpec::Mode::Transaction));
    box->addItem(tr("batch: multi-row INSERTs"), int(LoadTestSpec::Mode::Batch));
    return box;
}

LoadTestSpec LoadTestPanel::spec() const
{
    LoadTestSpec spec;
    spec.users = m_users->value();
    spec.commentsPerUser = m_comments->value();
    spec.threads = m_threads->value();
    spec.mode = LoadTestSpec::Mode(m_mode->currentData().toInt());
    spec.batchSize = m_batch->value();
    spec.ratePerSecond = m_rate->value();
    spec.durationSeconds = m_duration->value();
    spec.seed = quint64(m_seed->value());
    return spec;
}

void LoadTestPanel::setSpec(const LoadTestSpec &spec)
{
    m_users->setValue(int(spec.users));
    m_comments->setValue(spec.commentsPerUser);
    m_threads->setValue(spec.threads);
    m_mode->setCurrentIndex(m_mode->findData(int(spec.mode)));
    m_batch->setValue(spec.batchSize);
    m_rate->setValue(spec.ratePerSecond);
    m_duration->setValue(spec.durationSeconds);
    m_seed->setValue(int(spec.seed));
}

Result<void> LoadTestPanel::saveReport(const QString &directory) const
{
    return LoadTestReport::save(m_result, directory);
}

void LoadTestPanel::start()
{
    if (m_test)
        return;
    const LoadTestSpec spec = this->spec();
    if (const QStringList problems = spec.problems(); !problems.isEmpty()) {
        m_outcomes->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    m_result = LoadTestResult();
    m_result.spec = spec;
    m_charts->clear();
    m_shards->clear();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_rateLabel->setText(tr("Connecting to the shards…"));
    m_outcomes->clear();
    m_skew->clear();
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_save->setEnabled(false);

    m_test = std::make_unique<LoadTest>(spec, std::make_shared<const RoutingTable>(m_topology), m_login);
    connect(m_test.get(), &LoadTest::progress, this, &LoadTestPanel::showSnapshot);
    auto *watcher = new QFutureWatcher<LoadTestResult>(this);
    connect(watcher, &QFutureWatcher<LoadTestResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onFinished(watcher->result());
    });
    LoadTest *test = m_test.get();
    watcher->setFuture(QtConcurrent::run([test] { return test->run(); }));
    emit runStarted();
}

void LoadTestPanel::cancel()
{
    if (!m_test)
        return;
    m_test->cancel();
    m_cancel->setEnabled(false);
    m_rateLabel->setText(tr("Cancelling: finishing the users already started…"));
}

void LoadTestPanel::showSnapshot(const LoadTestResult &snapshot)
{
    if (!m_test)
        return; // a snapshot queued before the run ended
    m_result = snapshot;
    const qint64 users = std::max<qint64>(1, snapshot.spec.users);
    m_progress->setValue(int(1000 * std::min(snapshot.done(), users) / users));
    const LoadTestResult::Second last
        = snapshot.seconds.isEmpty() ? LoadTestResult::Second() : snapshot.seconds.constLast();
    const double eta = snapshot.etaSeconds();
    m_rateLabel->setText(eta < 0 ? tr("%1 users/s in the last second, %2 users/s on average.")
                                       .arg(last.users)
                                       .arg(snapshot.usersPerSecond(), 0, 'f', 0)
                                 : tr("%1 users/s in the last second, %2 users/s on average; about %3 s left.")
                                       .arg(last.users)
                                       .arg(snapshot.usersPerSecond(), 0, 'f', 0)
                                       .arg(eta, 0, 'f', 0));
    showShardTable(snapshot);
    m_charts->show(snapshot);
}

void LoadTestPanel::showShardTable(const LoadTestResult &result)
{
    m_outcomes->setText(tr("%1 acknowledged, %2 failed, %3 unknown (may have been written).")
                            .arg(result.acknowledged)
                            .arg(result.failed)
                            .arg(result.unknown));
    // One row per shard, made once per run and updated in place.
    if (m_shards->topLevelItemCount() != result.shards.size()) {
        m_shards->clear();
        for (const LoadTestResult::ShardCounts &shard : result.shards)
            new QTreeWidgetItem(m_shards, {shard.name});
    }
    // Skew over the shards written to: overflow shards of a chained bucket get rows only once their
    // head is full, so counting them would show skew that is by design.
    qint64 smallest = std::numeric_limits<qint64>::max(), largest = 0, written = 0;
    for (qsizetype i = 0; i < result.shards.size(); ++i) {
        const LoadTestResult::ShardCounts &shard = result.shards.at(i);
        QTreeWidgetItem *item = m_shards->topLevelItem(int(i));
        item->setText(1, QString::number(shard.acknowledged));
        item->setText(2, QString::number(shard.failed));
        item->setText(3, QString::number(shard.unknown));
        item->setText(4, QString::number(shard.commentErrors));
        item->setText(5, shard.lastError);
        if (shard.acknowledged + shard.errors() == 0)
            continue;
        ++written;
        smallest = std::min(smallest, shard.acknowledged);
        largest = std::max(largest, shard.acknowledged);
    }
    const double mean = written == 0 ? 0.0 : double(result.acknowledged) / double(written);
    m_skew->setText(mean > 0 ? tr("Rows per shard written to: %1 to %2; the fullest is %3% above the mean.")
                                   .arg(smallest)
                                   .arg(largest)
                                   .arg(100.0 * (double(largest) - mean) / mean, 0, 'f', 1)
                             : QString());
}

void LoadTestPanel::onFinished(const LoadTestResult &result)
{
    m_result = result;
    m_test.reset();
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!result.setupError.isEmpty()) {
        m_rateLabel->setText(tr("The load test could not start: %1").arg(result.setupError));
        emit runFinished(result);
        return;
    }
    m_save->setEnabled(true);
    m_progress->setValue(m_progress->maximum() * std::min<qint64>(result.done(), result.spec.users)
                         / std::max<qint64>(1, result.spec.users));
    m_rateLabel->setText((result.cancelled ? tr("Cancelled after %1 s: %2 users/s; latency p50 %3 ms, p99 %4 ms.")
                                           : tr("Finished in %1 s: %2 users/s; latency p50 %3 ms, p99 %4 ms."))
                             .arg(result.elapsedSeconds, 0, 'f', 1)
                             .arg(result.usersPerSecond(), 0, 'f', 0)
                             .arg(double(result.latency.percentile(50)) / 1000.0, 0, 'f', 2)
                             .arg(double(result.latency.percentile(99)) / 1000.0, 0, 'f', 2));
    showShardTable(result);
    m_charts->show(result);
    emit runFinished(result);
}

void LoadTestPanel::chooseReportFolder()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Save the load test report"));
    if (directory.isEmpty())
        return;
    if (auto saved = saveReport(directory); !saved)
        QMessageBox::warning(this, tr("Save report"), saved.error().fullText());
}

} // namespace ShardDesk
