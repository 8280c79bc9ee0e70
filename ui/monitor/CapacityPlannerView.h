#pragma once

#include "CapacityPlan.h"

#include <QWidget>

#include <memory>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ShardDesk {

// Shows the capacity_mb each shard should get from its host's RAM (CapacityPlan) and offers it to the
// editor: "Apply recommendation" emits the numbers; the editor turns them into an undoable edit.
class CapacityPlannerView : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityPlannerView(QWidget *parent = nullptr);

    void setTopology(std::shared_ptr<const Topology> topology);
    // Recomputes only when host RAM changed, so calling it per sample is cheap.
    void setHostRam(const QHash<QString, qint64> &hostRamBytes);
    const CapacityPlan &plan() const { return m_plan; }
    int targetPercent() const;

signals:
    void recommendationAccepted(const QHash<int, double> &capacityMbByShard);

private:
    void recompute();

    QSpinBox *m_targetPercent;
    QTableWidget *m_table;
    QPushButton *m_apply;
    std::shared_ptr<const Topology> m_topology;
    QHash<QString, qint64> m_hostRamBytes;
    CapacityPlan m_plan;
};

} // namespace ShardDesk
