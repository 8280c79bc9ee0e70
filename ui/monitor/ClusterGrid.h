#pragma once

#include "monitor/ProbeSample.h"
#include "topology/Topology.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QGridLayout;

namespace ShardDesk {

class ShardTile;

// The cluster at a glance: one row per bucket, its shards in chain order as tiles coloured by % of
// capacity, greyed while their server is unreachable. Tiles are made when the topology changes and
// only recoloured per sample.
class ClusterGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterGrid(QWidget *parent = nullptr);

    void setTopology(std::shared_ptr<const Topology> topology);
    // Recolours the tiles of the sample's server.
    void addSample(const ProbeSample &sample);
    ShardTile *tile(int shardId) const { return m_tiles.value(shardId); }

signals:
    void shardActivated(int shardId);
    // VShards dragged from the vshard map were dropped on a tile: move them to that shard's bucket.
    void vshardsDropped(const QList<int> &vshards, int headId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateTile(const Shard &shard, const ProbeSample &sample);
    // The bucket head of the tile at pos, or 0.
    int headAt(const QPoint &pos) const;

    QGridLayout *m_layout;
    std::shared_ptr<const Topology> m_topology;
    QHash<int, ShardTile *> m_tiles;
    QHash<QString, QList<int>> m_shardsByServer;
};

} // namespace ShardDesk
