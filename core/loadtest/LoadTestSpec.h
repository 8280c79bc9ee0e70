#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ShardDesk {

// What a load test does: how many users, how they are written, how fast and by how many threads.
// Users are generated from the seed (UserGenerator), so the same spec names the same rows again.
struct LoadTestSpec
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::LoadTestSpec)

public:
    enum class Mode {
        Autocommit,  // one INSERT per row, each its own transaction (as the original)
        Transaction, // a user and its comments in one transaction
        Batch,       // multi-row INSERTs of batchSize users of one shard, with their comments, per transaction
    };

    static constexpr qint64 MaxUsers = 10'000'000;
    static constexpr int MaxThreads = 256;

    qint64 users = 10'000;
    int commentsPerUser = 1;
    int threads = 4;
    Mode mode = Mode::Autocommit;
    int batchSize = 100;
    double ratePerSecond = 0; // users per second over all threads; 0: as fast as the servers go
    int durationSeconds = 0;  // > 0: stop after this long even if fewer than users were written
    quint64 seed = 1;

    // Every reason the spec cannot run, each a whole sentence.
    QStringList problems() const;

    static QString modeName(Mode mode);
    static bool modeFromName(const QString &name, Mode *mode);
};

} // namespace ShardDesk
