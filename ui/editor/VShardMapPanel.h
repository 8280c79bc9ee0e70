#pragma once

#include "VShardMeasurement.h"
#include "topology/VShardSelection.h"

#include <QTimer>
#include <QWidget>

#include <functional>

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
// shard…", "Spread evenly over heads", "Measure Sizes" (every vshard's rows and megabytes, on a worker
// thread) and the bar chart of vshards per head beside it. Assignments are undoable commands on the
// document. They change only the map: rows already in a vshard stay where they are, so once sizes are
// measured, assigning vshards that hold rows warns with their count and offers Move instead.
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
    // Where Measure Sizes gets the shard logins from (the session's credential store); without one the
    // button stays disabled.
    void setLoginSource(VShardMeasurement::LoginSource source);
    // Measures the vshards on the servers of the configuration as loaded (the rows are there, whatever
    // the edited map says).
    void measureSizes();
    // What a measurement found (one entry per vshard id) and how long it took: the Rows and Size columns
    // and the line beside the button.
    void showMeasurement(const std::vector<VShardSize> &perVShard, qint64 elapsedMs);

signals:
    // Something to tell the user in the status bar.
    void message(const QString &text);
    // "Move Selection to Shard…" (rows and all, unlike Assign): the selected vshards' ids in order, and
    // the bucket head to move them to (0: the move dialog asks).
    void moveRequested(const QList<int> &vshards, int targetHead);
    // A measurement ended: the sizes (or the error) are on screen.
    void sizesMeasured();

private:
    void askAndAssign();
    void showContextMenu(const QPoint &pos);
    void refreshHeads();
    void refreshChart();
    void updateMeasureButton();
    // Rows and Size (MB) as wide as their header and the widest plausible value; the server takes the rest.
    void setColumnLayout();

    // Of some vshards, how many hold rows and how many rows they hold (known once measured).
    struct RowsHeld
    {
        qint64 vshards = 0;
        qint64 rows = 0;
    };
    RowsHeld rowsHeld(const QList<VShardSelection::Span> &spans, const std::function<int(int vshard)> &newHeadOf) const;
    // After an assignment: precise when measured, general otherwise.
    QString rowsWarning(const RowsHeld &held) const;
    // Before assigning vshards that hold rows to headId: Move instead, assign anyway, or cancel.
    bool confirmAssignOfRows(const QList<VShardSelection::Span> &spans, int headId);

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
    QPushButton *m_measure;
    QLabel *m_sizeStatus;
    VShardMeasurement *m_measurement;
    QTimer m_chartTimer; // coalesces the chart update of a burst of edits into one
};

} // namespace ShardDesk
