#include "PollBackoff.h"

namespace ShardDesk {

qint64 PollBackoff::record(const QString &serverKey, bool reachable, qint64 nowMs)
{
    if (reachable) {
        m_states.remove(serverKey);
        return 0;
    }
    State &state = m_states[serverKey];
    ++state.failures;
    qint64 delay = FirstDelayMs;
    for (int i = 1; i < state.failures && delay < MaxDelayMs; ++i)
        delay *= 2;
    delay = qMin(delay, MaxDelayMs);
    state.nextAttemptMs = nowMs + delay;
    return delay;
}

bool PollBackoff::isWaiting(const QString &serverKey, qint64 nowMs) const
{
    const auto it = m_states.constFind(serverKey);
    return it != m_states.constEnd() && nowMs < it->nextAttemptMs;
}

qint64 PollBackoff::nextAttemptMs(const QString &serverKey) const
{
    return m_states.value(serverKey).nextAttemptMs;
}

int PollBackoff::failures(const QString &serverKey) const
{
    return m_states.value(serverKey).failures;
}

void PollBackoff::forget(const QString &serverKey)
{
    m_states.remove(serverKey);
}

} // namespace ShardDesk
