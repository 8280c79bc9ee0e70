#include "ShardTreeModel.h"

#include "db/ServerAddress.h"
#include "editor/SetShardCommand.h"
#include "editor/ShardMime.h"
#include "editor/ShardRechain.h"
#include "editor/TopologyDocument.h"
#include "preferences/Appearance.h"
#include "rebalance/VShardMime.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QStyle>

namespace ShardDesk {

namespace {

// A cell whose value is invalid: light red on a light palette, dark red on a dark one.
QColor problemFill()
{
    return Appearance::isDark(QApplication::palette()) ? QColor(0x7a, 0x26, 0x26) : QColor(0xf4, 0xb6, 0xb6);
}

} // namespace

namespace {
// internalId of a top-level row; a child row stores its bucket's row + 1.
constexpr quintptr TopLevel = 0;
} // namespace

ShardTreeModel::ShardTreeModel(TopologyDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(document, &TopologyDocument::reset, this, &ShardTreeModel::rebuild);
    connect(document, &TopologyDocument::shardsRestructured, this, &ShardTreeModel::rebuild);
    connect(document, &TopologyDocument::shardChanged, this, &ShardTreeModel::onShardChanged);
    connect(document, &TopologyDocument::errorsChanged, this, &ShardTreeModel::onErrorsChanged);
}

// A handful of shards: rebuilding the bucket lists is cheaper to get right than moving rows between
// parents, and a field edit (the common case) does not come here.
void ShardTreeModel::rebuild()
{
    beginResetModel();
    m_buckets.clear();
    m_rechained.clear();
    const Topology &t = m_document->edited();
    QSet<int> shown;
    for (int head : t.headIds()) {
        const QList<int> bucket = t.bucket(head);
        m_buckets.append(bucket);
        for (int id : bucket)
            shown.insert(id);
    }
    for (const Shard &s : t.shards) {
        if (!shown.contains(s.id))
            m_buckets.append(QList<int>{s.id});
    }
    endResetModel();
}

void ShardTreeModel::onShardChanged(int shardId)
{
    m_rechained.clear();
    const QModelIndex first = indexOf(shardId, 0);
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

void ShardTreeModel::onErrorsChanged()
{
    for (const QList<int> &bucket : std::as_const(m_buckets)) {
        for (int id : bucket)
            onShardChanged(id);
    }
}

void ShardTreeModel::setReachability(int shardId, Reachability state, const QString &text)
{
    m_reachability.insert(shardId, {state, text});
    const QModelIndex cell = indexOf(shardId, ReachableColumn);
    if (cell.isValid())
        emit dataChanged(cell, cell);
}

QVariant ShardTreeModel::reachableData(int shardId, int role) const
{
    const auto found = m_reachability.constFind(shardId);
    if (found == m_reachability.cend())
        return {};
    const Reachability state = found->first;
    if (role == Qt::ToolTipRole)
        return found->second;
    if (role == Qt::DecorationRole && state != Reachability::Testing)
        return QApplication::style()->standardIcon(state == Reachability::Reachable ? QStyle::SP_DialogApplyButton
                                                                                     : QStyle::SP_MessageBoxCritical);
    if (role != Qt::DisplayRole)
        return {};
    switch (state) {
    case Reachability::Testing:
        return tr("testing…");
    case Reachability::Reachable:
        return tr("reachable");
    case Reachability::Unreachable:
        return tr("unreachable: %1").arg(found->second);
    case Reachability::Unknown:
        break;
    }
    return {};
}

int ShardTreeModel::shardId(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const qsizetype bucket = index.internalId() == TopLevel ? index.row() : qsizetype(index.internalId() - 1);
    const qsizetype position = index.internalId() == TopLevel ? 0 : index.row() + 1;
    return m_buckets.value(bucket).value(position);
}

QModelIndex ShardTreeModel::indexOf(int shardId, int column) const
{
    for (int b = 0; b < m_buckets.size(); ++b) {
        const qsizetype position = m_buckets.at(b).indexOf(shardId);
        if (position == 0)
            return index(b, column);
        if (position > 0)
            return createIndex(int(position - 1), column, quintptr(b + 1));
    }
    return {};
}

QModelIndex ShardTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : TopLevel);
}

QModelIndex ShardTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int ShardTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_buckets.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_buckets.value(parent.row()).size()) - 1;
}

int ShardTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

TopologyProblem::Field ShardTreeModel::fieldOf(int column)
{
    switch (column) {
    case IdColumn:
        return TopologyProblem::Field::Id;
    case HostColumn:
        return TopologyProblem::Field::Host;
    case PortColumn:
        return TopologyProblem::Field::Port;
    case DatabaseColumn:
        return TopologyProblem::Field::Database;
    case UserColumn:
        return TopologyProblem::Field::User;
    case ParentColumn:
        return TopologyProblem::Field::Parent;
    case CapacityColumn:
    case CurrentColumn:
        return TopologyProblem::Field::Capacity;
    }
    return TopologyProblem::Field::None;
}

QVariant ShardTreeModel::data(const QModelIndex &index, int role) const
{
    const Shard *s = m_document->edited().shard(shardId(index));
    if (!s)
        return {};
    const int column = index.column();
    if (column == ReachableColumn)
        return reachableData(s->id, role);
    const QString problem = m_document->problemAt(s->id, fieldOf(column));
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*s, column);
    case Qt::EditRole:
        // Text for every column: the delegate then edits with a line edit, whose range is not limited the
        // way a spin box's is, and validation (not the editor) says what is wrong.
        if (column == CapacityColumn)
            return QString::number(s->capacityMb, 'g', 12);
        return column == ParentColumn ? QString::number(s->parentId) : displayValue(*s, column).toString();
    case Qt::BackgroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(problemFill()));
    case Qt::ForegroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(Appearance::textOn(problemFill(), QApplication::palette())));
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (column == IdColumn)
            return s->isHead() ? tr("Bucket head on %1").arg(s->serverKey())
                               : tr("Overflow shard of shard %1: takes new rows once it is full").arg(s->parentId);
        return {};
    case Qt::TextAlignmentRole:
        if (column == HostColumn || column == DatabaseColumn || column == UserColumn)
            return {};
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ShardTreeModel::displayValue(const Shard &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return s.id;
    case HostColumn:
        return s.host;
    case PortColumn:
        return s.port;
    case DatabaseColumn:
        return s.database;
    case UserColumn:
        return s.user;
    case ParentColumn:
        return s.parentId == 0 ? tr("—", "no parent: a bucket head") : QString::number(s.parentId);
    case CapacityColumn:
        return locale.toString(s.capacityMb, 'f', 0);
    case CurrentColumn:
        return locale.toString(s.currentMb, 'f', 1);
    case PercentColumn:
        return tr("%1 %").arg(locale.toString(s.percentFull(), 'f', 1));
    case FullColumn:
        return s.full ? tr("full") : QString();
    }
    return {};
}

bool ShardTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Shard *current = m_document->edited().shard(shardId(index));
    if (!current || role != Qt::EditRole)
        return false;
    Shard edited = *current;
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case HostColumn:
        // 127.1 and localhost are 127.0.0.1: one server to the bucket checks, as the CLI would store it.
        edited.host = ServerAddress::storedHost(text);
        break;
    case PortColumn:
        edited.port = text.toInt(&ok);
        break;
    case DatabaseColumn:
        edited.database = text;
        break;
    case UserColumn:
        edited.user = text;
        break;
    case ParentColumn:
        edited.parentId = text.isEmpty() || text == tr("—", "no parent: a bucket head") ? 0 : text.toInt(&ok);
        break;
    case CapacityColumn:
        edited.capacityMb = QLocale().toDouble(text, &ok);
        if (!ok)
            edited.capacityMb = text.toDouble(&ok);
        break;
    default:
        return false;
    }
    // Text that is not a number at all cannot be kept; a number out of range is kept and shown red.
    if (!ok)
        return false;
    if (edited != *current)
        pushEdit(*current, edited, index.column());
    return true;
}

// The one way an edit of a shard (a typed cell, a dropped shard) reaches the document: one undoable command.
void ShardTreeModel::pushEdit(const Shard &before, const Shard &after, int column)
{
    const QString what = headerData(column, Qt::Horizontal).toString();
    m_document->undoStack()->push(
        new SetShardCommand(m_document, before, after, tr("Change %1 of shard %2").arg(what).arg(before.id)));
}

Qt::ItemFlags ShardTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    switch (index.column()) {
    case HostColumn:
    case PortColumn:
    case DatabaseColumn:
    case UserColumn:
    case ParentColumn:
    case CapacityColumn:
        f |= Qt::ItemIsEditable;
        break;
    }
    // Every row can be dragged (to re-chain its shard) and dropped on; the empty area takes a shard as a head.
    return index.isValid() ? f | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled : f | Qt::ItemIsDropEnabled;
}

QStringList ShardTreeModel::mimeTypes() const
{
    return {VShardMime::mimeType(), ShardMime::mimeType()};
}

// One shard at a time: several dropped on one shard could not all be its overflow shard.
QMimeData *ShardTreeModel::mimeData(const QModelIndexList &indexes) const
{
    int dragged = 0;
    for (const QModelIndex &index : indexes) {
        const int id = shardId(index);
        if (id == 0 || (dragged != 0 && id != dragged))
            return nullptr;
        dragged = id;
    }
    return dragged == 0 ? nullptr : ShardMime::encode(dragged, ShardMime::originOf(this)).release();
}

// A re-chained shard leaves its old place, but no row is removed by the drag: the document rebuilds the tree.
Qt::DropActions ShardTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ShardTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

// Dropped on an item, the view gives row -1 and the item as parent; between items, the row under parent.
int ShardTreeModel::dropHead(int row, const QModelIndex &parent) const
{
    const QModelIndex target = row >= 0 ? index(row, 0, parent) : parent;
    const int shard = shardId(target);
    return shard > 0 ? m_document->edited().headOf(shard) : 0;
}

// Dropped on an item, that shard; between the rows of a bucket, the shard shown just above (so only below
// the last one is a place a chain can grow); at the top level 0, a head.
int ShardTreeModel::dropParent(int row, const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 0;
    if (row < 0)
        return shardId(parent);
    const QList<int> bucket = m_buckets.value(parent.internalId() == TopLevel ? parent.row() : -1);
    return bucket.value(row, -1);
}

// ShardRechain's answer for the dragged shard with its new parent: the re-chained shard, or why not. Null
// when data is no shard of this tree or the place is none. Points into the cache: use it before the next edit.
const Result<Shard> *ShardTreeModel::rechainedByDrop(const QMimeData *data, int row, const QModelIndex &parent) const
{
    const int dragged = ShardMime::decode(data, ShardMime::originOf(this));
    const int newParent = dropParent(row, parent);
    if (dragged == 0 || newParent < 0)
        return nullptr;
    const std::pair<int, int> key {dragged, newParent};
    auto known = m_rechained.constFind(key);
    if (known == m_rechained.cend())
        known = m_rechained.insert(
            key, ShardRechain::rechained(m_document->edited(), m_document->errors(), dragged, newParent));
    return &*known;
}

bool ShardTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                     const QModelIndex &parent) const
{
    if (ShardMime::carriesShard(data)) {
        // A shard of another document: no place here takes it, so the reason holds wherever it hovers.
        if (ShardMime::isFromAnotherOrigin(data, ShardMime::originOf(this))) {
            emit dropRefused(tr("A shard can only be re-chained within the window it was dragged from."));
            return false;
        }
        const Result<Shard> *rechained = rechainedByDrop(data, row, parent);
        if (!rechained)
            return false;
        // Read before the signals: a slot asking again could rehash the cache that holds *rechained.
        const bool accepted = rechained->ok();
        if (accepted)
            emit dropAccepted();
        else
            emit dropRefused(rechained->error().message);
        return accepted;
    }
    return VShardMime::carriesVShards(data) && dropHead(row, parent) > 0;
}

bool ShardTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (ShardMime::carriesShard(data)) {
        const Result<Shard> *rechained = rechainedByDrop(data, row, parent);
        if (!rechained || !rechained->ok())
            return false;
        const Shard after = rechained->value(); // the edit clears the cache it points into
        pushEdit(*m_document->edited().shard(after.id), after, ParentColumn);
        return true;
    }
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<int> vshards = VShardMime::decode(data, m_document->edited().vshards.count());
    if (vshards.isEmpty())
        return false;
    emit vshardsDropped(vshards, dropHead(row, parent));
    // Nothing changes here: the move dialog shows the plan first; the drag source removes nothing either.
    return true;
}

QVariant ShardTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Shard");
    case HostColumn:
        return tr("Host");
    case PortColumn:
        return tr("Port");
    case DatabaseColumn:
        return tr("Database");
    case UserColumn:
        return tr("User");
    case ParentColumn:
        return tr("Parent", "column header: the shard this one overflows from");
    case CapacityColumn:
        return tr("Capacity MB");
    case CurrentColumn:
        return tr("Current MB");
    case PercentColumn:
        return tr("% full");
    case FullColumn:
        return tr("Full", "column header: shard is full");
    case ReachableColumn:
        return tr("Reachable", "column header: result of Test connection");
    }
    return {};
}

} // namespace ShardDesk
