#include "RemoveShardCommand.h"

#include "TopologyDocument.h"

#include <QCoreApplication>

namespace ShardDesk {

RemoveShardCommand::RemoveShardCommand(TopologyDocument *document, int shardId, const QString &text)
    : QUndoCommand(text), m_document(document)
{
    m_index = document->edited().indexOfShard(shardId);
    if (m_index >= 0)
        m_shard = document->edited().shards.at(m_index);
}

QString RemoveShardCommand::refusalReason(const TopologyDocument &document, int shardId)
{
    const Topology &t = document.edited();
    const int vshards = t.vshards.countPerHead().value(shardId);
    if (vshards > 0)
        return QCoreApplication::translate("ShardDesk::RemoveShardCommand",
                                           "Shard %1 cannot be removed: %n vshard(s) are mapped to it. Assign "
                                           "them to another bucket first.",
                                           nullptr, vshards)
            .arg(shardId);
    for (const Shard &s : t.shards) {
        if (s.parentId == shardId)
            return QCoreApplication::translate("ShardDesk::RemoveShardCommand",
                                               "Shard %1 cannot be removed: shard %2 is its overflow shard. Remove "
                                               "or re-chain shard %2 first.")
                .arg(shardId)
                .arg(s.id);
    }
    return {};
}

void RemoveShardCommand::undo()
{
    if (m_index >= 0)
        m_document->insertShard(m_index, m_shard);
}

void RemoveShardCommand::redo()
{
    if (m_index >= 0)
        m_document->removeShard(m_shard.id);
}

} // namespace ShardDesk
