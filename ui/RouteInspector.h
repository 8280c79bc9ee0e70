#pragma once

#include "routing/RoutingTable.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace ShardDesk {

// Type a key, see where it goes: CRC32, vshard, bucket head, the shard a write would go to now (full
// flags considered) and the shards a read visits. Pure computation on a routing snapshot: no server
// is asked.
class RouteInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RouteInspector(QWidget *parent = nullptr);

    void setTopology(std::shared_ptr<const Topology> topology);

private:
    void updateRoute();

    std::shared_ptr<const RoutingTable> m_table;
    QLineEdit *m_key;
    QLabel *m_crc;
    QLabel *m_vshard;
    QLabel *m_head;
    QLabel *m_write;
    QLabel *m_reads;
};

} // namespace ShardDesk
