#include "FillForecast.h"

#include <cmath>

namespace ShardDesk {

namespace {
// Below this a shard is "not growing": a few KB per hour is page churn, not data, and would forecast
// "full in 40 years".
constexpr double MinGrowthMbPerHour = 0.01;
} // namespace

FillForecast FillForecast::estimate(const QList<QPointF> &points, double capacityMb)
{
    FillForecast forecast;
    if (points.size() < 2 || capacityMb <= 0)
        return forecast;
    const double current = points.constLast().y();
    if (current >= capacityMb) {
        forecast.m_state = State::AlreadyFull;
        return forecast;
    }
    // Times relative to the first point keep the sums small enough for doubles to stay exact.
    const double t0 = points.constFirst().x();
    double sumT = 0, sumY = 0, sumTT = 0, sumTY = 0;
    for (const QPointF &p : points) {
        const double t = (p.x() - t0) / 1000.0;
        sumT += t;
        sumY += p.y();
        sumTT += t * t;
        sumTY += t * p.y();
    }
    const double n = double(points.size());
    const double denominator = n * sumTT - sumT * sumT;
    if (denominator <= 0)
        return forecast; // every sample at the same instant
    const double mbPerSecond = (n * sumTY - sumT * sumY) / denominator;
    forecast.m_growthMbPerHour = mbPerSecond * 3600.0;
    if (forecast.m_growthMbPerHour < MinGrowthMbPerHour) {
        forecast.m_state = State::NotGrowing;
        return forecast;
    }
    forecast.m_state = State::Growing;
    forecast.m_secondsToFull = std::llround((capacityMb - current) / mbPerSecond);
    return forecast;
}

QString FillForecast::text() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("no forecast yet");
    case State::NotGrowing:
        return tr("not growing");
    case State::AlreadyFull:
        return tr("already full");
    case State::Growing:
        return tr("full in %1").arg(formatDuration(m_secondsToFull));
    }
    return {};
}

QString FillForecast::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("less than a minute");
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h", "duration: days and hours").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min", "duration: hours and minutes").arg(hours).arg(minutes % 60);
    return tr("%1 min", "duration: minutes").arg(minutes);
}

} // namespace ShardDesk
