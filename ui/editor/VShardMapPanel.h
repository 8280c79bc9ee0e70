#pragma once

#include "topology/VShardSelection.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ShardDesk {

class TopologyDocument;
class VShardChart;
class VShardMapModel;

// The vshard map editor: the table (filter by head and id range, select ranges), "Assign selection to
// shard…", "Spread evenly over heads", and the bar chart of vshards per head beside it. Assignments are
// undoable commands on the document. Changes only the map: rows already in a vshard stay where they are.
class VShardMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VShardMapPanel(TopologyDocument *document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    VShardMapModel *model() const { return m_model; }
    VShardChart *chart() const { return m_chart; }

    // The selected vshards as disjoint spans in id order.
    QList<VShardSelection::Span> selectedSpans() const;
    // Maps the selected vshards to headId (one undo step). Returns how many were assigned.
    qint64 assignSelection(int headId);
    void spreadEvenly();
    void applyFilter();

signals:
    // Something to tell the user in the status bar.
    void message(const QString &text);
    // "Move Selection to Shard…" (rows and all, unlike Assign): the selected vshards' ids in order.
    void moveRequested(const QList<int> &vshards);

private:
    void askAndAssign();
    void showContextMenu(const QPoint &pos);
    void refreshHeads();
    void refreshChart();
    QString rowsWarning() const;

    TopologyDocument *m_document;
    VShardMapModel *m_model;
    QTableView *m_view;
    VShardChart *m_chart;
    QComboBox *m_filterHead;
    QSpinBox *m_filterFirst;
    QSpinBox *m_filterLast;
    QLabel *m_selectionLabel;
    QPushButton *m_assign;
    QPushButton *m_spread;
    QTimer m_chartTimer; // coalesces the chart update of a burst of edits into one
};

} // namespace ShardDesk
