#pragma once

#include "topology/Topology.h"

#include <QObject>
#include <QUndoStack>

#include <cstdint>
#include <memory>
#include <vector>

namespace ShardDesk {

// The topology being edited (the "document"): the snapshot it was loaded from (base), the edited copy
// and the undo stack of every edit. Commands change the edited copy only through the mutators below,
// which say precisely what changed, so models can emit dataChanged instead of resetting.
class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    explicit TopologyDocument(QObject *parent = nullptr);

    // A new document: base and edited become topology, the undo history is cleared.
    void load(const Topology &topology);
    // After a successful Apply: the edited copy is what the store now holds at version.
    void markApplied(qint64 version);
    // Drops every edit.
    void revert();
    // Reload and reapply: fresh is what the store holds now, rebased the user's edits replayed on it.
    // The history is cleared (it was recorded against the old base), the document stays modified.
    void rebase(const Topology &fresh, const Topology &rebased);

    const Topology &base() const { return m_base; }
    const Topology &edited() const { return m_edited; }
    // A copy of the edited topology for readers on other threads (routing, Apply).
    std::shared_ptr<const Topology> snapshot() const;
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return m_rebased || !m_undo.isClean(); }
    bool isLoaded() const { return m_loaded; }

    // The blocking problems of the edited copy, recomputed after each edit.
    const TopologyProblems &errors() const { return m_errors; }
    // The message of the error about this shard field, or an empty string.
    QString problemAt(int shardId, TopologyProblem::Field field) const;

    // Mutators for the undo commands. They do not push anything themselves.
    void replaceShard(const Shard &shard);
    void insertShard(int index, const Shard &shard);
    void removeShard(int shardId);
    // Sets vshards first..first+heads.size()-1 to the given heads.
    void setHeads(int first, const std::vector<std::int32_t> &heads);

signals:
    void reset();
    void modifiedChanged(bool modified);
    // A shard's fields changed but not its place in the tree.
    void shardChanged(int shardId);
    // Shards were added, removed or re-chained.
    void shardsRestructured();
    void vshardsChanged(int first, int last);
    void errorsChanged();

private:
    void revalidate();

    Topology m_base;
    Topology m_edited;
    QUndoStack m_undo;
    TopologyProblems m_errors;
    bool m_loaded = false;
    bool m_rebased = false;
};

} // namespace ShardDesk
