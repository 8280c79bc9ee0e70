#include "VerifyPanel.h"

#include "loadtest/LoadTestReport.h"
#include "loadtest/LoadTestResult.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

enum Column { CheckColumn, ResultColumn, NumbersColumn };

QSpinBox *spinBox(const QString &name, int minimum, int maximum, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

} // namespace

VerifyPanel::VerifyPanel(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider login, QWidget *parent)
    : QWidget(parent)
    , m_topology(std::move(topology))
    , m_login(std::move(login))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_save(new QPushButton(tr("Save JSON…"), this))
    , m_summary(new QLabel(this))
    , m_checks(new QTreeWidget(this))
{
    setWindowTitle(tr("Verify a load test"));
    const Verifier::Options defaults;
    m_users = spinBox(QStringLiteral("verifyUsers"), 1, int(LoadTestSpec::MaxUsers), int(defaults.users), this);
    m_seed = spinBox(QStringLiteral("verifySeed"), 0, std::numeric_limits<int>::max(), int(defaults.seed), this);
    m_comments = spinBox(QStringLiteral("verifyComments"), 0, 1000, defaults.commentsPerUser, this);
    m_sample = spinBox(QStringLiteral("sample"), 0, 1000000, defaults.sample, this);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_save->setObjectName(QStringLiteral("saveVerifyJson"));
    m_save->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setRootIsDecorated(false);
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Numbers")});
    m_checks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("&Comments per user:"), m_comments);
    form->addRow(tr("Sam&ple of keys:"), m_sample);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_checks, 1);

    connect(m_verify, &QPushButton::clicked, this, &VerifyPanel::start);
    connect(m_save, &QPushButton::clicked, this, &VerifyPanel::chooseJsonFile);
    // Typed counts name another run, whose acknowledged and unknown counts are not known here.
    for (QSpinBox *box : {m_users, m_seed}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            m_acknowledged = -1;
            m_unknown = 0;
        });
    }
}

VerifyPanel::~VerifyPanel()
{
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void VerifyPanel::setRun(const LoadTestResult &result)
{
    m_users->setValue(int(result.spec.users));
    m_seed->setValue(int(result.spec.seed));
    m_comments->setValue(result.spec.commentsPerUser);
    m_acknowledged = result.acknowledged;
    m_unknown = result.unknown;
}

Verifier::Options VerifyPanel::options() const
{
    Verifier::Options options;
    options.users = m_users->value();
    options.seed = quint64(m_seed->value());
    options.commentsPerUser = m_comments->value();
    options.sample = m_sample->value();
    options.acknowledged = m_acknowledged;
    options.unknown = m_unknown;
    return options;
}

void VerifyPanel::start()
{
    if (m_running)
        return;
    m_running = true;
    m_verify->setEnabled(false);
    m_checks->clear();
    m_summary->setText(tr("Reading every shard…"));
    auto *watcher = new QFutureWatcher<Verifier::Report>(this);
    connect(watcher, &QFutureWatcher<Verifier::Report>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        m_verify->setEnabled(true);
        showReport(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([topology = m_topology, login = m_login, options = options()] {
        Verifier verifier(topology, login);
        return verifier.run(options);
    }));
    emit started();
}

void VerifyPanel::showReport(const Verifier::Report &report)
{
    m_report = report;
    m_save->setEnabled(true);
    const Verifier::Options &o = report.options;
    const qint64 low = o.acknowledged < 0 ? o.users : o.acknowledged;
    const qint64 high = low + o.unknown;
    bool shardsOk = true;
    for (const Verifier::ShardReport &shard : report.shards)
        shardsOk = shardsOk && shard.status.ok();

    addCheck(tr("Rows found"), report.found >= low && report.found <= high,
             tr("%1 found; expected from %2 to %3.").arg(report.found).arg(low).arg(high));
    addCheck(tr("No duplicate key"), report.duplicates == 0,
             report.duplicateKeys.isEmpty() ? tr("%1 extra copies in the buckets.").arg(report.duplicates)
                                            : tr("%1 extra copies in the buckets, for example %2.")
                                                  .arg(report.duplicates)
                                                  .arg(report.duplicateKeys.join(QStringLiteral(", "))));
    addCheck(tr("Sample read back by key"), report.sampleMissing == 0 && report.sampleMismatched == 0,
             tr("%1 keys read, %2 missing, %3 different from the generator.")
                 .arg(report.sampled)
                 .arg(report.sampleMissing)
                 .arg(report.sampleMismatched));
    addCheck(tr("Users joined with their comments"), o.commentsPerUser == 0 || report.usersWithoutComments == 0,
             tr("%1 comments, %2 users without a comment.").arg(report.comments).arg(report.usersWithoutComments));
    addCheck(tr("Scatter-gather select on every shard"), shardsOk,
             tr("%1 user rows on %2 shards.").arg(report.scatterRows).arg(report.shards.size()));
    addCheck(tr("\"elephant\" through the FULLTEXT index"), shardsOk, tr("%1 comments found.").arg(report.elephants));
    addCheck(tr("Placement audit"), report.wrongVShard == 0 && report.wrongBucket == 0,
             tr("%1 rows with a wrong VIRTUAL_SHARD, %2 rows in the wrong bucket.")
                 .arg(report.wrongVShard)
                 .arg(report.wrongBucket));

    QString summary = report.ok()
        ? tr("Verified in %1 s: everything checked out.").arg(report.elapsedSeconds, 0, 'f', 1)
        : tr("Verification found problems:");
    if (!report.ok())
        summary += QLatin1Char('\n') + report.problems.join(QLatin1Char('\n'));
    m_summary->setText(summary);
    emit verified(report.ok());
}

void VerifyPanel::addCheck(const QString &name, bool passed, const QString &numbers)
{
    auto *item = new QTreeWidgetItem(m_checks, {name, passed ? tr("Passed") : tr("Failed"), numbers});
    item->setForeground(ResultColumn, passed ? QColor(Qt::darkGreen) : QColor(Qt::red));
}

Result<void> VerifyPanel::saveJson(const QString &path) const
{
    if (!m_report)
        return makeError(tr("There is no verification to save yet."), Error::Kind::Usage);
    const QByteArray json = QJsonDocument(LoadTestReport::toJson(*m_report)).toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return makeError(tr("Could not save %1: %2").arg(path, file.errorString()));
    return {};
}

void VerifyPanel::chooseJsonFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the verification"), QStringLiteral("verify.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveJson(path); !saved)
        QMessageBox::warning(this, tr("Save verification"), saved.error().fullText());
}

} // namespace ShardDesk
