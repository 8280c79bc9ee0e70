#include "ShardDropStatus.h"

#include "ShardTreeModel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QStatusBar>

namespace ShardDesk {

ShardDropStatus::ShardDropStatus(ShardTreeModel *model, QAbstractItemView *view, QStatusBar *statusBar)
    : QObject(statusBar), m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("shardDropStatus"));
    m_unanswered.setSingleShot(true);
    m_unanswered.setInterval(0);
    connect(&m_unanswered, &QTimer::timeout, this, &ShardDropStatus::clear);
    connect(model, &ShardTreeModel::dropRefused, this, &ShardDropStatus::show);
    connect(model, &ShardTreeModel::dropAccepted, this, &ShardDropStatus::clear);
    view->viewport()->installEventFilter(this);
}

// Only watches: the view handles every drag event as before, after this.
bool ShardDropStatus::eventFilter(QObject *, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        m_unanswered.start();
        break;
    case QEvent::DragLeave:
    case QEvent::Drop:
        clear();
        break;
    default:
        break;
    }
    return false;
}

// Called on every mouse move over a refused place: the status bar repaints only when the reason changes.
void ShardDropStatus::show(const QString &reason)
{
    m_unanswered.stop();
    if (m_shown.isEmpty())
        m_replaced = m_statusBar->currentMessage();
    if (m_statusBar->currentMessage() != reason)
        m_statusBar->showMessage(reason);
    m_shown = reason;
}

void ShardDropStatus::clear()
{
    m_unanswered.stop();
    if (!m_shown.isEmpty() && m_statusBar->currentMessage() == m_shown) {
        if (m_replaced.isEmpty())
            m_statusBar->clearMessage();
        else
            m_statusBar->showMessage(m_replaced); // e.g. why Apply is disabled: still true
    }
    m_shown.clear();
    m_replaced.clear();
}

} // namespace ShardDesk
