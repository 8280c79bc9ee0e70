#pragma once

#include <QtGlobal>

#include <array>

namespace ShardDesk {

// Latencies in microseconds, HDR-style: exact below 64 µs, then 32 sub-buckets per power of two, so
// every recorded value is known to within 1/32 (about 3 %) up to 2^40 µs (12 days). Counting every
// operation costs one array increment; percentiles come from the whole distribution, not a sample.
// Histograms of several threads or seconds merge by adding counts.
class LatencyHistogram
{
public:
    static constexpr int LinearBuckets = 64;
    static constexpr int SubBuckets = 32;
    static constexpr int MaxExponent = 35;
    static constexpr int BucketCount = LinearBuckets + MaxExponent * SubBuckets;

    void record(qint64 micros);
    void merge(const LatencyHistogram &other);
    void reset() { *this = LatencyHistogram(); }

    qint64 count() const { return m_count; }
    qint64 max() const { return m_max; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    // The latency that p (0..100) percent of operations did not exceed: the upper end of the bucket
    // holding that rank, never more than the largest value recorded. 0 when empty.
    qint64 percentile(double p) const;

    static int bucketOf(qint64 micros);
    static qint64 upperBoundOf(int bucket);

private:
    std::array<qint64, BucketCount> m_counts {};
    qint64 m_count = 0;
    qint64 m_sum = 0;
    qint64 m_max = 0;
};

} // namespace ShardDesk
