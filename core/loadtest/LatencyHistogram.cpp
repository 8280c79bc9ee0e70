#include "LatencyHistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace ShardDesk {

int LatencyHistogram::bucketOf(qint64 micros)
{
    if (micros < LinearBuckets)
        return int(std::max<qint64>(micros, 0));
    // Shift so that the value keeps 6 significant bits (32..63): exponent e >= 1.
    const int e = std::bit_width(quint64(micros)) - 6;
    if (e > MaxExponent)
        return BucketCount - 1;
    return LinearBuckets + (e - 1) * SubBuckets + int((micros >> e) - SubBuckets);
}

qint64 LatencyHistogram::upperBoundOf(int bucket)
{
    if (bucket < LinearBuckets)
        return bucket;
    const int e = (bucket - LinearBuckets) / SubBuckets + 1;
    const qint64 mantissa = (bucket - LinearBuckets) % SubBuckets + SubBuckets;
    return ((mantissa + 1) << e) - 1;
}

void LatencyHistogram::record(qint64 micros)
{
    ++m_counts[size_t(bucketOf(micros))];
    ++m_count;
    m_sum += micros;
    m_max = std::max(m_max, micros);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_count += other.m_count;
    m_sum += other.m_sum;
    m_max = std::max(m_max, other.m_max);
}

qint64 LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(m_count))));
    qint64 seen = 0;
    for (int b = 0; b < BucketCount; ++b) {
        seen += m_counts[size_t(b)];
        if (seen >= rank)
            return std::min(upperBoundOf(b), m_max);
    }
    return m_max;
}

} // namespace ShardDesk
