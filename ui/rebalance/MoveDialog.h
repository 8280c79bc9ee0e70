#pragma once

#include "MoveWorker.h"

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "rebalance/MovePlan.h"
#include "rebalance/VShardMover.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QWidget;

namespace ShardDesk {

class MovePlanForm;
class MovePreviewModel;

// Moving vshards with their rows, from the GUI: the plan (a selection or one of MovePlan's rules), its
// preview (every bucket's vshards and megabytes before and after against capacity, red when over), then the
// run with progress per vshard and journal step, elapsed time, rows copied, Cancel (between batches of
// vshards) and the final report. A move the journal holds unfinished is offered to Resume or Roll back.
// Never waits on a server: a MoveWorker in a thread of its own does all of that and signals back.
class MoveDialog : public QDialog
{
    Q_OBJECT

public:
    MoveDialog(const ConfigLocation &location, const ConnectionOptions &storeOptions, ConnectionOptionsProvider logins,
               std::shared_ptr<const Topology> topology, QWidget *parent = nullptr);
    ~MoveDialog() override;

    // Asks the journal for an unfinished move and measures the vshards' sizes, both on the worker.
    void startChecks();
    // Sizes known already (tests; or measured elsewhere): no measuring.
    void setSizes(const VShardSizes &sizes);
    void setMoverOptions(const VShardMover::Options &options) { m_moverOptions = options; }

    MovePlanForm *planForm() const { return m_form; }
    MovePreviewModel *previewModel() const { return m_preview; }
    const Result<MovePlan> &plan() const;
    bool isRunning() const { return m_running; }
    // The last report shown, in words.
    QString reportText() const;

    void run();
    void cancelRun();
    void resumeUnfinished();
    void rollBackUnfinished();

    static QString stepText(MoveJournal::Step step);

signals:
    // The config store's map changed (a move, a resume or a roll-back ran): whoever shows it reloads.
    void storeChanged();
    // An operation ended; ok is false when it failed.
    void operationFinished(bool ok);

protected:
    void reject() override;

private:
    QWidget *createProgressArea();
    void connectWorker();
    void refreshPreview();
    void start(MoveWorker::Operation operation, const MovePlan &plan);
    void setRunning(bool running);
    void updateButtons();
    void onStep(int vshard, MoveJournal::Step step);
    void onRowsCopied(int vshard, qint64 rowsSoFar);
    void onVShardFinished(int vshard, int finished, int total);
    void onFinished(MoveWorker::Operation operation, const VShardMover::Report &report);
    void onFailed(MoveWorker::Operation operation, const QString &message, bool unfinished);
    void onUnfinishedChecked(bool unfinished);
    void updateElapsed();
    QListWidgetItem *itemFor(int vshard);

    std::shared_ptr<const Topology> m_topology;
    QThread *m_thread;
    MoveWorker *m_worker;
    VShardMover::Options m_moverOptions;
    MovePlanForm *m_form;
    MovePreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_planLabel;
    QListWidget *m_moves;
    QWidget *m_unfinishedBox;
    QLabel *m_unfinishedLabel;
    QProgressBar *m_progress;
    QLabel *m_stepLabel;
    QLabel *m_elapsedLabel;
    QLabel *m_reportLabel;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QHash<int, QListWidgetItem *> m_items;
    QHash<int, qint64> m_rowsByVShard;
    QElapsedTimer m_clock;
    QTimer m_elapsedTimer;
    bool m_running = false;
    bool m_hasUnfinished = false;
    bool m_ran = false;
};

} // namespace ShardDesk
