#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace ShardDesk {

// When a shard will reach its capacity at the growth rate seen over a time window: a least-squares
// slope over (time ms, size MB) points, so one noisy sample does not swing the forecast. Pure, so the
// shard view and its tests share one computation.
class FillForecast
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::FillForecast)

public:
    enum class State {
        Unknown,    // fewer than two samples, no time between them, or no capacity to fill
        NotGrowing, // flat or shrinking
        Growing,    // secondsToFull() is valid
        AlreadyFull,
    };

    // points: x = timestamp in ms, y = size in MB, oldest first.
    static FillForecast estimate(const QList<QPointF> &points, double capacityMb);

    State state() const { return m_state; }
    // Growth in MB per hour (negative when shrinking); 0 when unknown.
    double growthMbPerHour() const { return m_growthMbPerHour; }
    qint64 secondsToFull() const { return m_secondsToFull; }
    // "full in 3 h 20 min", "not growing", "already full" or "no forecast yet".
    QString text() const;
    // "3 h 20 min", "2 d 4 h", "less than a minute".
    static QString formatDuration(qint64 seconds);

private:
    State m_state = State::Unknown;
    double m_growthMbPerHour = 0;
    qint64 m_secondsToFull = -1;
};

} // namespace ShardDesk
