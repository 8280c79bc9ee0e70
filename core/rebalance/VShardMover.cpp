#include "VShardMover.h"

#include "config/ConfigStore.h"
#include "rebalance/VShardTransfer.h"
#include "routing/Router.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

namespace ShardDesk {

Q_LOGGING_CATEGORY(lcRebalance, "sharddesk.rebalance", QtInfoMsg)

namespace {

// How many times a map switch is retried when someone else changed the store meanwhile (a full flag,
// another vshard): each retry reloads and re-checks this vshard's entry.
constexpr int SwitchAttempts = 5;

using Step = MoveJournal::Step;

Error stoppedByHook(Step step)
{
    return makeError(
        VShardMover::tr("The move stopped at step \"%1\", as the test hook asked.").arg(MoveJournal::stepName(step)));
}

QList<int> vshardsOf(const QList<MoveJournal::Entry> &entries)
{
    QList<int> ids;
    for (const MoveJournal::Entry &entry : entries)
        ids.append(entry.vshard);
    return ids;
}

} // namespace

VShardMover::VShardMover(ConfigStore &store, ConnectionOptionsProvider provider, Router *router, QObject *parent)
    : QObject(parent), m_store(store), m_provider(std::move(provider)), m_router(router), m_journal(store)
{ }

VShardMover::~VShardMover() = default;

Result<bool> VShardMover::hasUnfinished()
{
    auto open = m_journal.unfinished();
    if (!open)
        return open.error();
    return !open->isEmpty();
}

Result<VShardMover::Report> VShardMover::run(const MovePlan &plan)
{
    QList<MoveJournal::Entry> entries;
    for (const MovePlan::Move &move : plan.moves())
        entries.append({move.vshard, move.sourceHead, move.targetHead, Step::Planned, 0, {}, {}});
    if (auto planned = m_journal.plan(entries); !planned)
        return planned.error();
    if (crashesAt(vshardsOf(entries), Step::Planned))
        return stoppedByHook(Step::Planned);
    return resume();
}

double VShardMover::expectedRows(int vshard) const
{
    const auto measured = m_options.sizes.constFind(vshard);
    if (measured != m_options.sizes.cend())
        return double(measured->rows);
    return m_rowsPerVShard;
}

VShardMover::Batch VShardMover::nextBatch(const QList<MoveJournal::Entry> &entries, qsizetype *next)
{
    // Consecutive entries with the same buckets and the same side of the switch travel together.
    const MoveJournal::Entry &first = entries.at(*next);
    const bool switched = first.step >= Step::Switched;
    int most = std::max(1, m_options.batchVShards);
    if (m_lastBatchSize > 0)
        most = std::min(most, 4 * m_lastBatchSize);
    const double budget = double(std::max<qint64>(1, m_options.batchRows));
    double rows = 0;
    Batch batch;
    while (*next < entries.size() && batch.size() < most) {
        const MoveJournal::Entry &entry = entries.at(*next);
        if (entry.sourceHead != first.sourceHead || entry.targetHead != first.targetHead
            || (entry.step >= Step::Switched) != switched)
            break;
        const double expected = expectedRows(entry.vshard);
        if (expected < 0 ? batch.size() >= std::max(1, m_options.firstBatchVShards)
                         : !batch.isEmpty() && rows + expected > budget)
            break;
        rows += std::max(0.0, expected);
        batch.append(entry);
        ++*next;
    }
    m_lastBatchSize = int(batch.size());
    return batch;
}

Result<VShardMover::Report> VShardMover::resume()
{
    m_runClock.start();
    m_throttledRows = 0;
    m_throttleClock.invalidate();
    auto open = m_journal.unfinished();
    if (!open)
        return open.error();
    Report report;
    m_total = int(open->size());
    m_finished = 0;
    m_rowsPerVShard = -1;
    m_lastBatchSize = 0;
    for (qsizetype next = 0; next < open->size();) {
        const Batch batch = nextBatch(*open, &next);
        // Only vshards that never started are dropped: one half-way finishes (or starts over) first.
        if (m_cancelled.load() && batch.constFirst().step == Step::Planned) {
            for (const MoveJournal::Entry &entry : batch) {
                if (auto removed = m_journal.remove(entry.vshard); !removed)
                    return removed.error();
            }
            report.cancelled = true;
            report.vshardsLeft += int(batch.size());
            continue;
        }
        if (auto moved = moveBatch(batch, report); !moved) {
            // As after a kill: the journal still says "switched" for the batch being cleaned, and the next
            // resume deletes whatever is left of it.
            m_cleaner.abandon();
            return moved.error();
        }
    }
    if (auto cleaned = finishCleanUp(report); !cleaned)
        return cleaned.error();
    lap("wait for the last clean-up");
    report.elapsedMs = m_runClock.elapsed();
    return report;
}

Result<VShardMover::Report> VShardMover::rollBack()
{
    auto open = m_journal.unfinished();
    if (!open)
        return open.error();
    auto topology = m_store.load();
    if (!topology)
        return topology.error();
    Report report;
    m_total = int(open->size());
    m_finished = 0;
    for (const MoveJournal::Entry &entry : std::as_const(*open)) {
        if (entry.step >= Step::Switched || topology->vshards.headOf(entry.vshard) == entry.targetHead) {
            if (auto moved = moveBatch({entry}, report); !moved)
                return moved.error();
            continue;
        }
        // The map names the source, which has every row: what the target got is a partial copy.
        VShardTransfer transfer(*topology, {entry}, m_provider);
        if (auto prepared = transfer.prepare(); !prepared)
            return prepared.error();
        auto wiped = transfer.wipeTarget();
        if (!wiped)
            return wiped.error();
        report.rowsDeleted += *wiped;
        unfreeze({entry.vshard});
        if (auto removed = m_journal.remove(entry.vshard); !removed)
            return removed.error();
        ++report.vshardsLeft;
    }
    return report;
}

Result<void> VShardMover::moveBatch(const Batch &batch, Report &report)
{
    auto topology = m_store.load();
    if (!topology)
        return topology.error();
    Batch switched, pending;
    for (const MoveJournal::Entry &entry : batch) {
        const int head = topology->vshards.headOf(entry.vshard);
        if (head == entry.targetHead && entry.step >= Step::Verified)
            switched.append(entry); // perhaps by a mover killed before its journal said so
        else if (head == entry.sourceHead && entry.step < Step::Switched)
            pending.append(entry);
        else
            return makeError(tr("Vshard %1 is mapped to shard %2, which its move from shard %3 to shard %4 at step "
                                "\"%5\" does not explain; check its rows before resuming.")
                                 .arg(entry.vshard)
                                 .arg(head)
                                 .arg(entry.sourceHead)
                                 .arg(entry.targetHead)
                                 .arg(MoveJournal::stepName(entry.step)),
                             Error::Kind::Conflict);
    }
    if (!switched.isEmpty()) {
        if (auto finished = finishSwitched(*topology, switched, report); !finished)
            return finished;
    }
    if (pending.isEmpty())
        return {};
    const QList<int> vshards = vshardsOf(pending);
    VShardTransfer transfer(*topology, pending, m_provider);
    if (auto prepared = transfer.prepare(); !prepared)
        return prepared;
    if (auto copied = copyFreezeVerify(transfer, pending, report); !copied)
        return copied;
    if (auto mapped = switchMap(pending); !mapped) {
        unfreeze(vshards);
        return mapped;
    }
    if (crashesAt(vshards, Step::Switched))
        return stoppedByHook(Step::Switched);
    if (auto recorded = record(vshards, Step::Switched); !recorded)
        return recorded;
    unfreeze(vshards);
    report.switchedMs = m_runClock.elapsed();
    lap("switch");
    m_cleaner.start(*topology, pending, m_provider, transfer.tables(), transfer.takeCopiedKeys());
    return {};
}

Result<void> VShardMover::finishSwitched(const Topology &topology, const Batch &batch, Report &report)
{
    if (auto cleaned = finishCleanUp(report); !cleaned)
        return cleaned;
    const QList<int> vshards = vshardsOf(batch);
    if (m_router)
        m_router->setTopology(std::make_shared<const Topology>(topology));
    if (auto recorded = record(vshards, Step::Switched); !recorded)
        return recorded;
    unfreeze(vshards);
    report.switchedMs = m_runClock.elapsed();
    VShardTransfer transfer(topology, batch, m_provider);
    if (auto prepared = transfer.prepare(); !prepared)
        return prepared;
    if (auto cleaned = cleanUp(transfer, vshards, report); !cleaned)
        return cleaned;
    batchFinished(vshards, report);
    return {};
}

Result<void> VShardMover::finishCleanUp(Report &report)
{
    if (!m_cleaner.busy())
        return {};
    const SourceCleaner::Done done = m_cleaner.take();
    if (auto cleaned = recordCleaned(done.vshards, done.removed, report); !cleaned)
        return cleaned;
    batchFinished(done.vshards, report);
    return {};
}

void VShardMover::batchFinished(const QList<int> &vshards, Report &report)
{
    for (int vshard : vshards) {
        ++report.vshardsMoved;
        emit vshardFinished(vshard, ++m_finished, m_total);
    }
}

Result<void> VShardMover::copyFreezeVerify(VShardTransfer &transfer, const Batch &batch, Report &report)
{
    const QList<int> vshards = vshardsOf(batch);
    const int first = vshards.constFirst();
    qint64 copiedSoFar = 0;
    const auto onChunk = [this, first, &copiedSoFar](qint64 rows) {
        copiedSoFar += rows;
        emit rowsCopied(first, copiedSoFar);
    };
    const auto pace = [this](qint64 rows) {
        throttle(rows);
    };
    lap("batch prepared");
    if (auto recorded = record(vshards, Step::Copying); !recorded)
        return recorded;
    auto copied = transfer.copy(onChunk, pace);
    if (!copied)
        return copied.error();
    lap("copy");
    if (crashesAt(vshards, Step::Copying))
        return stoppedByHook(Step::Copying);
    // The previous batch's clean-up ran alongside this batch's copy; it ends before the freeze, so that the
    // drain's LOCK TABLES never waits for its DELETEs and the verification does not share the source with
    // them: the freeze is as short as the drain, catch-up and verification of this batch alone.
    if (auto cleaned = finishCleanUp(report); !cleaned)
        return cleaned;
    lap("wait for the previous clean-up");
    if (auto frozen = freeze(vshards); !frozen)
        return frozen;
    if (auto recorded = record(vshards, Step::Frozen); !recorded)
        return recorded;
    if (crashesAt(vshards, Step::Frozen))
        return stoppedByHook(Step::Frozen);
    lap("freeze");
    if (auto drained = transfer.drain(m_options.lockWaitTimeoutSec, m_options.drainAttempts); !drained) {
        unfreeze(vshards);
        return drained;
    }
    lap("drain");
    auto delta = transfer.copy(onChunk, pace);
    lap("catch-up");
    if (!delta) {
        unfreeze(vshards);
        return delta.error();
    }
    report.rowsCopied += copiedSoFar;
    m_rowsPerVShard = double(copiedSoFar) / double(vshards.size());
    qCDebug(lcRebalance) << "vshards" << vshards << "copied" << copiedSoFar << "rows," << *delta << "after the freeze";
    return verify(transfer, vshards, report);
}

Result<void> VShardMover::verify(VShardTransfer &transfer, const QList<int> &vshards, Report &report)
{
    auto differences = transfer.differences();
    if (differences && !differences->isEmpty()) {
        // Rows updated or deleted on the source since they were copied: start the target over, now that
        // nothing writes to these vshards.
        qCInfo(lcRebalance) << "vshards differ after the copy, copying them again:" << *differences;
        auto wiped = transfer.wipeTarget();
        transfer.restartCopy();
        auto again = wiped ? transfer.copy({}) : Result<qint64>(wiped.error());
        if (!again) {
            unfreeze(vshards);
            return again.error();
        }
        report.rowsCopied += *again;
        differences = transfer.differences();
    }
    if (!differences) {
        unfreeze(vshards);
        return differences.error();
    }
    if (!differences->isEmpty()) {
        unfreeze(vshards);
        return makeError(tr("The vshards were not switched because their rows differ between the source and the "
                            "target (%1). Ids must be unique across the cluster; see docs/REBALANCING.md.")
                             .arg(*differences),
                         Error::Kind::Validation);
    }
    lap("verify");
    if (auto recorded = record(vshards, Step::Verified); !recorded) {
        unfreeze(vshards);
        return recorded;
    }
    if (crashesAt(vshards, Step::Verified))
        return stoppedByHook(Step::Verified);
    return {};
}

Result<void> VShardMover::freeze(const QList<int> &vshards)
{
    if (!m_router)
        return {};
    std::vector<std::weak_ptr<const int>> before;
    for (int vshard : vshards)
        before.push_back(m_router->setFrozen(vshard, true));
    // Writers in this process route on a snapshot; one taken before the freeze may still be writing.
    // Once every such snapshot is released, every write that follows sees the freeze.
    QDeadlineTimer deadline(m_options.freezeWaitMs);
    while (std::any_of(before.cbegin(), before.cend(), [](const auto &epoch) { return !epoch.expired(); })) {
        if (deadline.hasExpired()) {
            unfreeze(vshards);
            return makeError(tr("The vshards could not be frozen: a writer kept using the routing from before the "
                                "freeze for %1 ms.")
                                 .arg(m_options.freezeWaitMs),
                             Error::Kind::Retryable);
        }
        QThread::yieldCurrentThread();
    }
    return {};
}

void VShardMover::unfreeze(const QList<int> &vshards)
{
    if (!m_router)
        return;
    for (int vshard : vshards) {
        if (m_router->frozenVShards().contains(vshard))
            m_router->setFrozen(vshard, false);
    }
}

Result<void> VShardMover::switchMap(const Batch &batch)
{
    for (int attempt = 0; attempt < SwitchAttempts; ++attempt) {
        auto base = m_store.load();
        if (!base)
            return base.error();
        Topology edited = *base;
        for (const MoveJournal::Entry &entry : batch) {
            const int head = base->vshards.headOf(entry.vshard);
            if (head != entry.sourceHead)
                return makeError(tr("Vshard %1 was remapped to shard %2 by someone else during its move.")
                                     .arg(entry.vshard)
                                     .arg(head),
                                 Error::Kind::Conflict);
            edited.vshards.assign(entry.vshard, entry.targetHead);
        }
        auto version = m_store.apply(*base, edited, ConfigStore::defaultAuthor());
        if (version) {
            edited.version = *version;
            if (m_router)
                m_router->setTopology(std::make_shared<const Topology>(std::move(edited)));
            return {};
        }
        if (version.error().kind != Error::Kind::Conflict)
            return version.error();
    }
    return makeError(tr("The vshards were not switched: the configuration kept changing under the mover."),
                     Error::Kind::Retryable);
}

Result<void> VShardMover::cleanUp(VShardTransfer &transfer, const QList<int> &vshards, Report &report)
{
    return recordCleaned(vshards, transfer.removeSource(), report);
}

Result<void> VShardMover::recordCleaned(const QList<int> &vshards, const Result<qint64> &removed, Report &report)
{
    if (!removed)
        return removed.error();
    report.rowsDeleted += *removed;
    if (auto recorded = record(vshards, Step::Cleaned); !recorded)
        return recorded;
    if (crashesAt(vshards, Step::Cleaned))
        return stoppedByHook(Step::Cleaned);
    return {};
}

Result<void> VShardMover::record(const QList<int> &vshards, Step step)
{
    if (auto recorded = m_journal.recordAll(vshards, step); !recorded)
        return recorded;
    for (int vshard : vshards)
        emit stepReached(vshard, step);
    return {};
}

bool VShardMover::crashesAt(const QList<int> &vshards, Step step) const
{
    if (!m_crashHook)
        return false;
    return std::any_of(vshards.cbegin(), vshards.cend(), [this, step](int v) { return m_crashHook(v, step); });
}

void VShardMover::lap(const char *phase)
{
    // Where a move's time goes (bench/move-vs-dump with BENCH_TRACE=1), with the journal commits counted
    // in the phase that makes them.
    if (m_lap.isValid())
        qCDebug(lcRebalance).noquote() << "phase" << QLatin1String(phase) << m_lap.elapsed() << "ms";
    m_lap.start();
}

void VShardMover::throttle(qint64 rows)
{
    if (m_options.throttleRowsPerSec <= 0)
        return;
    // Called by every table's copy worker at once: the rate is the sum of theirs.
    qint64 due = 0;
    qint64 now = 0;
    {
        const QMutexLocker locker(&m_throttleMutex);
        if (!m_throttleClock.isValid())
            m_throttleClock.start();
        m_throttledRows += rows;
        due = m_throttledRows * 1000 / m_options.throttleRowsPerSec;
        now = m_throttleClock.elapsed();
    }
    if (due > now)
        QThread::msleep(quint64(due - now));
}

} // namespace ShardDesk
