#pragma once

#include "topology/Shard.h"

#include <QUndoCommand>

namespace ShardDesk {

class TopologyDocument;

// Adds a shard (a new one or a duplicate of another) at the end of the shard list.
class AddShardCommand : public QUndoCommand
{
public:
    AddShardCommand(TopologyDocument *document, const Shard &shard, const QString &text);

    void undo() override;
    void redo() override;

private:
    TopologyDocument *m_document;
    Shard m_shard;
};

} // namespace ShardDesk
