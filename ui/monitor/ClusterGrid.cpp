#include "ClusterGrid.h"

#include "ShardTile.h"
#include "rebalance/VShardMime.h"

#include <QDropEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ShardDesk {

ClusterGrid::ClusterGrid(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    setAccessibleName(tr("Cluster grid"));
    m_layout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setAcceptDrops(true);
}

void ClusterGrid::setTopology(std::shared_ptr<const Topology> topology)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        std::unique_ptr<QWidget> widget(item->widget()); // the tiles and labels go with the old topology
        delete item;
    }
    m_tiles.clear();
    m_shardsByServer.clear();
    m_topology = std::move(topology);
    if (!m_topology)
        return;
    const QList<int> heads = m_topology->headIds();
    for (qsizetype row = 0; row < heads.size(); ++row) {
        auto *label = new QLabel(tr("Bucket %1").arg(heads.at(row)), this);
        m_layout->addWidget(label, int(row), 0);
        const QList<int> chain = m_topology->bucket(heads.at(row));
        for (qsizetype column = 0; column < chain.size(); ++column) {
            const Shard *shard = m_topology->shard(chain.at(column));
            auto *tile = new ShardTile(shard->id, this);
            connect(tile, &ShardTile::clicked, this, [this, id = shard->id] { emit shardActivated(id); });
            m_layout->addWidget(tile, int(row), int(column) + 1);
            m_tiles.insert(shard->id, tile);
            m_shardsByServer[shard->serverKey()].append(shard->id);
            ProbeSample none;
            none.serverKey = shard->serverKey();
            updateTile(*shard, none);
        }
    }
}

void ClusterGrid::addSample(const ProbeSample &sample)
{
    if (!m_topology)
        return;
    for (int id : m_shardsByServer.value(sample.serverKey)) {
        if (const Shard *shard = m_topology->shard(id))
            updateTile(*shard, sample);
    }
}

void ClusterGrid::updateTile(const Shard &shard, const ProbeSample &sample)
{
    ShardTile *tile = m_tiles.value(shard.id);
    if (!tile)
        return;
    const double currentMb = sample.databaseSizeMb.value(shard.database, shard.currentMb);
    const double percent = shard.capacityMb > 0 ? 100.0 * currentMb / shard.capacityMb : 0.0;
    const QLocale locale;
    QString details = tr("Shard %1: %2 on %3\n%4 of %5 MB (%6 %)")
                          .arg(shard.id)
                          .arg(shard.database, shard.serverKey(), locale.toString(currentMb, 'f', 1),
                               locale.toString(shard.capacityMb, 'f', 0), locale.toString(percent, 'f', 1));
    // Before the first poll a tile shows the stored size, in colour: the server is not known to be down.
    ShardTile::Server server = ShardTile::Server::Answers;
    if (sample.timestampMs > 0 && sample.noPassword) {
        server = ShardTile::Server::NoPassword;
        details = tr("Shard %1: %2 on %3\nNot asked: %4 Use Edit → Set Password… to set it.")
                      .arg(shard.id)
                      .arg(shard.database, shard.serverKey(), sample.error);
    } else if (sample.timestampMs > 0 && !sample.reachable) {
        server = ShardTile::Server::Unreachable;
        details = tr("Shard %1: %2 on %3\nThe server does not answer: %4")
                      .arg(shard.id)
                      .arg(shard.database, shard.serverKey(), sample.error);
    }
    tile->setState(percent, server, details);
}

int ClusterGrid::headAt(const QPoint &pos) const
{
    for (QWidget *child = childAt(pos); child; child = child->parentWidget()) {
        if (auto *tile = qobject_cast<ShardTile *>(child))
            return m_topology ? m_topology->headOf(tile->shardId()) : 0;
        if (child == this)
            break;
    }
    return 0;
}

void ClusterGrid::dragEnterEvent(QDragEnterEvent *event)
{
    if (VShardMime::carriesVShards(event->mimeData()))
        event->acceptProposedAction();
}

void ClusterGrid::dragMoveEvent(QDragMoveEvent *event)
{
    if (VShardMime::carriesVShards(event->mimeData()) && headAt(event->position().toPoint()) > 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void ClusterGrid::dropEvent(QDropEvent *event)
{
    const int head = headAt(event->position().toPoint());
    const QList<int> vshards
        = m_topology ? VShardMime::decode(event->mimeData(), m_topology->vshards.count()) : QList<int>();
    if (head <= 0 || vshards.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit vshardsDropped(vshards, head);
}

} // namespace ShardDesk
