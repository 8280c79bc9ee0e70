#pragma once

#include "topology/Topology.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

namespace ShardDesk {

// The shards as buckets: each bucket head at the top level, its overflow shards below it in chain order.
class ShardTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ServerColumn, UserColumn, CapacityColumn, CurrentColumn, PercentColumn, FullColumn,
                  ColumnCount };

    explicit ShardTreeModel(QObject *parent = nullptr);

    void setTopology(std::shared_ptr<const Topology> topology);
    // The shard shown at index, or 0.
    int shardId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Topology> m_topology;
    QList<QList<const Shard *>> m_buckets; // [bucket][0] is the head
};

} // namespace ShardDesk
