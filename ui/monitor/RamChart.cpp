#include "RamChart.h"

#include "preferences/Appearance.h"

#include "CapacityPlan.h"
#include "SeriesDecimator.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace ShardDesk {

namespace {
constexpr double BytesPerMb = 1024.0 * 1024.0;

void appendMb(QList<QPointF> &points, qint64 timestampMs, qint64 bytes)
{
    if (bytes >= 0)
        points.append(QPointF(double(timestampMs), double(bytes) / BytesPerMb));
}

double maxY(const QList<QPointF> &points, double floor)
{
    for (const QPointF &p : points)
        floor = qMax(floor, p.y());
    return floor;
}
} // namespace

RamChart::RamChart(QWidget *parent) : QChartView(parent)
{
    setAccessibleName(tr("Server memory chart"));
    setRenderHint(QPainter::Antialiasing, false); // smooth lines cost more than a 1 Hz tick may take
    auto *chart = new QChart;
    chart->setTitle(tr("Memory"));
    // On the side: five entries in a row get cut to "Memory ..." at usual widths.
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTitleText(tr("Time"));
    m_memoryAxis = new QValueAxis(chart);
    m_memoryAxis->setTitleText(tr("MiB"));
    m_memoryAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_memoryAxis, Qt::AlignLeft);

    // The band goes in first so the lines are drawn over it.
    m_bandLower = new QLineSeries(this);
    m_bandUpper = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_band->setName(tr("Recommended %1–%2 %").arg(CapacityPlan::MinPercent).arg(CapacityPlan::MaxPercent));
    chart->addSeries(m_band);
    m_band->attachAxis(m_timeAxis);
    m_band->attachAxis(m_memoryAxis);

    m_memoryUsed = addLine(tr("Memory used"));
    m_bufferPoolData = addLine(tr("Buffer pool data"));
    m_bufferPoolSize = addLine(tr("Buffer pool size"));
    m_hostRam = addLine(tr("Host RAM"));
    applyPalette();
    clear();
}

QLineSeries *RamChart::addLine(const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_memoryAxis);
    return series;
}

void RamChart::applyPalette()
{
    // Follow the application palette so the chart is readable in dark mode too.
    chart()->setTheme(Appearance::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    QColor band = palette().color(QPalette::Highlight);
    band.setAlpha(50);
    m_band->setBrush(band);
    m_band->setPen(Qt::NoPen);
    m_hostRam->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
}

void RamChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void RamChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = qMax(1, seconds);
    moveTimeAxis(m_lastEndMs > 0 ? m_lastEndMs : QDateTime::currentMSecsSinceEpoch());
}

void RamChart::setPaused(bool paused)
{
    m_paused = paused;
}

void RamChart::clear()
{
    for (QLineSeries *series : {m_memoryUsed, m_bufferPoolData, m_bufferPoolSize, m_hostRam, m_bandLower, m_bandUpper})
        series->clear();
    m_usedPoints.clear();
    m_poolDataPoints.clear();
    m_poolSizePoints.clear();
    m_hostRamBytes = -1;
    m_lastEndMs = 0;
    m_memoryAxis->setRange(0, 1);
    moveTimeAxis(QDateTime::currentMSecsSinceEpoch());
}

void RamChart::moveTimeAxis(qint64 endMs)
{
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(endMs - qint64(m_windowSeconds) * 1000),
                         QDateTime::fromMSecsSinceEpoch(endMs));
}

void RamChart::showSamples(const QList<ProbeSample> &samples)
{
    if (m_paused || samples.isEmpty())
        return;
    m_usedPoints.clear();
    m_poolDataPoints.clear();
    m_poolSizePoints.clear();
    m_hostRamBytes = -1;
    appendSamples(samples);
}

void RamChart::appendSamples(const QList<ProbeSample> &samples)
{
    if (m_paused || samples.isEmpty())
        return;
    for (const ProbeSample &s : samples) {
        if (!s.reachable)
            continue; // an unreachable poll has no figures; the line bridges the gap
        appendMb(m_usedPoints, s.timestampMs, s.memoryUsedBytes);
        appendMb(m_poolDataPoints, s.timestampMs, s.bufferPoolDataBytes);
        appendMb(m_poolSizePoints, s.timestampMs, s.bufferPoolSizeBytes);
        if (s.hostRamBytes > 0)
            m_hostRamBytes = s.hostRamBytes;
    }
    const qint64 endMs = samples.constLast().timestampMs;
    const qint64 startMs = endMs - qint64(m_windowSeconds) * 1000;
    for (QList<QPointF> *points : {&m_usedPoints, &m_poolDataPoints, &m_poolSizePoints})
        SeriesDecimator::dropBefore(*points, double(startMs));

    QList<QPointF> hostRam, lower, upper;
    if (m_hostRamBytes > 0) {
        const double mb = double(m_hostRamBytes) / BytesPerMb;
        hostRam = {QPointF(double(startMs), mb), QPointF(double(endMs), mb)};
        lower = {QPointF(double(startMs), mb * CapacityPlan::MinPercent / 100.0),
                 QPointF(double(endMs), mb * CapacityPlan::MinPercent / 100.0)};
        upper = {QPointF(double(startMs), mb * CapacityPlan::MaxPercent / 100.0),
                 QPointF(double(endMs), mb * CapacityPlan::MaxPercent / 100.0)};
    }
    m_memoryUsed->replace(SeriesDecimator::decimate(m_usedPoints));
    m_bufferPoolData->replace(SeriesDecimator::decimate(m_poolDataPoints));
    m_bufferPoolSize->replace(SeriesDecimator::decimate(m_poolSizePoints));
    m_hostRam->replace(hostRam);
    m_bandLower->replace(lower);
    m_bandUpper->replace(upper);

    const double top = maxY(hostRam, maxY(m_poolSizePoints, maxY(m_poolDataPoints, maxY(m_usedPoints, 1.0))));
    m_memoryAxis->setRange(0, top * 1.1);
    m_memoryAxis->applyNiceNumbers(); // 0, 5000, 10000 rather than 0, 4506, 9011
    m_lastEndMs = endMs;
    moveTimeAxis(endMs);
}

} // namespace ShardDesk
