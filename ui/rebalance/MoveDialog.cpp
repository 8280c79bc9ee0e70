#include "MoveDialog.h"

#include "MovePlanForm.h"
#include "MovePreviewModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <numeric>

namespace ShardDesk {

MoveDialog::MoveDialog(const ConfigLocation &location, const ConnectionOptions &storeOptions,
                       ConnectionOptionsProvider logins, std::shared_ptr<const Topology> topology, QWidget *parent)
    : QDialog(parent)
    , m_topology(std::move(topology))
    , m_thread(new QThread)
    , m_worker(new MoveWorker(location, storeOptions, std::move(logins)))
    , m_form(new MovePlanForm(m_topology))
    , m_preview(new MovePreviewModel(this))
    , m_previewView(new QTableView)
    , m_planLabel(new QLabel)
    , m_moves(new QListWidget)
    , m_unfinishedBox(new QWidget)
    , m_unfinishedLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_stepLabel(new QLabel)
    , m_elapsedLabel(new QLabel)
    , m_reportLabel(new QLabel)
    , m_runButton(new QPushButton(tr("&Run Move")))
    , m_cancelButton(new QPushButton(tr("&Cancel Move")))
    , m_closeButton(new QPushButton(tr("C&lose")))
{
    setWindowTitle(tr("Move VShards"));
    m_previewView->setObjectName(QStringLiteral("movePreview"));
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewView->setAccessibleName(tr("Size of every bucket before and after the move"));
    m_moves->setObjectName(QStringLiteral("moveList"));
    m_moves->setAccessibleName(tr("VShards to move"));
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);
    m_runButton->setObjectName(QStringLiteral("runMove"));
    m_cancelButton->setObjectName(QStringLiteral("cancelMove"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_previewView);
    splitter->addWidget(m_moves);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 240}); // the preview's seven columns first
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_planLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(createProgressArea());
    layout->addWidget(buttons);
    resize(980, 620);

    connectWorker();
    connect(m_form, &MovePlanForm::planChanged, this, &MoveDialog::refreshPreview);
    connect(m_runButton, &QPushButton::clicked, this, &MoveDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &MoveDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &MoveDialog::reject);
    m_elapsedTimer.setInterval(250);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &MoveDialog::updateElapsed);
    m_thread->start();
    refreshPreview();
}

MoveDialog::~MoveDialog()
{
    // A move under way finishes its batch on the worker thread; nothing here waits for it.
    m_worker->cancel();
    m_thread->quit();
}

void MoveDialog::connectWorker()
{
    m_worker->moveToThread(m_thread);
    // Neither waits for the other: the thread and the worker go once a move under way has ended.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &MoveWorker::unfinishedChecked, this, &MoveDialog::onUnfinishedChecked);
    connect(m_worker, &MoveWorker::sizesMeasured, this, &MoveDialog::setSizes);
    connect(m_worker, &MoveWorker::sizesFailed, this, [this](const QString &message) {
        m_planLabel->setText(tr("Could not measure the vshards' sizes: %1").arg(message));
    });
    connect(m_worker, &MoveWorker::stepReached, this, &MoveDialog::onStep);
    connect(m_worker, &MoveWorker::rowsCopied, this, &MoveDialog::onRowsCopied);
    connect(m_worker, &MoveWorker::vshardFinished, this, &MoveDialog::onVShardFinished);
    connect(m_worker, &MoveWorker::finished, this, &MoveDialog::onFinished);
    connect(m_worker, &MoveWorker::failed, this, &MoveDialog::onFailed);
}

QWidget *MoveDialog::createProgressArea()
{
    auto *area = new QWidget;
    auto *resume = new QPushButton(tr("&Resume"));
    auto *rollBack = new QPushButton(tr("Roll &Back"));
    resume->setObjectName(QStringLiteral("resumeMove"));
    rollBack->setObjectName(QStringLiteral("rollBackMove"));
    connect(resume, &QPushButton::clicked, this, &MoveDialog::resumeUnfinished);
    connect(rollBack, &QPushButton::clicked, this, &MoveDialog::rollBackUnfinished);
    m_unfinishedLabel->setWordWrap(true);
    auto *unfinished = new QHBoxLayout(m_unfinishedBox);
    unfinished->setContentsMargins(0, 0, 0, 0);
    unfinished->addWidget(m_unfinishedLabel, 1);
    unfinished->addWidget(resume);
    unfinished->addWidget(rollBack);
    m_unfinishedBox->setObjectName(QStringLiteral("unfinishedMove"));
    m_unfinishedBox->hide();
    m_progress->setObjectName(QStringLiteral("moveProgress"));
    m_stepLabel->setObjectName(QStringLiteral("moveStep"));
    m_elapsedLabel->setObjectName(QStringLiteral("moveElapsed"));
    m_reportLabel->setObjectName(QStringLiteral("moveReport"));
    m_reportLabel->setWordWrap(true);
    m_reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *status = new QHBoxLayout;
    status->addWidget(m_stepLabel, 1);
    status->addWidget(m_elapsedLabel);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unfinishedBox);
    layout->addWidget(m_progress);
    layout->addLayout(status);
    layout->addWidget(m_reportLabel);
    m_progress->hide();
    return area;
}

void MoveDialog::startChecks()
{
    m_planLabel->setText(tr("Checking the move journal and measuring the vshards' sizes…"));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->checkUnfinished(); });
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, topology = *m_topology] { worker->measure(topology); });
}

void MoveDialog::setSizes(const VShardSizes &sizes)
{
    m_form->setSizes(sizes);
}

const Result<MovePlan> &MoveDialog::plan() const
{
    return m_form->plan();
}

QString MoveDialog::reportText() const
{
    return m_reportLabel->text();
}

void MoveDialog::refreshPreview()
{
    const Result<MovePlan> &plan = m_form->plan();
    m_moves->clear();
    m_items.clear();
    if (!plan) {
        m_preview->setLoads(*m_topology, {});
        m_planLabel->setText(plan.error().fullText());
        updateButtons();
        return;
    }
    m_preview->setLoads(*m_topology, plan->projectedLoad(*m_topology, m_form->sizes()));
    for (const MovePlan::Move &move : plan->moves()) {
        auto *item = new QListWidgetItem(
            tr("VShard %1: shard %2 → shard %3").arg(move.vshard).arg(move.sourceHead).arg(move.targetHead), m_moves);
        m_items.insert(move.vshard, item);
    }
    QString text = plan->isEmpty() ? tr("Nothing to move: every vshard named is on its target already.")
                                   : tr("%n vshard(s) to move.", "", int(plan->moves().size()));
    if (!m_form->hasSizes())
        text = tr("%1 Sizes are being measured; megabytes show as 0 until then.").arg(text);
    if (const int over = m_preview->overCapacityCount(); over > 0)
        text = tr("%1 Warning: %n bucket(s) would be over capacity (in red).", "", over).arg(text);
    m_planLabel->setText(text);
    updateButtons();
}

void MoveDialog::updateButtons()
{
    const Result<MovePlan> &plan = m_form->plan();
    m_runButton->setEnabled(!m_running && !m_hasUnfinished && plan && !plan->isEmpty());
    m_cancelButton->setEnabled(m_running);
    m_form->setEnabled(!m_running);
    m_unfinishedBox->setEnabled(!m_running);
}

void MoveDialog::run()
{
    const Result<MovePlan> &plan = m_form->plan();
    if (m_running || !plan || plan->isEmpty())
        return;
    start(MoveWorker::Operation::Run, *plan);
}

void MoveDialog::resumeUnfinished()
{
    if (!m_running)
        start(MoveWorker::Operation::Resume, {});
}

void MoveDialog::rollBackUnfinished()
{
    if (!m_running)
        start(MoveWorker::Operation::RollBack, {});
}

void MoveDialog::start(MoveWorker::Operation operation, const MovePlan &plan)
{
    m_rowsByVShard.clear();
    m_reportLabel->clear();
    m_progress->setRange(0, std::max<int>(1, int(plan.moves().size())));
    m_progress->setValue(0);
    m_progress->show();
    m_stepLabel->setText(operation == MoveWorker::Operation::RollBack ? tr("Rolling the unfinished move back…")
                                                                      : tr("Starting…"));
    m_clock.start();
    m_elapsedTimer.start();
    updateElapsed();
    setRunning(true);
    VShardMover::Options options = m_moverOptions;
    options.sizes = m_form->sizes(); // batches are cut by the rows measured for the preview
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, operation, plan, options] { worker->start(operation, plan, options); });
}

void MoveDialog::setRunning(bool running)
{
    m_running = running;
    if (!running)
        m_elapsedTimer.stop();
    updateButtons();
}

void MoveDialog::cancelRun()
{
    if (!m_running)
        return;
    m_worker->cancel();
    m_cancelButton->setEnabled(false);
    m_stepLabel->setText(tr("Cancelling: the vshards under way are finished first; the others stay where they are."));
}

// Closing during a run cancels it and waits (without blocking) for the batch under way.
void MoveDialog::reject()
{
    if (m_running) {
        cancelRun();
        connect(this, &MoveDialog::operationFinished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

QString MoveDialog::stepText(MoveJournal::Step step)
{
    switch (step) {
    case MoveJournal::Step::Planned:
        return tr("waiting", "a vshard's move step");
    case MoveJournal::Step::Copying:
        return tr("copying rows", "a vshard's move step");
    case MoveJournal::Step::Frozen:
        return tr("writes paused, copying the last rows", "a vshard's move step");
    case MoveJournal::Step::Verified:
        return tr("verified, the same rows on both sides", "a vshard's move step");
    case MoveJournal::Step::Switched:
        return tr("switched to the new shard", "a vshard's move step");
    case MoveJournal::Step::Cleaned:
        return tr("moved, old rows cleaned up", "a vshard's move step");
    }
    return {};
}

QListWidgetItem *MoveDialog::itemFor(int vshard)
{
    QListWidgetItem *item = m_items.value(vshard);
    if (!item) {
        // A resumed move's vshards are not in this dialog's plan.
        item = new QListWidgetItem(m_moves);
        m_items.insert(vshard, item);
    }
    return item;
}

void MoveDialog::onStep(int vshard, MoveJournal::Step step)
{
    m_stepLabel->setText(tr("VShard %1: %2").arg(vshard).arg(stepText(step)));
    itemFor(vshard)->setText(tr("VShard %1: %2").arg(vshard).arg(stepText(step)));
    m_moves->scrollToItem(itemFor(vshard));
}

void MoveDialog::onRowsCopied(int vshard, qint64 rowsSoFar)
{
    m_rowsByVShard.insert(vshard, rowsSoFar);
    m_stepLabel->setText(tr("VShard %1: copying rows, %2 so far").arg(vshard).arg(QLocale().toString(rowsSoFar)));
    updateElapsed();
}

void MoveDialog::onVShardFinished(int, int finished, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(finished);
}

void MoveDialog::updateElapsed()
{
    const qint64 rows = std::accumulate(m_rowsByVShard.cbegin(), m_rowsByVShard.cend(), qint64(0));
    const QLocale locale;
    m_elapsedLabel->setText(
        tr("%1 s elapsed, %2 rows copied")
            .arg(locale.toString(double(m_clock.elapsed()) / 1000.0, 'f', 1), locale.toString(rows)));
}

void MoveDialog::onFinished(MoveWorker::Operation operation, const VShardMover::Report &report)
{
    updateElapsed();
    setRunning(false);
    m_ran = true;
    const QLocale locale;
    const QString seconds = locale.toString(double(report.elapsedMs) / 1000.0, 'f', 1);
    QString text;
    if (operation == MoveWorker::Operation::RollBack)
        text = tr("Rolled back: %n vshard(s) stay where they were; %1 copied rows deleted from the target.", "",
                  report.vshardsLeft)
                   .arg(locale.toString(report.rowsDeleted));
    else
        text = tr("Moved %n vshard(s) in %1 s: %2 rows copied, %3 rows deleted from the old shards.", "",
                  report.vshardsMoved)
                   .arg(seconds, locale.toString(report.rowsCopied), locale.toString(report.rowsDeleted));
    if (report.cancelled)
        text = tr("%1 Cancelled: %n vshard(s) were not started and stay where they were.", "", report.vshardsLeft)
                   .arg(text);
    m_reportLabel->setText(text);
    m_stepLabel->setText(report.cancelled ? tr("Cancelled.") : tr("Finished."));
    if (operation != MoveWorker::Operation::Run) {
        m_hasUnfinished = false;
        m_unfinishedBox->hide();
        updateButtons();
    } else {
        // One run per dialog: its preview was of the map before the move.
        m_runButton->setEnabled(false);
        m_form->setEnabled(false);
    }
    emit storeChanged();
    emit operationFinished(true);
}

void MoveDialog::onFailed(MoveWorker::Operation operation, const QString &message, bool unfinished)
{
    const bool wasRunning = m_running;
    setRunning(false);
    if (!wasRunning) {
        // Nothing ran: the journal could not be read when the window opened.
        m_reportLabel->setText(tr("Could not check for an unfinished move: %1").arg(message));
        emit operationFinished(false);
        return;
    }
    m_reportLabel->setText(tr("The move stopped: %1").arg(message));
    m_stepLabel->setText(tr("Stopped."));
    onUnfinishedChecked(unfinished);
    if (operation == MoveWorker::Operation::Run)
        m_ran = true;
    emit storeChanged(); // a batch may have switched before the failure
    emit operationFinished(false);
}

void MoveDialog::onUnfinishedChecked(bool unfinished)
{
    m_hasUnfinished = unfinished;
    m_unfinishedLabel->setText(
        tr("An earlier move is unfinished. Resume finishes it; Roll Back leaves the vshards not yet switched "
           "where they were. A new move can run only after one of them."));
    m_unfinishedBox->setVisible(unfinished);
    updateButtons();
    if (m_ran && !m_running)
        m_runButton->setEnabled(false);
}

} // namespace ShardDesk
