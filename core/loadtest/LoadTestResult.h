#pragma once

#include "loadtest/LatencyHistogram.h"
#include "loadtest/LoadTestSpec.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ShardDesk {

// What a load test did, so far (a progress snapshot) or in the end. A user's outcome is that of its
// `user` row: acknowledged (the server confirmed it), failed (it was certainly not written: the
// connect failed or the server refused it) or unknown (the connection was lost or timed out after the
// statement was sent: it may have been written). Verify checks acknowledged <= found <= acknowledged +
// unknown.
struct LoadTestResult
{
    struct ShardCounts
    {
        int shardId = 0;
        QString name; // host:port/database
        qint64 acknowledged = 0;
        qint64 failed = 0;
        qint64 unknown = 0;
        qint64 commentErrors = 0; // autocommit mode: the user row was written, a comment was not
        QString lastError;
        qint64 errors() const { return failed + unknown + commentErrors; }
    };

    // One second of the run.
    struct Second
    {
        int second = 0; // 1 = the first second
        qint64 users = 0;
        qint64 errors = 0;
        qint64 p50Micros = 0;
        qint64 p95Micros = 0;
        qint64 p99Micros = 0;
    };

    LoadTestSpec spec;
    bool finished = false; // false in a progress snapshot
    bool cancelled = false;
    double elapsedSeconds = 0;
    qint64 acknowledged = 0;
    qint64 failed = 0;
    qint64 unknown = 0;
    LatencyHistogram latency; // the whole run (batch mode: one value per batch)
    QList<Second> seconds;
    QList<ShardCounts> shards;
    QString setupError; // set when the run could not start at all

    qint64 done() const { return acknowledged + failed + unknown; }
    double usersPerSecond() const { return elapsedSeconds > 0 ? double(acknowledged) / elapsedSeconds : 0.0; }
    // Seconds left at the rate of the run so far; -1 when unknown.
    double etaSeconds() const;
};

} // namespace ShardDesk

Q_DECLARE_METATYPE(ShardDesk::LoadTestResult)
