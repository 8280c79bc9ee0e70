#pragma once

#include "monitor/ProbeSample.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <vector>

namespace ShardDesk {

// The recent samples of every server, each in a fixed-size ring buffer (default one hour at 1 s).
// Appending is O(1) and never allocates once a buffer is full. Thread-safe.
class MetricsHistory
{
public:
    static constexpr int DefaultCapacity = 3600;

    explicit MetricsHistory(int capacityPerServer = DefaultCapacity);

    void append(const ProbeSample &sample);
    void clear();
    int capacity() const { return m_capacity; }

    QStringList servers() const;
    // The samples of one server taken at or after sinceMs, oldest first.
    QList<ProbeSample> samples(const QString &serverKey, qint64 sinceMs = 0) const;
    // The newest sample of a server; an unreachable sample with empty serverKey when there is none.
    ProbeSample latest(const QString &serverKey) const;

private:
    struct Ring
    {
        std::vector<ProbeSample> items;
        size_t next = 0;   // where the next sample goes
        size_t count = 0;  // how many are held
    };

    mutable QMutex m_mutex;
    int m_capacity;
    QHash<QString, Ring> m_rings;
};

} // namespace ShardDesk
