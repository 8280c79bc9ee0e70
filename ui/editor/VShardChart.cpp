#include "VShardChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ShardDesk {

VShardChart::VShardChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("vshardChart"));
    setAccessibleName(tr("VShards per bucket head"));
    setMinimumWidth(220);
}

void VShardChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    QStringList lines;
    const QLocale locale;
    for (const Bar &bar : bars)
        lines.append(tr("%1: %2 vshards").arg(bar.label, locale.toString(bar.count)));
    setToolTip(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QSize VShardChart::sizeHint() const
{
    return {280, int(m_bars.size()) * (fontMetrics().height() * 2 + 6) + 40};
}

void VShardChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const int lineHeight = fontMetrics().height();
    painter.setPen(pal.text().color());
    painter.drawText(QRect(6, 4, width() - 12, lineHeight), Qt::AlignLeft, tr("VShards per bucket head"));
    int maxCount = 1;
    for (const Bar &bar : std::as_const(m_bars))
        maxCount = std::max(maxCount, bar.count);
    const QLocale locale;
    const int barWidth = width() - 12;
    int y = lineHeight + 12;
    for (const Bar &bar : std::as_const(m_bars)) {
        painter.setPen(pal.text().color());
        painter.drawText(QRect(6, y, barWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 — %2").arg(bar.label, locale.toString(bar.count)));
        y += lineHeight + 2;
        const int w = int(qint64(barWidth) * bar.count / maxCount);
        painter.fillRect(QRect(6, y, std::max(w, 1), lineHeight - 4), pal.highlight());
        y += lineHeight;
    }
}

} // namespace ShardDesk
