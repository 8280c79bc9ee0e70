#include "StatusLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStatusBar>
#include <QStyle>
#include <QToolTip>

namespace ShardDesk {

namespace {
// Besides the widths of the bar's widgets: its margins around a message (Qt leaves 6 + 2 px left to right,
// 2 + 12 px right to left) and the layout's own spacing, with a few pixels to spare.
constexpr int Slack = 24;
constexpr int Spacing = 6;
} // namespace

StatusLabel::StatusLabel(QStatusBar *bar) : QLabel(bar), m_bar(bar)
{
    connect(bar, &QStatusBar::messageChanged, this, &StatusLabel::fit);
    bar->installEventFilter(this);
}

QSize StatusLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    hint.setWidth(qMin(hint.width(), fontMetrics().horizontalAdvance(QStringLiteral("xxxxxxxx…"))));
    return hint;
}

bool StatusLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

void StatusLabel::fit()
{
    const QString message = m_bar->currentMessage();
    if (message.isEmpty()) {
        setMaximumWidth(QWIDGETSIZE_MAX);
        return;
    }
    // From the sizes the bar lays out, not from where this label is now: its own width would feed back,
    // and which of its edges stays put depends on the layout direction. While a message is shown the bar
    // hides its other normal widgets, so the bar's other shown children are its permanent widgets and the
    // size grip.
    int room = m_bar->width() - m_bar->fontMetrics().horizontalAdvance(message) - Slack;
    for (QObject *child : m_bar->children()) {
        auto *widget = qobject_cast<QWidget *>(child);
        if (widget && widget != this && !widget->isHidden())
            room -= widget->sizeHint().width() + Spacing;
    }
    setMaximumWidth(qMax(minimumSizeHint().width(), qMin(sizeHint().width(), room)));
}

bool StatusLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        if (isElided())
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

bool StatusLabel::eventFilter(QObject *watched, QEvent *event)
{
    // A resized bar, or a widget of it whose size changed (another text, font or style: the bar is asked to
    // lay out again), leaves the message another width.
    if (watched == m_bar && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        fit();
    return QLabel::eventFilter(watched, event);
}

void StatusLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect area = contentsRect();
    style()->drawItemText(&painter, area, QStyle::visualAlignment(layoutDirection(), alignment()), palette(),
                          isEnabled(), fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()),
                          foregroundRole());
}

} // namespace ShardDesk
