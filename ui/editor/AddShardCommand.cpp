#include "AddShardCommand.h"

#include "TopologyDocument.h"

namespace ShardDesk {

AddShardCommand::AddShardCommand(TopologyDocument *document, const Shard &shard, const QString &text)
    : QUndoCommand(text), m_document(document), m_shard(shard)
{
}

void AddShardCommand::undo()
{
    m_document->removeShard(m_shard.id);
}

void AddShardCommand::redo()
{
    m_document->insertShard(int(m_document->edited().shards.size()), m_shard);
}

} // namespace ShardDesk
