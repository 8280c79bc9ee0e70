#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace ShardDesk {

class ConfigStore;

// The journal of a vshard move, kept in the config store (table sd_move_journal, schema version 2) so that
// whoever starts next after a crash or a kill knows, per vshard, how far the move got and can resume it or
// roll it back (docs/REBALANCING.md). One row per vshard of the move being run; a vshard is finished at
// Cleaned. Steps only go forward, one at a time, except that a move interrupted before its switch restarts
// at Copying (copying is idempotent).
class MoveJournal
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::MoveJournal)

public:
    enum class Step { Planned, Copying, Frozen, Verified, Switched, Cleaned };

    struct Entry
    {
        int vshard = -1;
        int sourceHead = 0;
        int targetHead = 0;
        Step step = Step::Planned;
        qint64 rowsCopied = 0;
        QString changedBy;
        QDateTime changedAt;

        bool operator==(const Entry &) const = default;
    };

    explicit MoveJournal(ConfigStore &store, QString author = {});

    // Every entry, by vshard.
    Result<QList<Entry>> entries();
    // The entries not yet Cleaned: a move to resume.
    Result<QList<Entry>> unfinished();
    // Starts a move: forgets finished entries and records each of moves as Planned. Refuses while an
    // unfinished move is journaled (resume or roll it back first) and a vshard listed twice.
    Result<void> plan(const QList<Entry> &moves);
    // Records that vshard reached step (and how many rows were copied so far, when rowsCopied >= 0).
    // Refuses a step the state machine does not allow from the journaled one.
    Result<void> record(int vshard, Step step, qint64 rowsCopied = -1);
    // Records that every one of vshards reached step, in one transaction: all or none.
    Result<void> recordAll(const QList<int> &vshards, Step step);
    // Forgets one vshard's entry: after a roll-back, or a cancel before it started.
    Result<void> remove(int vshard);

    // Whether a journaled vshard at from may be recorded at to.
    static bool allows(Step from, Step to);
    static QString stepName(Step step);
    static std::optional<Step> stepFromName(const QString &name);

private:
    Result<std::optional<Entry>> entry(int vshard);
    Result<void> update(int vshard, Step step, qint64 rowsCopied);

    ConfigStore &m_store;
    QString m_author;
};

} // namespace ShardDesk
