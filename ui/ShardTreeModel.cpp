#include "ShardTreeModel.h"

#include <QLocale>

namespace ShardDesk {

namespace {
// internalId of a top-level row; a child row stores its bucket's row + 1.
constexpr quintptr TopLevel = 0;
} // namespace

ShardTreeModel::ShardTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ShardTreeModel::setTopology(std::shared_ptr<const Topology> topology)
{
    beginResetModel();
    m_topology = std::move(topology);
    m_buckets.clear();
    if (m_topology) {
        for (int head : m_topology->headIds()) {
            QList<const Shard *> bucket;
            for (int id : m_topology->bucket(head))
                bucket.append(m_topology->shard(id));
            m_buckets.append(bucket);
        }
    }
    endResetModel();
}

int ShardTreeModel::shardId(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const qsizetype bucket = index.internalId() == TopLevel ? index.row() : qsizetype(index.internalId() - 1);
    const qsizetype position = index.internalId() == TopLevel ? 0 : index.row() + 1;
    return m_buckets.value(bucket).value(position) ? m_buckets[bucket][position]->id : 0;
}

QModelIndex ShardTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : TopLevel);
}

QModelIndex ShardTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int ShardTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_buckets.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_buckets.value(parent.row()).size()) - 1;
}

int ShardTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ShardTreeModel::data(const QModelIndex &index, int role) const
{
    const Shard *s = m_topology ? m_topology->shard(shardId(index)) : nullptr;
    if (!s)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != ServerColumn && index.column() != UserColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ServerColumn)
        return s->isHead() ? tr("Bucket head on %1").arg(s->serverKey())
                           : tr("Overflow shard of shard %1: takes new rows once it is full").arg(s->parentId);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return s->id;
    case ServerColumn:
        return s->displayName();
    case UserColumn:
        return s->user;
    case CapacityColumn:
        return locale.toString(s->capacityMb, 'f', 0);
    case CurrentColumn:
        return locale.toString(s->currentMb, 'f', 1);
    case PercentColumn:
        return tr("%1 %").arg(locale.toString(s->percentFull(), 'f', 1));
    case FullColumn:
        return s->full ? tr("full") : QString();
    }
    return {};
}

QVariant ShardTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Shard");
    case ServerColumn:
        return tr("Server / database");
    case UserColumn:
        return tr("User");
    case CapacityColumn:
        return tr("Capacity MB");
    case CurrentColumn:
        return tr("Current MB");
    case PercentColumn:
        return tr("% full");
    case FullColumn:
        return tr("Full", "column header: shard is full");
    }
    return {};
}

} // namespace ShardDesk
