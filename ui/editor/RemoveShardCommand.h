#pragma once

#include "topology/Shard.h"

#include <QUndoCommand>

namespace ShardDesk {

class TopologyDocument;

// Removes a shard; undo puts it back at the same place in the list. The caller checks first that no
// vshard and no overflow shard points at it (see refusalReason()).
class RemoveShardCommand : public QUndoCommand
{
public:
    RemoveShardCommand(TopologyDocument *document, int shardId, const QString &text);

    // Why the shard may not be removed now, or an empty string when it may.
    static QString refusalReason(const TopologyDocument &document, int shardId);

    void undo() override;
    void redo() override;

private:
    TopologyDocument *m_document;
    Shard m_shard;
    int m_index = 0;
};

} // namespace ShardDesk
