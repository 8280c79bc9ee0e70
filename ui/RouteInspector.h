#pragma once

#include "routing/RoutingTable.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace ShardDesk {

class RowLookupPanel;

// Type a key, see where it goes: CRC32, vshard, bucket head, the shard a write would go to now (full
// flags considered) and the shards a read visits. Paste many keys (one per line) to see them all in a
// table. Routing is pure computation on a snapshot of the edited topology; only "Look up row" asks the
// servers (RowLookupPanel, on a worker thread).
class RouteInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RouteInspector(QWidget *parent = nullptr);

    // Keys routed at once from the pasted list; more lines are left out (and the user told so).
    static constexpr int MaxKeys = 10000;

    void setTopology(std::shared_ptr<const Topology> topology);
    RowLookupPanel *rowLookup() const { return m_lookup; }

private:
    void updateRoute();
    void updateTable();
    QString shardLabel(int shardId) const;

    std::shared_ptr<const RoutingTable> m_table;
    QLineEdit *m_key;
    QLabel *m_crc;
    QLabel *m_vshard;
    QLabel *m_head;
    QLabel *m_write;
    QLabel *m_reads;
    QPlainTextEdit *m_keys;
    QStandardItemModel *m_tableModel;
    QTableView *m_tableView;
    QLabel *m_tableNote;
    RowLookupPanel *m_lookup;
};

} // namespace ShardDesk
