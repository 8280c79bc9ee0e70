#include "MetricsHistory.h"

#include <QMutexLocker>

namespace ShardDesk {

MetricsHistory::MetricsHistory(int capacityPerServer) : m_capacity(capacityPerServer < 1 ? 1 : capacityPerServer) { }

void MetricsHistory::append(const ProbeSample &sample)
{
    QMutexLocker locker(&m_mutex);
    Ring &ring = m_rings[sample.serverKey];
    // Allocated once per server, so appending to a full ring only overwrites the oldest slot.
    if (ring.items.empty())
        ring.items.resize(size_t(m_capacity));
    ring.items[ring.next] = sample;
    ring.next = (ring.next + 1) % ring.items.size();
    if (ring.count < ring.items.size())
        ++ring.count;
}

void MetricsHistory::clear()
{
    QMutexLocker locker(&m_mutex);
    m_rings.clear();
}

QStringList MetricsHistory::servers() const
{
    QMutexLocker locker(&m_mutex);
    QStringList keys = m_rings.keys();
    keys.sort();
    return keys;
}

QList<ProbeSample> MetricsHistory::samples(const QString &serverKey, qint64 sinceMs) const
{
    QMutexLocker locker(&m_mutex);
    QList<ProbeSample> result;
    const auto it = m_rings.constFind(serverKey);
    if (it == m_rings.constEnd())
        return result;
    const Ring &ring = it.value();
    const size_t size = ring.items.size();
    const size_t oldest = (ring.next + size - ring.count) % size;
    for (size_t i = 0; i < ring.count; ++i) {
        const ProbeSample &sample = ring.items[(oldest + i) % size];
        if (sample.timestampMs >= sinceMs)
            result.append(sample);
    }
    return result;
}

ProbeSample MetricsHistory::latest(const QString &serverKey) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_rings.constFind(serverKey);
    if (it == m_rings.constEnd() || it->count == 0)
        return {};
    const Ring &ring = it.value();
    return ring.items[(ring.next + ring.items.size() - 1) % ring.items.size()];
}

} // namespace ShardDesk
