#pragma once
// Synthetic probe samples the monitor view tests feed instead of a Poller and servers.

#include "monitor/ProbeSample.h"

namespace ShardDesk::Testing {

constexpr qint64 Mib = 1024 * 1024;
constexpr qint64 Gib = 1024 * Mib;

// A reachable sample of serverKey at timestampMs: memory and buffer pool in MiB, shard sizes in MB.
inline ProbeSample makeSample(const QString &serverKey, qint64 timestampMs, qint64 memoryMib = 300,
                              const QHash<QString, double> &sizesMb = {}, qint64 hostRamBytes = 16 * Gib)
{
    ProbeSample s;
    s.serverKey = serverKey;
    s.timestampMs = timestampMs;
    s.reachable = true;
    s.latencyMs = 3;
    s.version = QStringLiteral("10.11.6-MariaDB");
    s.uptimeSec = 3600 + timestampMs / 1000 % 100000;
    s.memoryUsedBytes = memoryMib * Mib;
    s.bufferPoolSizeBytes = 128 * Mib;
    s.bufferPoolDataBytes = 40 * Mib;
    s.hostRamBytes = hostRamBytes;
    s.threadsConnected = 4;
    s.queriesPerSec = 120.5;
    s.insertsPerSec = 10;
    s.databaseSizeMb = sizesMb;
    return s;
}

inline ProbeSample makeUnreachable(const QString &serverKey, qint64 timestampMs)
{
    ProbeSample s;
    s.serverKey = serverKey;
    s.timestampMs = timestampMs;
    s.error = QStringLiteral("Can't connect to server on '127.0.0.2' (110)");
    return s;
}

// A poll that did not ask serverKey: the credential store had no password for its login.
inline ProbeSample makeNoPassword(const QString &serverKey, qint64 timestampMs)
{
    ProbeSample s = makeUnreachable(serverKey, timestampMs);
    s.noPassword = true;
    s.error = QStringLiteral("No password is kept for sharddesk@%1 in this session.").arg(serverKey);
    return s;
}

} // namespace ShardDesk::Testing
