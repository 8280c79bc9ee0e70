#include "AssignVShardsCommand.h"

#include "TopologyDocument.h"

#include <algorithm>

namespace ShardDesk {

AssignVShardsCommand::AssignVShardsCommand(TopologyDocument *document, int first, std::vector<std::int32_t> heads,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_first(first), m_after(std::move(heads))
{
    const std::vector<std::int32_t> &all = document->edited().vshards.heads();
    const size_t begin = std::min(size_t(first), all.size());
    const size_t end = std::min(begin + m_after.size(), all.size());
    m_after.resize(end - begin);
    m_before.assign(all.begin() + qsizetype(begin), all.begin() + qsizetype(end));
}

void AssignVShardsCommand::undo()
{
    m_document->setHeads(m_first, m_before);
}

void AssignVShardsCommand::redo()
{
    m_document->setHeads(m_first, m_after);
}

} // namespace ShardDesk
