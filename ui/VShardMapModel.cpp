#include "VShardMapModel.h"

namespace ShardDesk {

VShardMapModel::VShardMapModel(QObject *parent) : QAbstractTableModel(parent) {}

void VShardMapModel::setTopology(std::shared_ptr<const Topology> topology)
{
    beginResetModel();
    m_topology = std::move(topology);
    m_headLabels.clear();
    if (m_topology) {
        for (const Shard &s : m_topology->shards)
            m_headLabels.insert(s.id, s.displayName());
    }
    endResetModel();
}

int VShardMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_topology ? 0 : m_topology->vshards.count();
}

int VShardMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VShardMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_topology)
        return {};
    const int head = m_topology->vshards.headOf(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != ServerColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VShardColumn:
        return index.row();
    case HeadColumn:
        return head == 0 ? QVariant(tr("—", "no head shard")) : QVariant(head);
    case ServerColumn:
        return head == 0 ? tr("(unmapped)") : m_headLabels.value(head, tr("(missing shard %1)").arg(head));
    }
    return {};
}

QVariant VShardMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VShardColumn:
        return tr("VShard");
    case HeadColumn:
        return tr("Head shard");
    case ServerColumn:
        return tr("Server / database");
    }
    return {};
}

} // namespace ShardDesk
