#pragma once

#include "Result.h"
#include "topology/Topology.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace ShardDesk {

class TopologyDocument;

// The shards of the edited topology as buckets: each bucket head at the top level, its overflow shards
// below it in chain order (shards whose chain is broken also at the top level, so they can be fixed).
// Editable in place: each edit is an undoable command on the document; a cell whose value the topology
// rejects is painted red with the reason as its tooltip.
class ShardTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, HostColumn, PortColumn, DatabaseColumn, UserColumn, ParentColumn, CapacityColumn,
                  CurrentColumn, PercentColumn, FullColumn, ReachableColumn, ColumnCount };
    enum class Reachability { Unknown, Testing, Reachable, Unreachable };

    explicit ShardTreeModel(TopologyDocument *document, QObject *parent = nullptr);

    // The shard shown at index, or 0.
    int shardId(const QModelIndex &index) const;
    // The outcome of "Test connection" for a shard; text is the server's answer or error.
    void setReachability(int shardId, Reachability state, const QString &text);
    // Where shardId is shown, in column.
    QModelIndex indexOf(int shardId, int column = IdColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Two kinds of drop, kept apart by MIME type. VShards from the vshard map on a shard (any of its
    // bucket) ask to move them there. A shard dragged from this tree re-chains it: dropped on a shard (or
    // below the last shard of a bucket) it becomes that shard's overflow shard, at the top level a head;
    // the same undoable edit as typing its Parent, refused when the topology would not accept it. The view
    // asks canDropMimeData on every move of a drag; for a shard of this tree each answer is also signalled,
    // with the reason of a refusal, so the window can say why the cursor shows that a drop is not possible;
    // a shard dragged in from another window is refused with its reason too.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void vshardsDropped(const QList<int> &vshards, int headId);
    // A shard dragged over the tree would not be taken where it is: reason is the first problem the drop
    // would add, in the words of topology validation (or that the shard has that parent already, or comes from
    // another window).
    void dropRefused(const QString &reason) const;
    // A shard dragged over the tree would be taken where it is.
    void dropAccepted() const;

private:
    int dropHead(int row, const QModelIndex &parent) const;
    int dropParent(int row, const QModelIndex &parent) const;
    const Result<Shard> *rechainedByDrop(const QMimeData *data, int row, const QModelIndex &parent) const;
    void pushEdit(const Shard &before, const Shard &after, int column);

    void rebuild();
    void onShardChanged(int shardId);
    void onErrorsChanged();
    QVariant displayValue(const Shard &s, int column) const;
    static TopologyProblem::Field fieldOf(int column);

    TopologyDocument *m_document;
    QVariant reachableData(int shardId, int role) const;

    QList<QList<int>> m_buckets; // shard ids; [bucket][0] is the head
    // A drag asks canDropMimeData on every mouse move, and each answer validates a copy of the topology (a
    // few ms with a million vshards): answers (the re-chained shard, or why not) by (shard, new parent), until
    // the document changes.
    mutable QHash<std::pair<int, int>, Result<Shard>> m_rechained;
    QHash<int, std::pair<Reachability, QString>> m_reachability;
};

} // namespace ShardDesk
