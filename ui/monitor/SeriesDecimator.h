#pragma once

#include <QList>
#include <QPointF>

namespace ShardDesk {

// Thins a time series to what a chart can show: an hour at 1 Hz is 3,600 points per line, several
// times the pixels of a chart, and drawing them all each tick stalls the GUI. Each run of points
// becomes its lowest and highest one (in time order), so peaks and dips stay visible.
class SeriesDecimator
{
public:
    static constexpr int DefaultMaxPoints = 400; // ~2 points per 3 pixels of a typical chart

    // points oldest first; the result has at most maxPoints points and always keeps the newest one.
    static QList<QPointF> decimate(const QList<QPointF> &points, int maxPoints = DefaultMaxPoints);
    // Drops the points older than startX from the front of a time-ordered series: the window moves on.
    static void dropBefore(QList<QPointF> &points, double startX);
};

} // namespace ShardDesk
