#include "VShardDragSource.h"

#include "VShardMime.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace ShardDesk {

VShardDragSource::VShardDragSource(QAbstractItemView *view, Selection selection)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_selection(std::move(selection))
{
    m_viewport->installEventFilter(this);
}

bool VShardDragSource::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
        // Only a plain press on a selected row may start a drag; anything else is the view's.
        m_pressed = mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier && index.isValid()
            && m_view->selectionModel()->isRowSelected(index.row(), index.parent());
        m_pressPos = mouse->position().toPoint();
        return m_pressed;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressed)
            return false;
        if ((mouse->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_pressed = false;
            startDrag();
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_pressed)
            return false;
        m_pressed = false;
        // No drag after all: the press was a click on one row, which selects that row alone.
        const QModelIndex index = m_view->indexAt(m_pressPos);
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    default:
        return false;
    }
}

void VShardDragSource::startDrag()
{
    const QList<VShardSelection::Span> spans = m_selection();
    if (spans.isEmpty())
        return;
    auto *drag = new QDrag(m_view);
    drag->setMimeData(VShardMime::encode(spans).release());
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
}

} // namespace ShardDesk
