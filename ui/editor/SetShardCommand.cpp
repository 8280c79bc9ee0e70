#include "SetShardCommand.h"

#include "TopologyDocument.h"

namespace ShardDesk {

SetShardCommand::SetShardCommand(TopologyDocument *document, const Shard &before, const Shard &after,
                                 const QString &text)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after)
{
}

void SetShardCommand::undo()
{
    m_document->replaceShard(m_before);
}

void SetShardCommand::redo()
{
    m_document->replaceShard(m_after);
}

} // namespace ShardDesk
