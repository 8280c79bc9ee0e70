#include "ServerTableModel.h"

#include "FillForecast.h"

#include <QLocale>
#include <QPalette>

namespace ShardDesk {

namespace {
constexpr double BytesPerGib = 1024.0 * 1024.0 * 1024.0;
} // namespace

ServerTableModel::ServerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServerTableModel::setTopology(const Topology &topology)
{
    // A new document: entered host RAM of servers that stay is kept, everything else starts over.
    beginResetModel();
    QList<Row> rows;
    QHash<QString, int> rowByServer;
    for (const Shard &shard : topology.shards) {
        const QString key = shard.serverKey();
        if (rowByServer.contains(key))
            continue;
        Row row;
        row.sample.serverKey = key;
        if (const int old = m_rowByServer.value(key, -1); old >= 0)
            row = m_rows.at(old);
        rowByServer.insert(key, int(rows.size()));
        rows.append(row);
    }
    m_rows = rows;
    m_rowByServer = rowByServer;
    endResetModel();
}

void ServerTableModel::addSample(const ProbeSample &sample)
{
    const int row = m_rowByServer.value(sample.serverKey, -1);
    if (row < 0)
        return; // a server of an older topology, still answering a poll
    // An unreachable poll cannot see the host; the RAM it had is still what the planner should use.
    const qint64 knownHostRam = m_rows.at(row).sample.hostRamBytes;
    m_rows[row].sample = sample;
    if (!sample.reachable && sample.hostRamBytes <= 0)
        m_rows[row].sample.hostRamBytes = knownHostRam;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList ServerTableModel::serverKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        keys.append(row.sample.serverKey);
    return keys;
}

QString ServerTableModel::serverKey(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sample.serverKey : QString();
}

int ServerTableModel::rowOf(const QString &serverKey) const
{
    return m_rowByServer.value(serverKey, -1);
}

const ProbeSample &ServerTableModel::latest(const QString &serverKey) const
{
    static const ProbeSample none;
    const int row = rowOf(serverKey);
    return row >= 0 ? m_rows.at(row).sample : none;
}

qint64 ServerTableModel::hostRamBytes(const QString &serverKey) const
{
    const int row = rowOf(serverKey);
    if (row < 0)
        return -1;
    const Row &r = m_rows.at(row);
    // What the user typed wins until a sample carries it back (the poller reports entered RAM too).
    return r.enteredHostRamBytes > 0 ? r.enteredHostRamBytes : r.sample.hostRamBytes;
}

QHash<QString, qint64> ServerTableModel::hostRamByServer() const
{
    QHash<QString, qint64> result;
    for (const Row &row : m_rows)
        result.insert(row.sample.serverKey, hostRamBytes(row.sample.serverKey));
    return result;
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::EditRole:
        if (index.column() == HostRamColumn) {
            const qint64 bytes = hostRamBytes(row.sample.serverKey);
            // Text, not a double: the default double editor stops at 99.99, and hosts have more.
            return QLocale().toString(bytes > 0 ? double(bytes) / BytesPerGib : 0.0, 'f', 1);
        }
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ReachableColumn && row.sample.noPassword)
            return tr("%1 Use Edit → Set Password… to set it.").arg(row.sample.error);
        if (index.column() == ReachableColumn && !row.sample.reachable && !row.sample.error.isEmpty())
            return row.sample.error;
        if (index.column() == HostRamColumn)
            return tr("Host RAM in GiB. Enter it for a server on another machine; 0 clears it.");
        return {};
    case Qt::ForegroundRole:
        if (!row.sample.reachable)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= UptimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ServerTableModel::displayText(const Row &row, int column) const
{
    const ProbeSample &s = row.sample;
    const QLocale locale;
    const QString unknown = tr("unknown");
    switch (column) {
    case ServerColumn:
        return s.serverKey;
    case ReachableColumn:
        if (s.timestampMs == 0)
            return tr("waiting");
        if (s.noPassword)
            return tr("no password");
        return s.reachable ? tr("yes") : tr("unreachable");
    case VersionColumn:
        return s.version;
    case UptimeColumn:
        return s.uptimeSec >= 0 ? FillForecast::formatDuration(s.uptimeSec) : QString();
    case QpsColumn:
        return s.queriesPerSec >= 0 ? locale.toString(s.queriesPerSec, 'f', 1) : QString();
    case ConnectionsColumn:
        return s.threadsConnected >= 0 ? locale.toString(s.threadsConnected) : QString();
    case MemoryColumn:
        return s.memoryUsedBytes >= 0 ? formatBytes(s.memoryUsedBytes) : QString();
    case BufferPoolColumn:
        if (s.bufferPoolSizeBytes < 0)
            return QString();
        return tr("%1 of %2").arg(formatBytes(qMax<qint64>(0, s.bufferPoolDataBytes)),
                                  formatBytes(s.bufferPoolSizeBytes));
    case HostRamColumn: {
        const qint64 bytes = hostRamBytes(s.serverKey);
        return bytes > 0 ? formatBytes(bytes) : unknown;
    }
    }
    return {};
}

bool ServerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != HostRamColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    double gib = QLocale().toDouble(value.toString(), &ok);
    if (!ok)
        gib = value.toDouble(&ok);
    if (!ok || gib < 0)
        return false;
    Row &row = m_rows[index.row()];
    row.enteredHostRamBytes = gib > 0 ? qint64(gib * BytesPerGib) : -1;
    if (gib == 0)
        row.sample.hostRamBytes = -1; // cleared: unknown until the poller detects it again
    emit dataChanged(index, index);
    emit hostRamEdited(row.sample.serverKey, gib > 0 ? row.enteredHostRamBytes : 0);
    return true;
}

Qt::ItemFlags ServerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == HostRamColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServerColumn:
        return tr("Server");
    case ReachableColumn:
        return tr("Reachable");
    case VersionColumn:
        return tr("Version");
    case UptimeColumn:
        return tr("Uptime");
    case QpsColumn:
        return tr("Queries/s");
    case ConnectionsColumn:
        return tr("Connections");
    case MemoryColumn:
        return tr("Memory used");
    case BufferPoolColumn:
        return tr("Buffer pool data");
    case HostRamColumn:
        return tr("Host RAM");
    }
    return {};
}

QString ServerTableModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace ShardDesk
