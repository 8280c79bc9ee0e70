#pragma once

#include <QUndoCommand>

#include <cstdint>
#include <vector>

namespace ShardDesk {

class TopologyDocument;

// Maps a block of consecutive vshards to new heads ("Assign selection to shard…", "Spread evenly").
// Keeps the block's previous heads for undo: 4 bytes per vshard, 2 MB for half a million.
class AssignVShardsCommand : public QUndoCommand
{
public:
    AssignVShardsCommand(TopologyDocument *document, int first, std::vector<std::int32_t> heads,
                         const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    TopologyDocument *m_document;
    int m_first;
    std::vector<std::int32_t> m_before;
    std::vector<std::int32_t> m_after;
};

} // namespace ShardDesk
