#pragma once

#include "topology/Topology.h"

#include <QAbstractTableModel>
#include <QHash>

#include <cstdint>
#include <vector>

namespace ShardDesk {

class TopologyDocument;

// The vshard map of the edited topology as a table, one row per vshard: id, head shard, where it lives.
// data() is O(1): the head's label comes from a hash built once per shard change. A filter (by head
// and by id range) maps rows through a vector of vshard ids built in one pass, so a million rows stay
// fluid without a QSortFilterProxyModel. Unfiltered, an assignment repaints with dataChanged only.
class VShardMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VShardColumn, HeadColumn, ServerColumn, ColumnCount };
    static constexpr int AnyHead = -1;

    explicit VShardMapModel(TopologyDocument *document, QObject *parent = nullptr);

    // headId AnyHead: every head (0: the unmapped vshards); first..last: the vshard ids to show.
    void setFilter(int headId, int first, int last);
    void clearFilter();
    bool isFiltered() const { return m_filtered; }
    int vshardAt(int row) const { return m_filtered ? m_rows[size_t(row)] : row; }

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
};

} // namespace ShardDesk
