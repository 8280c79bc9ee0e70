#pragma once

#include "rebalance/MovePlan.h"

#include <QAbstractTableModel>

namespace ShardDesk {

// The plan preview: per bucket, vshards and megabytes before and after the plan against its capacity, a
// row in red when the bucket would be over capacity afterwards.
class MovePreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        BucketColumn,
        VShardsBeforeColumn,
        VShardsAfterColumn,
        MbBeforeColumn,
        MbAfterColumn,
        CapacityColumn,
        PercentAfterColumn,
        ColumnCount
    };

    explicit MovePreviewModel(QObject *parent = nullptr);

    void setLoads(const Topology &topology, const QList<MovePlan::BucketLoad> &loads);
    const MovePlan::BucketLoad &load(int row) const { return m_loads.at(row); }
    // Rows of buckets that would be over capacity after the plan.
    int overCapacityCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(int row, int column) const;

    QList<MovePlan::BucketLoad> m_loads;
    QStringList m_names; // per row: the head's display name
};

} // namespace ShardDesk
