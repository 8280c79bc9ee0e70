#include "TopologyDocument.h"

#include <algorithm>

namespace ShardDesk {

TopologyDocument::TopologyDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

void TopologyDocument::load(const Topology &topology)
{
    m_base = topology;
    m_edited = topology;
    m_loaded = true;
    m_rebased = false;
    m_undo.clear();
    m_undo.setClean();
    m_errors = m_edited.errors();
    emit reset();
    emit errorsChanged();
    emit modifiedChanged(false);
}

void TopologyDocument::markApplied(qint64 version)
{
    m_edited.version = version;
    m_base = m_edited;
    m_rebased = false;
    // The history stays, so an applied edit can still be undone and applied again.
    m_undo.setClean();
    emit modifiedChanged(false);
}

void TopologyDocument::revert()
{
    load(m_base);
}

void TopologyDocument::rebase(const Topology &fresh, const Topology &rebased)
{
    load(fresh);
    m_edited = rebased;
    m_rebased = true;
    m_errors = m_edited.errors();
    emit reset();
    emit errorsChanged();
    emit modifiedChanged(true);
}

std::shared_ptr<const Topology> TopologyDocument::snapshot() const
{
    return std::make_shared<const Topology>(m_edited);
}

QString TopologyDocument::problemAt(int shardId, TopologyProblem::Field field) const
{
    for (const TopologyProblem &p : m_errors) {
        if (p.subject == TopologyProblem::Subject::Shard && p.id == shardId && p.field == field)
            return p.message;
    }
    return {};
}

void TopologyDocument::replaceShard(const Shard &shard)
{
    Shard *current = m_edited.shard(shard.id);
    if (!current)
        return;
    const bool rechained = current->parentId != shard.parentId;
    *current = shard;
    if (rechained)
        emit shardsRestructured();
    else
        emit shardChanged(shard.id);
    revalidate();
}

void TopologyDocument::insertShard(int index, const Shard &shard)
{
    m_edited.shards.insert(std::clamp(index, 0, int(m_edited.shards.size())), shard);
    emit shardsRestructured();
    revalidate();
}

void TopologyDocument::removeShard(int shardId)
{
    const int index = m_edited.indexOfShard(shardId);
    if (index < 0)
        return;
    m_edited.shards.removeAt(index);
    emit shardsRestructured();
    revalidate();
}

void TopologyDocument::setHeads(int first, const std::vector<std::int32_t> &heads)
{
    const int last = std::min(first + int(heads.size()), m_edited.vshards.count()) - 1;
    for (int v = first; v <= last; ++v)
        m_edited.vshards.assign(v, heads[size_t(v - first)]);
    emit vshardsChanged(first, last);
    revalidate();
}

void TopologyDocument::revalidate()
{
    TopologyProblems errors = m_edited.errors();
    // The common edit changes nothing here, and views need not repaint for it.
    const bool same = errors == m_errors;
    m_errors = std::move(errors);
    if (!same)
        emit errorsChanged();
}

} // namespace ShardDesk
