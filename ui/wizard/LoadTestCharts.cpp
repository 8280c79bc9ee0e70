#include "LoadTestCharts.h"

#include "loadtest/LoadTestResult.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace ShardDesk {

namespace {

QChartView *viewOf(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

} // namespace

LoadTestCharts::LoadTestCharts(QWidget *parent)
    : QWidget(parent)
    , m_latency(new QChart)
    , m_p50(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_p99(new QLineSeries)
    , m_secondAxis(new QValueAxis)
    , m_msAxis(new QValueAxis)
    , m_shards(new QChart)
    , m_bars(new QBarSeries)
    , m_rows(new QBarSet(tr("Rows")))
    , m_errors(new QBarSet(tr("Errors")))
    , m_shardAxis(new QBarCategoryAxis)
    , m_rowAxis(new QValueAxis)
{
    m_latency->setTitle(tr("Latency per second (ms)"));
    m_p50->setName(tr("p50"));
    m_p95->setName(tr("p95"));
    m_p99->setName(tr("p99"));
    m_latency->addAxis(m_secondAxis, Qt::AlignBottom);
    m_latency->addAxis(m_msAxis, Qt::AlignLeft);
    m_secondAxis->setTitleText(tr("Second"));
    m_secondAxis->setLabelFormat(QStringLiteral("%d"));
    for (QLineSeries *series : {m_p50, m_p95, m_p99}) {
        m_latency->addSeries(series);
        series->attachAxis(m_secondAxis);
        series->attachAxis(m_msAxis);
    }
    m_shards->setTitle(tr("Rows and errors per shard"));
    m_bars->append(m_rows);
    m_bars->append(m_errors);
    m_shards->addSeries(m_bars);
    m_shards->addAxis(m_shardAxis, Qt::AlignBottom);
    m_shards->addAxis(m_rowAxis, Qt::AlignLeft);
    m_bars->attachAxis(m_shardAxis);
    m_bars->attachAxis(m_rowAxis);
    m_rowAxis->setLabelFormat(QStringLiteral("%d"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewOf(m_latency, this));
    layout->addWidget(viewOf(m_shards, this));
    clear();
}

void LoadTestCharts::clear()
{
    for (QLineSeries *series : {m_p50, m_p95, m_p99})
        series->clear();
    m_secondAxis->setRange(0, WindowSeconds);
    m_msAxis->setRange(0, 1);
    m_rows->remove(0, m_rows->count());
    m_errors->remove(0, m_errors->count());
    m_shardAxis->clear();
    m_rowAxis->setRange(0, 1);
}

void LoadTestCharts::show(const LoadTestResult &result)
{
    showLatency(result);
    showShards(result);
}

void LoadTestCharts::showLatency(const LoadTestResult &result)
{
    const auto &seconds = result.seconds;
    const qsizetype first = std::max<qsizetype>(0, seconds.size() - WindowSeconds);
    QList<QPointF> p50, p95, p99;
    double top = 1;
    for (qsizetype i = first; i < seconds.size(); ++i) {
        const LoadTestResult::Second &s = seconds.at(i);
        p50.append(QPointF(s.second, double(s.p50Micros) / 1000.0));
        p95.append(QPointF(s.second, double(s.p95Micros) / 1000.0));
        p99.append(QPointF(s.second, double(s.p99Micros) / 1000.0));
        top = std::max(top, double(s.p99Micros) / 1000.0);
    }
    m_p50->replace(p50);
    m_p95->replace(p95);
    m_p99->replace(p99);
    const int last = seconds.isEmpty() ? 0 : seconds.constLast().second;
    m_secondAxis->setRange(std::max(0, last - WindowSeconds), std::max(WindowSeconds, last));
    m_msAxis->setRange(0, top * 1.1);
}

void LoadTestCharts::showShards(const LoadTestResult &result)
{
    // The bar sets keep one value per shard; only a new shard list rebuilds the categories.
    QStringList names;
    for (const LoadTestResult::ShardCounts &shard : result.shards)
        names << QString::number(shard.shardId);
    if (names != m_shardAxis->categories()) {
        m_rows->remove(0, m_rows->count());
        m_errors->remove(0, m_errors->count());
        m_shardAxis->clear();
        m_shardAxis->append(names);
        for (qsizetype i = 0; i < names.size(); ++i) {
            m_rows->append(0.0);
            m_errors->append(0.0);
        }
    }
    double top = 1;
    for (qsizetype i = 0; i < result.shards.size(); ++i) {
        const LoadTestResult::ShardCounts &shard = result.shards.at(i);
        m_rows->replace(int(i), double(shard.acknowledged));
        m_errors->replace(int(i), double(shard.errors()));
        top = std::max(top, double(shard.acknowledged));
    }
    m_rowAxis->setRange(0, top * 1.1);
}

} // namespace ShardDesk
