#include "ShardSizeChart.h"

#include "SeriesDecimator.h"
#include "preferences/Appearance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ShardDesk {

ShardSizeChart::ShardSizeChart(QWidget *parent) : QWidget(parent)
{
    auto *bars = new QChart;
    bars->setTitle(tr("Size and capacity"));
    m_currentSet = new QBarSet(tr("Current MB"));
    m_capacitySet = new QBarSet(tr("Capacity MB"));
    auto *barSeries = new QBarSeries;
    barSeries->append({m_currentSet, m_capacitySet});
    bars->addSeries(barSeries);
    m_shardAxis = new QBarCategoryAxis(bars);
    m_sizeAxis = new QValueAxis(bars);
    m_sizeAxis->setLabelFormat(QStringLiteral("%.0f"));
    bars->addAxis(m_shardAxis, Qt::AlignBottom);
    bars->addAxis(m_sizeAxis, Qt::AlignLeft);
    barSeries->attachAxis(m_shardAxis);
    barSeries->attachAxis(m_sizeAxis);
    m_barView = new QChartView(bars, this);
    m_barView->setAccessibleName(tr("Shard size and capacity chart"));

    auto *history = new QChart;
    history->setTitle(tr("Size history (MB)"));
    m_timeAxis = new QDateTimeAxis(history);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_historyAxis = new QValueAxis(history);
    m_historyAxis->setLabelFormat(QStringLiteral("%.1f"));
    history->addAxis(m_timeAxis, Qt::AlignBottom);
    history->addAxis(m_historyAxis, Qt::AlignLeft);
    m_historyView = new QChartView(history, this);
    m_historyView->setAccessibleName(tr("Shard size history chart"));
    for (QChartView *view : {m_barView, m_historyView}) {
        view->setRenderHint(QPainter::Antialiasing, false); // as RamChart: cheap redraws at 1 Hz
        view->chart()->legend()->setAlignment(Qt::AlignBottom);
    }

    m_forecastLabel = new QLabel(this);
    m_forecastLabel->setObjectName(QStringLiteral("forecastLabel"));
    m_forecastLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forecastLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_barView, 1);
    layout->addWidget(m_historyView, 1);
    layout->addWidget(m_forecastLabel);
    applyPalette();
}

void ShardSizeChart::applyPalette()
{
    // As RamChart: the charts follow the application palette, readable in dark mode too.
    const QChart::ChartTheme theme = Appearance::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : {m_barView, m_historyView}) {
        if (view->chart()->theme() != theme)
            view->chart()->setTheme(theme);
        view->chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    }
}

void ShardSizeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ShardSizeChart::setShards(const QList<Shard> &shards)
{
    // The only place series are made or dropped: a different set of shards, not a new sample.
    QChart *history = m_historyView->chart();
    for (QLineSeries *line : std::as_const(m_lines)) {
        history->removeSeries(line);
        delete line; // removeSeries hands ownership back
    }
    m_lines.clear();
    m_shards = shards;
    m_points = QList<QList<QPointF>>(shards.size());
    m_forecasts.clear();
    m_currentMb.clear();
    QStringList categories;
    m_currentSet->remove(0, m_currentSet->count());
    m_capacitySet->remove(0, m_capacitySet->count());
    double top = 1;
    for (const Shard &shard : shards) {
        categories.append(tr("Shard %1").arg(shard.id));
        m_currentSet->append(shard.currentMb);
        m_capacitySet->append(shard.capacityMb);
        top = qMax(top, qMax(shard.currentMb, shard.capacityMb));
        auto *line = new QLineSeries;
        line->setName(tr("Shard %1 (%2)").arg(shard.id).arg(shard.database));
        history->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_historyAxis);
        m_lines.append(line);
    }
    m_shardAxis->setCategories(categories);
    m_sizeAxis->setRange(0, top * 1.1);
    updateForecastLabel();
}

QLineSeries *ShardSizeChart::historySeries(int shardId) const
{
    for (qsizetype i = 0; i < m_shards.size(); ++i) {
        if (m_shards.at(i).id == shardId)
            return m_lines.at(i);
    }
    return nullptr;
}

void ShardSizeChart::showSamples(const QList<ProbeSample> &samples)
{
    if (m_paused || samples.isEmpty())
        return;
    for (QList<QPointF> &points : m_points)
        points.clear();
    appendSamples(samples);
}

void ShardSizeChart::appendSamples(const QList<ProbeSample> &samples)
{
    if (m_paused || samples.isEmpty())
        return;
    const qint64 endMs = samples.constLast().timestampMs;
    const qint64 startMs = endMs - qint64(m_windowSeconds) * 1000;
    double barTop = 1, lineMin = -1, lineMax = 1;
    for (qsizetype i = 0; i < m_shards.size(); ++i) {
        const Shard &shard = m_shards.at(i);
        QList<QPointF> &points = m_points[i];
        for (const ProbeSample &s : samples) {
            const auto size = s.databaseSizeMb.constFind(shard.database);
            if (s.reachable && size != s.databaseSizeMb.cend())
                points.append(QPointF(double(s.timestampMs), *size));
        }
        SeriesDecimator::dropBefore(points, double(startMs));
        m_lines.at(i)->replace(SeriesDecimator::decimate(points));
        const double current = points.isEmpty() ? shard.currentMb : points.constLast().y();
        m_currentMb.insert(shard.id, current);
        m_currentSet->replace(int(i), current);
        barTop = qMax(barTop, qMax(current, shard.capacityMb));
        for (const QPointF &p : std::as_const(points)) {
            lineMin = lineMin < 0 ? p.y() : qMin(lineMin, p.y());
            lineMax = qMax(lineMax, p.y());
        }
        m_forecasts.insert(shard.id, FillForecast::estimate(points, shard.capacityMb));
    }
    m_sizeAxis->setRange(0, barTop * 1.1);
    m_sizeAxis->applyNiceNumbers();
    m_historyAxis->setRange(qMax(0.0, lineMin * 0.9), lineMax * 1.1);
    m_historyAxis->applyNiceNumbers();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(startMs), QDateTime::fromMSecsSinceEpoch(endMs));
    updateForecastLabel();
}

QString ShardSizeChart::forecastText() const
{
    return m_forecastLabel->text();
}

void ShardSizeChart::updateForecastLabel()
{
    const QLocale locale;
    QStringList lines;
    for (const Shard &shard : std::as_const(m_shards)) {
        lines.append(tr("Shard %1 (%2): %3 of %4 MB, %5.")
                         .arg(shard.id)
                         .arg(shard.database,
                              locale.toString(m_currentMb.value(shard.id, shard.currentMb), 'f', 1),
                              locale.toString(shard.capacityMb, 'f', 0), m_forecasts.value(shard.id).text()));
    }
    m_forecastLabel->setText(lines.isEmpty() ? tr("No shards on this server.") : lines.join(QLatin1Char('\n')));
}

} // namespace ShardDesk
