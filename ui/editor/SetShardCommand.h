#pragma once

#include "topology/Shard.h"

#include <QUndoCommand>

namespace ShardDesk {

class TopologyDocument;

// Changes one shard's fields (an edited cell, a new parent): keeps both values for undo.
class SetShardCommand : public QUndoCommand
{
public:
    SetShardCommand(TopologyDocument *document, const Shard &before, const Shard &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    TopologyDocument *m_document;
    Shard m_before;
    Shard m_after;
};

} // namespace ShardDesk
