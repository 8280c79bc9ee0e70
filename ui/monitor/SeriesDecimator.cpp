#include "SeriesDecimator.h"

namespace ShardDesk {

QList<QPointF> SeriesDecimator::decimate(const QList<QPointF> &points, int maxPoints)
{
    if (maxPoints < 4 || points.size() <= maxPoints)
        return points;
    // Two points per run; the newest point is kept apart so the line always reaches "now".
    const qsizetype body = points.size() - 1;
    const qsizetype runs = (maxPoints - 1) / 2;
    const qsizetype runLength = (body + runs - 1) / runs;
    QList<QPointF> result;
    result.reserve(maxPoints);
    for (qsizetype start = 0; start < body; start += runLength) {
        const qsizetype end = qMin(body, start + runLength);
        qsizetype low = start, high = start;
        for (qsizetype i = start + 1; i < end; ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        result.append(points.at(qMin(low, high)));
        if (low != high)
            result.append(points.at(qMax(low, high)));
    }
    result.append(points.constLast());
    return result;
}

void SeriesDecimator::dropBefore(QList<QPointF> &points, double startX)
{
    qsizetype old = 0;
    while (old < points.size() && points.at(old).x() < startX)
        ++old;
    points.remove(0, old);
}

} // namespace ShardDesk
