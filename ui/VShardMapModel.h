#pragma once

#include "topology/Topology.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace ShardDesk {

// The vshard map as a table, one row per vshard: id, head shard, where it lives. data() is O(1) (the
// head's label is looked up in a hash built once per topology), so a million rows stay fluid.
class VShardMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VShardColumn, HeadColumn, ServerColumn, ColumnCount };

    explicit VShardMapModel(QObject *parent = nullptr);

    void setTopology(std::shared_ptr<const Topology> topology);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Topology> m_topology;
    QHash<int, QString> m_headLabels;
};

} // namespace ShardDesk
