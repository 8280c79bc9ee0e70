#pragma once

#include "Result.h"
#include "config/MoveJournal.h"
#include "db/ConnectionOptions.h"
#include "rebalance/MovePlan.h"
#include "rebalance/SourceCleaner.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>

namespace ShardDesk {

class ConfigStore;
class Router;
class VShardTransfer;

// Moves vshards with their rows between buckets, online, in batches of vshards that share their source and
// target bucket (so that a hundred small vshards do not pay a hundred drains and config-store commits),
// each step journaled in the config store (MoveJournal): copy in chunks -> freeze writes -> drain open transactions on
// the source -> copy what changed -> verify (counts and checksums, both sides) -> switch the map entry (one
// config-store transaction, version bump) -> unfreeze -> delete the source rows. A mover killed at any point is
// finished by the next resume(): before the switch the vshard starts over (the map still names the source, which has
// every row); after it, the source rows are deleted. docs/REBALANCING.md tells the whole story.
//
// A batch's source rows are deleted on a worker thread while the next batch is moved; its "cleaned" (and
// vshardFinished) comes once that is done, and run() returns only when every source is clean.
//
// run() and resume() block: call them on a worker thread, which must also be the thread the ConfigStore
// was opened on. Signals come from that thread; cancel() may be called from any thread. The connection
// options provider is also called from the mover's own worker threads, so it must be thread-safe.
class VShardMover : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 throttleRowsPerSec = 0; // 0: as fast as the servers go
        int freezeWaitMs = 10000; // for in-process writers to let go of the pre-freeze routing
        int lockWaitTimeoutSec = 2; // per LOCK TABLES of the drain
        int drainAttempts = 5;
        // Vshards frozen, verified and switched together: about batchRows rows, counted by the sizes measured
        // before the move (sizes, when the caller has them), else by the rows per vshard of the batch before
        // (the first batch, knowing nothing yet, takes firstBatchVShards); at most batchVShards, and at most
        // four times the batch before, so a wrong guess costs a longer freeze only once. Per batch a move
        // pays a drain, a verification and five journal commits, so many small vshards should travel
        // together; the freeze lasts as long as the catch-up and verification of the batch's rows, so few
        // large ones should not.
        int batchVShards = 256;
        int firstBatchVShards = 16;
        qint64 batchRows = 50000;
        VShardSizes sizes; // VShardSizer's, if measured: only its rows are used
    };

    struct Report
    {
        int vshardsMoved = 0;
        int vshardsLeft = 0; // not started because of a cancel
        qint64 rowsCopied = 0;
        qint64 rowsDeleted = 0;
        qint64 elapsedMs = 0;
        // When the last batch was switched: from then on every moved vshard is served by its target, and
        // what is left is the clean-up of the sources.
        qint64 switchedMs = 0;
        bool cancelled = false;
    };

    // For tests: called when a step's work is done (for Switched: after the map was switched, before the
    // journal says so, the narrowest window). Returning true makes the mover stop dead there, as a kill
    // would: nothing unfrozen, nothing cleaned up.
    using CrashHook = std::function<bool(int vshard, MoveJournal::Step step)>;

    VShardMover(ConfigStore &store, ConnectionOptionsProvider provider, Router *router = nullptr,
                QObject *parent = nullptr);
    ~VShardMover() override;

    void setOptions(const Options &options) { m_options = options; }
    void setCrashHook(CrashHook hook) { m_crashHook = std::move(hook); }
    // Stops after the vshard being moved; the rest of the plan is dropped from the journal.
    void cancel() { m_cancelled.store(true); }

    // Journals plan and runs it. Refuses while an earlier move is unfinished: resume() that first.
    Result<Report> run(const MovePlan &plan);
    // Finishes the journaled move: every vshard not yet cleaned is moved to the end.
    Result<Report> resume();
    // Abandons the journaled move: vshards not yet switched get their copied rows deleted from the target
    // and leave the journal; switched ones are finished (their map entry already names the target).
    Result<Report> rollBack();
    Result<bool> hasUnfinished();

signals:
    void stepReached(int vshard, ShardDesk::MoveJournal::Step step);
    void rowsCopied(int vshard, qint64 rowsSoFar);
    void vshardFinished(int vshard, int finished, int total);

private:
    using Batch = QList<MoveJournal::Entry>;
    // The next batch from entries[*next...], advancing *next past it.
    Batch nextBatch(const QList<MoveJournal::Entry> &entries, qsizetype *next);
    // The rows vshard is expected to hold: as measured, else as the last batch's average, else -1.
    double expectedRows(int vshard) const;
    Result<void> moveBatch(const Batch &batch, Report &report);
    Result<void> finishSwitched(const Topology &topology, const Batch &batch, Report &report);
    Result<void> copyFreezeVerify(VShardTransfer &transfer, const Batch &batch, Report &report);
    Result<void> verify(VShardTransfer &transfer, const QList<int> &vshards, Report &report);
    Result<void> freeze(const QList<int> &vshards);
    void unfreeze(const QList<int> &vshards);
    Result<void> switchMap(const Batch &batch);
    Result<void> cleanUp(VShardTransfer &transfer, const QList<int> &vshards, Report &report);
    Result<void> recordCleaned(const QList<int> &vshards, const Result<qint64> &removed, Report &report);
    Result<void> finishCleanUp(Report &report);
    void batchFinished(const QList<int> &vshards, Report &report);
    Result<void> record(const QList<int> &vshards, MoveJournal::Step step);
    bool crashesAt(const QList<int> &vshards, MoveJournal::Step step) const;
    void throttle(qint64 rows);
    void lap(const char *phase);

    ConfigStore &m_store;
    ConnectionOptionsProvider m_provider;
    Router *m_router;
    MoveJournal m_journal;
    Options m_options;
    CrashHook m_crashHook;
    std::atomic<bool> m_cancelled = false;
    QMutex m_throttleMutex; // throttle() is called from the copy workers
    qint64 m_throttledRows = 0;
    QElapsedTimer m_throttleClock;
    QElapsedTimer m_lap;
    QElapsedTimer m_runClock; // since resume() began
    // The source rows of the last switched batch, deleted while the next batch moves; the journal hears of
    // it on this thread, in finishCleanUp().
    SourceCleaner m_cleaner;
    int m_finished = 0;
    int m_total = 0;
    double m_rowsPerVShard = -1; // in the last batch copied; negative before the first
    int m_lastBatchSize = 0;
};

} // namespace ShardDesk

Q_DECLARE_METATYPE(ShardDesk::MoveJournal::Step)
