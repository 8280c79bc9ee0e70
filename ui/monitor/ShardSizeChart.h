#pragma once

#include "FillForecast.h"
#include "monitor/ProbeSample.h"
#include "topology/Shard.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace ShardDesk {

// The shards of one server: current size against capacity as bars, size history as lines, and for
// each shard when it fills at the growth rate of the window. Series are made when the shards change
// (a new server or topology), and only refilled per sample.
class ShardSizeChart : public QWidget
{
    Q_OBJECT

public:
    explicit ShardSizeChart(QWidget *parent = nullptr);

    void setShards(const QList<Shard> &shards);
    void setWindowSeconds(int seconds) { m_windowSeconds = qMax(1, seconds); }
    void setPaused(bool paused) { m_paused = paused; }
    // Samples of the shards' server, oldest first, instead of what was shown; the window ends at the newest.
    void showSamples(const QList<ProbeSample> &samples);
    // Adds samples newer than those shown (per tick: one).
    void appendSamples(const QList<ProbeSample> &samples);

    FillForecast forecast(int shardId) const { return m_forecasts.value(shardId); }
    QLineSeries *historySeries(int shardId) const;
    QBarSet *currentSet() const { return m_currentSet; }
    QBarSet *capacitySet() const { return m_capacitySet; }
    QString forecastText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateForecastLabel();

    QChartView *m_barView;
    QChartView *m_historyView;
    QLabel *m_forecastLabel;
    QBarSet *m_currentSet;
    QBarSet *m_capacitySet;
    QBarCategoryAxis *m_shardAxis;
    QValueAxis *m_sizeAxis;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_historyAxis;
    QList<Shard> m_shards;
    QList<QLineSeries *> m_lines; // parallel to m_shards
    QList<QList<QPointF>> m_points; // the window's sizes before thinning, parallel to m_shards
    QHash<int, FillForecast> m_forecasts;
    QHash<int, double> m_currentMb;
    int m_windowSeconds = 60;
    bool m_paused = false;
};

} // namespace ShardDesk
