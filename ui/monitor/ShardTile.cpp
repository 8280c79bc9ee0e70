#include "ShardTile.h"

#include "preferences/Appearance.h"

#include <QLocale>
#include <QPainter>

namespace ShardDesk {

ShardTile::ShardTile(int shardId, QWidget *parent) : QAbstractButton(parent), m_shardId(shardId)
{
    setObjectName(QStringLiteral("shardTile%1").arg(shardId));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setState(0, Server::Unreachable, QString());
}

void ShardTile::setState(double percentFull, Server server, const QString &details)
{
    m_percentFull = percentFull;
    m_server = server;
    const QString percent = QLocale().toString(percentFull, 'f', 0);
    switch (server) {
    case Server::Answers:
        setText(tr("%1\n%2 %").arg(m_shardId).arg(percent));
        setAccessibleName(tr("Shard %1, %2 % of capacity").arg(m_shardId).arg(percent));
        break;
    case Server::Unreachable:
        setText(tr("%1\nunreachable").arg(m_shardId));
        setAccessibleName(tr("Shard %1, server unreachable").arg(m_shardId));
        break;
    case Server::NoPassword:
        setText(tr("%1\nno password").arg(m_shardId));
        setAccessibleName(tr("Shard %1, no password for its login").arg(m_shardId));
        break;
    }
    setToolTip(details);
    update();
}

QColor ShardTile::colourFor(double percentFull, bool reachable, const QPalette &palette)
{
    if (!reachable)
        return palette.color(QPalette::Disabled, QPalette::Button);
    // Hue 120 (green) down to 0 (red), as the original's monitor page; deeper tones on a dark palette so
    // the tiles do not glare and take the palette's light text.
    const double fraction = qBound(0.0, percentFull / 100.0, 1.0);
    return QColor::fromHsvF(float((1.0 - fraction) * 120.0 / 360.0), 0.75f,
                            Appearance::isDark(palette) ? 0.45f : 0.85f);
}

QColor ShardTile::fillColour() const
{
    return colourFor(m_percentFull, isReachable(), palette());
}

QColor ShardTile::textColour() const
{
    // Dark text on light tiles and light text on dark ones, whatever the theme.
    return isReachable() ? Appearance::textOn(fillColour(), palette())
                         : palette().color(QPalette::Disabled, QPalette::ButtonText);
}

QSize ShardTile::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int state
        = std::max(metrics.horizontalAdvance(tr("unreachable")), metrics.horizontalAdvance(tr("no password")));
    return QSize(qMax(72, state + 16), metrics.height() * 2 + 20);
}

void ShardTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = fillColour();
    const QRectF box = QRectF(rect()).adjusted(2, 2, -2, -2);
    painter.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), 2) : QPen(fill.darker(130), 1));
    painter.setBrush(isDown() ? fill.darker(115) : fill);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(textColour());
    painter.drawText(box, Qt::AlignCenter, text());
}

} // namespace ShardDesk
