#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QAbstractItemView;
class QStatusBar;

namespace ShardDesk {

class ShardTreeModel;

// Says in a status bar why the Shards view refuses a shard dragged over it: the model signals its answer
// to each canDropMimeData of the view (dropRefused with the reason, or dropAccepted), and this shows that
// reason while the drag stays on a refused place, and clears it on an accepted one, when the drag leaves
// the view, when it is dropped, and when it is cancelled (which Qt delivers to the view as a drag leave).
// Over the dragged shard's own rows the view refuses the drop without asking the model, so a drag move
// that the model does not answer clears the reason too. Only the reason it showed is cleared, and the
// message it replaced (such as why Apply is disabled) comes back. It belongs to (and goes with) the status bar.
class ShardDropStatus : public QObject
{
    Q_OBJECT

public:
    ShardDropStatus(ShardTreeModel *model, QAbstractItemView *view, QStatusBar *statusBar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(const QString &reason);
    void clear();

    QStatusBar *m_statusBar;
    QString m_shown; // the reason on the status bar, or empty
    QString m_replaced; // the message the reason took the place of, put back when it goes
    // Started by each drag move over the view; the model's answer while the view handles the move stops it.
    QTimer m_unanswered;
};

} // namespace ShardDesk
