#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QBarSeries;
class QChart;
class QLineSeries;
class QValueAxis;

namespace ShardDesk {

struct LoadTestResult;

// The live charts of a load test: latency p50/p95/p99 per second over a fixed window, and rows and
// errors per shard as bars. The series are made once and fed with replace() on every snapshot.
class LoadTestCharts : public QWidget
{
    Q_OBJECT

public:
    static constexpr int WindowSeconds = 60;

    explicit LoadTestCharts(QWidget *parent = nullptr);

    void clear();
    void show(const LoadTestResult &result);

    // For tests: the points the latency chart shows now (p50, p95, p99).
    QList<QLineSeries *> latencySeries() const { return {m_p50, m_p95, m_p99}; }
    QBarSet *rowsPerShard() const { return m_rows; }

private:
    void showLatency(const LoadTestResult &result);
    void showShards(const LoadTestResult &result);

    QChart *m_latency;
    QLineSeries *m_p50;
    QLineSeries *m_p95;
    QLineSeries *m_p99;
    QValueAxis *m_secondAxis;
    QValueAxis *m_msAxis;
    QChart *m_shards;
    QBarSeries *m_bars;
    QBarSet *m_rows;
    QBarSet *m_errors;
    QBarCategoryAxis *m_shardAxis;
    QValueAxis *m_rowAxis;
};

} // namespace ShardDesk
