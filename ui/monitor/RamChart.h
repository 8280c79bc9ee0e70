#pragma once

#include "monitor/ProbeSample.h"

#include <QChartView>
#include <QList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ShardDesk {

// The live RAM chart of one server: memory used, buffer-pool data, buffer-pool size, host RAM and the
// 60–80 % band a server's shards should stay in. The series are made once; each update replaces the
// points of the visible window and moves the time axis, so 1 Hz stays smooth.
class RamChart : public QChartView
{
    Q_OBJECT

public:
    explicit RamChart(QWidget *parent = nullptr);

    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSeconds; }
    // While paused the chart keeps what it shows and ignores updates.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    // Shows samples (oldest first) of one server instead of what was shown; the window ends at the newest.
    void showSamples(const QList<ProbeSample> &samples);
    // Adds samples newer than those shown: per tick this is one sample, not the whole window again.
    void appendSamples(const QList<ProbeSample> &samples);

    QLineSeries *memoryUsedSeries() const { return m_memoryUsed; }
    QLineSeries *bufferPoolDataSeries() const { return m_bufferPoolData; }
    QLineSeries *bufferPoolSizeSeries() const { return m_bufferPoolSize; }
    QLineSeries *hostRamSeries() const { return m_hostRam; }
    QAreaSeries *recommendedBand() const { return m_band; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *memoryAxis() const { return m_memoryAxis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *addLine(const QString &name);
    void applyPalette();
    void moveTimeAxis(qint64 endMs);

    // The window's points before thinning; the series get a thinned copy.
    QList<QPointF> m_usedPoints;
    QList<QPointF> m_poolDataPoints;
    QList<QPointF> m_poolSizePoints;
    qint64 m_hostRamBytes = -1;
    QLineSeries *m_memoryUsed;
    QLineSeries *m_bufferPoolData;
    QLineSeries *m_bufferPoolSize;
    QLineSeries *m_hostRam;
    QLineSeries *m_bandLower;
    QLineSeries *m_bandUpper;
    QAreaSeries *m_band;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_memoryAxis;
    int m_windowSeconds = 60;
    bool m_paused = false;
    qint64 m_lastEndMs = 0;
};

} // namespace ShardDesk
