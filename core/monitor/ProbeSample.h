#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

namespace ShardDesk {

// One poll of one server: memory, buffer pool, activity and the size of every shard database on it.
// Quantities a server did not report are -1 ("unknown"), never guessed.
struct ProbeSample
{
    QString serverKey;     // "host:port", as Shard::serverKey()
    qint64 timestampMs = 0; // QDateTime::currentMSecsSinceEpoch() when the poll finished
    bool reachable = false;
    QString error;          // why it was not reachable (the server's or the client library's words)
    // The credential store holds no password for the login: the server was not asked, and is not known to
    // be down (reachable is false, error says which login).
    bool noPassword = false;
    int latencyMs = -1;     // how long the poll took

    QString version;        // e.g. "10.11.6-MariaDB-0+deb12u1"
    qint64 uptimeSec = -1;
    qint64 memoryUsedBytes = -1;     // MariaDB Memory_used; MySQL 8 performance_schema memory total
    qint64 bufferPoolSizeBytes = -1; // innodb_buffer_pool_size
    qint64 bufferPoolDataBytes = -1; // Innodb_buffer_pool_bytes_data
    qint64 hostRamBytes = -1;        // entered by the user, or detected for a server on this machine
    int threadsConnected = -1;
    double queriesPerSec = -1;       // delta of Questions over the previous sample
    double insertsPerSec = -1;       // delta of Com_insert (+ Com_insert_select) over the previous sample

    // Raw counters the rates are computed from.
    qint64 questions = -1;
    qint64 inserts = -1;

    // Data + index size of each shard database on this server, in MB (information_schema.TABLES).
    QHash<QString, double> databaseSizeMb;
};

} // namespace ShardDesk

Q_DECLARE_METATYPE(ShardDesk::ProbeSample)
