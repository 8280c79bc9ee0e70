#pragma once

#include "topology/VShardSelection.h"

#include <QObject>
#include <QPoint>

#include <functional>

class QAbstractItemView;

namespace ShardDesk {

// Lets the user drag the selected vshards out of an item view (the vshard map) onto a shard, as
// VShardMime data. The view's model stays as it is: a press on a selected row keeps the selection (instead
// of selecting that row alone) until the mouse either moves far enough to start a drag or is released,
// which then selects the row as a click would.
class VShardDragSource : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<QList<VShardSelection::Span>()>;

    VShardDragSource(QAbstractItemView *view, Selection selection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startDrag();

    QAbstractItemView *m_view;
    // Compared without asking m_view: events reach the filter while the view is being destroyed.
    QObject *m_viewport;
    Selection m_selection;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace ShardDesk
