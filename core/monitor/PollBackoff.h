#pragma once

#include <QHash>
#include <QString>

namespace ShardDesk {

// When to poll an unreachable server again: 1 s after the first failure, then 2, 4 … up to 30 s, so a
// dead server costs a connect attempt now and then instead of one every tick. One success resets it.
class PollBackoff
{
public:
    static constexpr qint64 FirstDelayMs = 1000;
    static constexpr qint64 MaxDelayMs = 30000;

    // Records a poll's outcome at nowMs; returns the delay before the next attempt (0 after a success).
    qint64 record(const QString &serverKey, bool reachable, qint64 nowMs);
    bool isWaiting(const QString &serverKey, qint64 nowMs) const;
    qint64 nextAttemptMs(const QString &serverKey) const;
    int failures(const QString &serverKey) const;
    void forget(const QString &serverKey);

private:
    struct State
    {
        int failures = 0;
        qint64 nextAttemptMs = 0;
    };

    QHash<QString, State> m_states;
};

} // namespace ShardDesk
