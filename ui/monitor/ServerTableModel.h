#pragma once

#include "monitor/ProbeSample.h"
#include "topology/Topology.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ShardDesk {

// One row per server of the topology with its newest sample: reachable, version, uptime, QPS,
// connections, memory. Host RAM is editable (in GiB) because only the user knows it for a remote host;
// an edit is announced with hostRamEdited so the poller can use it.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServerColumn, ReachableColumn, VersionColumn, UptimeColumn, QpsColumn, ConnectionsColumn,
                  MemoryColumn, BufferPoolColumn, HostRamColumn, ColumnCount };

    explicit ServerTableModel(QObject *parent = nullptr);

    void setTopology(const Topology &topology);
    void addSample(const ProbeSample &sample);

    QStringList serverKeys() const;
    QString serverKey(int row) const;
    int rowOf(const QString &serverKey) const;
    // The newest sample of a server; a default one (unreachable, nothing known) before the first.
    const ProbeSample &latest(const QString &serverKey) const;
    // Host RAM of a server as last reported or entered; -1 when unknown.
    qint64 hostRamBytes(const QString &serverKey) const;
    QHash<QString, qint64> hostRamByServer() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatBytes(qint64 bytes);

signals:
    void hostRamEdited(const QString &serverKey, qint64 bytes);

private:
    struct Row
    {
        ProbeSample sample;
        qint64 enteredHostRamBytes = -1;
    };

    QVariant displayText(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowByServer;
};

} // namespace ShardDesk
