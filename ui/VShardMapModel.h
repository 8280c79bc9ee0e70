#pragma once

#include "rebalance/MovePlan.h"
#include "topology/Topology.h"

#include <QAbstractTableModel>
#include <QHash>

#include <cstdint>
#include <vector>

namespace ShardDesk {

class TopologyDocument;

// The vshard map of the edited topology as a table, one row per vshard: id, head shard, where it lives,
// and once measured (VShardSizer) its rows and megabytes. data() is O(1): the head's label comes from a
// hash built once per shard change, the sizes from a vector indexed by vshard. A filter (by head and by
// id range) maps rows through a vector of vshard ids built in one pass, so a million rows stay fluid
// without a QSortFilterProxyModel. Unfiltered, an assignment repaints with dataChanged only; so do sizes.
class VShardMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VShardColumn, HeadColumn, ServerColumn, RowsColumn, SizeColumn, ColumnCount };
    static constexpr int AnyHead = -1;

    explicit VShardMapModel(TopologyDocument *document, QObject *parent = nullptr);

    // headId AnyHead: every head (0: the unmapped vshards); first..last: the vshard ids to show.
    void setFilter(int headId, int first, int last);
    void clearFilter();
    bool isFiltered() const { return m_filtered; }
    int vshardAt(int row) const { return m_filtered ? m_rows[size_t(row)] : row; }

    // The measured sizes, one per vshard id (shorter: the rest are empty). Repaints the two size columns
    // with one dataChanged; a new document clears them.
    void setSizes(std::vector<VShardSize> perVShard);
    void setSizes(const VShardSizes &sizes);
    static std::vector<VShardSize> byVShard(const VShardSizes &sizes, int vshardCount);
    bool hasSizes() const { return m_hasSizes; }
    // Empty when not measured (or not on the servers).
    VShardSize sizeOf(int vshard) const
    {
        return size_t(vshard) < m_sizes.size() ? m_sizes[size_t(vshard)] : VShardSize {};
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onReset();
    void onVShardsChanged(int first, int last);
    void onShardsChanged();
    void rebuildLabels();
    void rebuildRows();

    TopologyDocument *m_document;
    QHash<int, QString> m_headLabels;
    bool m_filtered = false;
    int m_filterHead = AnyHead;
    int m_filterFirst = 0;
    int m_filterLast = -1;
    std::vector<std::int32_t> m_rows; // vshard ids shown, when filtered
    std::vector<VShardSize> m_sizes; // by vshard id
    bool m_hasSizes = false;
};

} // namespace ShardDesk
