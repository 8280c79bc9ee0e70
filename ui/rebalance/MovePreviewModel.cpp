#include "MovePreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace ShardDesk {

MovePreviewModel::MovePreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

// A new plan is a new document: a handful of buckets, reset in one go.
void MovePreviewModel::setLoads(const Topology &topology, const QList<MovePlan::BucketLoad> &loads)
{
    beginResetModel();
    m_loads = loads;
    m_names.clear();
    for (const MovePlan::BucketLoad &load : loads) {
        const Shard *head = topology.shard(load.headId);
        m_names.append(head ? head->displayName() : QString());
    }
    endResetModel();
}

int MovePreviewModel::overCapacityCount() const
{
    return int(std::count_if(m_loads.cbegin(), m_loads.cend(),
                             [](const MovePlan::BucketLoad &load) { return load.overCapacity(); }));
}

int MovePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_loads.size());
}

int MovePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovePreviewModel::displayValue(int row, int column) const
{
    const MovePlan::BucketLoad &load = m_loads.at(row);
    const QLocale locale;
    switch (column) {
    case BucketColumn:
        return tr("Bucket %1").arg(load.headId);
    case VShardsBeforeColumn:
        return load.vshardsBefore;
    case VShardsAfterColumn:
        return load.vshardsAfter;
    case MbBeforeColumn:
        return locale.toString(load.mbBefore, 'f', 1);
    case MbAfterColumn:
        return locale.toString(load.mbAfter, 'f', 1);
    case CapacityColumn:
        return load.capacityMb > 0 ? locale.toString(load.capacityMb, 'f', 0) : tr("not set");
    case PercentAfterColumn:
        return load.capacityMb > 0 ? tr("%1 %").arg(locale.toString(100.0 * load.mbAfter / load.capacityMb, 'f', 1))
                                   : QString();
    }
    return {};
}

QVariant MovePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loads.size())
        return {};
    const bool over = m_loads.at(index.row()).overCapacity();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == BucketColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return over ? QBrush(QColor(Qt::darkRed)) : QVariant();
    case Qt::BackgroundRole:
        return over ? QBrush(QColor(255, 205, 205)) : QVariant();
    case Qt::ToolTipRole:
        if (over)
            return tr("Bucket %1 (%2): after the move it holds more than its shards' capacity.")
                .arg(m_loads.at(index.row()).headId)
                .arg(m_names.at(index.row()));
        return tr("Bucket %1 (%2)").arg(m_loads.at(index.row()).headId).arg(m_names.at(index.row()));
    }
    return {};
}

QVariant MovePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BucketColumn:
        return tr("Bucket");
    case VShardsBeforeColumn:
        return tr("VShards before");
    case VShardsAfterColumn:
        return tr("VShards after");
    case MbBeforeColumn:
        return tr("MB before");
    case MbAfterColumn:
        return tr("MB after");
    case CapacityColumn:
        return tr("Capacity MB");
    case PercentAfterColumn:
        return tr("% after", "column header: percent of capacity after the move");
    }
    return {};
}

} // namespace ShardDesk
