#include "VShardMapModel.h"

#include "editor/TopologyDocument.h"

#include <QLocale>

#include <algorithm>

namespace ShardDesk {

VShardMapModel::VShardMapModel(TopologyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &TopologyDocument::reset, this, &VShardMapModel::onReset);
    connect(document, &TopologyDocument::vshardsChanged, this, &VShardMapModel::onVShardsChanged);
    connect(document, &TopologyDocument::shardsRestructured, this, &VShardMapModel::onShardsChanged);
    connect(document, &TopologyDocument::shardChanged, this, &VShardMapModel::onShardsChanged);
}

// A shard's host or database changed: only the labels column, and only the rows on screen repaint.
void VShardMapModel::onShardsChanged()
{
    rebuildLabels();
    if (rowCount() > 0)
        emit dataChanged(index(0, ServerColumn), index(rowCount() - 1, ServerColumn));
}

void VShardMapModel::onReset()
{
    beginResetModel();
    m_filtered = false;
    m_rows = {};
    // Another cluster, or the same one reloaded: what was measured may no longer hold.
    m_sizes = {};
    m_hasSizes = false;
    rebuildLabels();
    endResetModel();
}

void VShardMapModel::rebuildLabels()
{
    m_headLabels.clear();
    for (const Shard &s : m_document->edited().shards)
        m_headLabels.insert(s.id, s.displayName());
}

void VShardMapModel::setFilter(int headId, int first, int last)
{
    beginResetModel();
    m_filtered = true;
    m_filterHead = headId;
    m_filterFirst = first;
    m_filterLast = last;
    rebuildRows();
    endResetModel();
}

void VShardMapModel::clearFilter()
{
    beginResetModel();
    m_filtered = false;
    m_rows = {};
    endResetModel();
}

// One pass over the map: 1,000,000 compares and at most that many appends.
void VShardMapModel::rebuildRows()
{
    const std::vector<std::int32_t> &heads = m_document->edited().vshards.heads();
    const int first = std::max(m_filterFirst, 0);
    const int last = std::min(m_filterLast, int(heads.size()) - 1);
    m_rows.clear();
    if (first > last)
        return;
    if (m_filterHead == AnyHead) {
        m_rows.resize(size_t(last - first + 1));
        for (int v = first; v <= last; ++v)
            m_rows[size_t(v - first)] = v;
        return;
    }
    m_rows.reserve(size_t(last - first + 1));
    for (int v = first; v <= last; ++v) {
        if (heads[size_t(v)] == m_filterHead)
            m_rows.push_back(v);
    }
    m_rows.shrink_to_fit();
}

void VShardMapModel::onVShardsChanged(int first, int last)
{
    if (!m_filtered) {
        emit dataChanged(index(first, HeadColumn), index(last, ServerColumn));
        return;
    }
    if (m_filterHead == AnyHead) {
        const auto begin = std::lower_bound(m_rows.cbegin(), m_rows.cend(), first);
        const auto end = std::upper_bound(m_rows.cbegin(), m_rows.cend(), last);
        if (begin != end)
            emit dataChanged(index(int(begin - m_rows.cbegin()), HeadColumn),
                             index(int(end - m_rows.cbegin()) - 1, ServerColumn));
        return;
    }
    // Filtered by head: rows join or leave the view, so the row list is built again.
    setFilter(m_filterHead, m_filterFirst, m_filterLast);
}

std::vector<VShardSize> VShardMapModel::byVShard(const VShardSizes &sizes, int vshardCount)
{
    std::vector<VShardSize> perVShard(size_t(std::max(vshardCount, 0)));
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        // Rows with a VIRTUAL_SHARD outside 0..N-1 belong to no vshard of the map.
        if (it.key() >= 0 && it.key() < vshardCount)
            perVShard[size_t(it.key())] = it.value();
    }
    return perVShard;
}

void VShardMapModel::setSizes(const VShardSizes &sizes)
{
    setSizes(byVShard(sizes, m_document->edited().vshards.count()));
}

void VShardMapModel::setSizes(std::vector<VShardSize> perVShard)
{
    m_sizes = std::move(perVShard);
    m_hasSizes = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, RowsColumn), index(rowCount() - 1, SizeColumn));
}

int VShardMapModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filtered ? int(m_rows.size()) : m_document->edited().vshards.count();
}

int VShardMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VShardMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int vshard = vshardAt(index.row());
    const int head = m_document->edited().vshards.headOf(vshard);
    if (role == Qt::TextAlignmentRole && index.column() != ServerColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == RowsColumn || index.column() == SizeColumn) {
        // Blank until measured, as the server table leaves a metric it has not read yet.
        if (!m_hasSizes)
            return {};
        const VShardSize size = sizeOf(vshard);
        return index.column() == RowsColumn ? QLocale().toString(size.rows) : QLocale().toString(size.mb, 'f', 2);
    }
    switch (index.column()) {
    case VShardColumn:
        return vshard;
    case HeadColumn:
        return head == 0 ? QVariant(tr("—", "no head shard")) : QVariant(head);
    case ServerColumn:
        return head == 0 ? tr("(unmapped)") : m_headLabels.value(head, tr("(missing shard %1)").arg(head));
    }
    return {};
}

QVariant VShardMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == RowsColumn)
        return tr("Rows of every sharded table with this vshard, on all shards. Empty until Measure Sizes.");
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("Those rows times each table's average row length, in megabytes. Empty until Measure Sizes.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VShardColumn:
        return tr("VShard");
    case HeadColumn:
        return tr("Head shard");
    case ServerColumn:
        return tr("Server / database");
    case RowsColumn:
        return tr("Rows");
    case SizeColumn:
        return tr("Size (MB)");
    }
    return {};
}

} // namespace ShardDesk
