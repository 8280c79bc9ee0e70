#include "LoadTestSpec.h"

namespace ShardDesk {

QStringList LoadTestSpec::problems() const
{
    QStringList result;
    if (users < 1 || users > MaxUsers)
        result.append(tr("The number of users must be from 1 to %1; %2 was given.").arg(MaxUsers).arg(users));
    if (commentsPerUser < 0 || commentsPerUser > 100)
        result.append(tr("Comments per user must be from 0 to 100; %1 was given.").arg(commentsPerUser));
    if (threads < 1 || threads > MaxThreads)
        result.append(tr("Threads must be from 1 to %1; %2 was given.").arg(MaxThreads).arg(threads));
    if (mode == Mode::Batch && (batchSize < 1 || batchSize > 10'000))
        result.append(tr("The batch size must be from 1 to 10000; %1 was given.").arg(batchSize));
    if (ratePerSecond < 0)
        result.append(tr("The rate limit cannot be negative."));
    if (durationSeconds < 0)
        result.append(tr("The duration cannot be negative."));
    return result;
}

QString LoadTestSpec::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Autocommit:
        return QStringLiteral("autocommit");
    case Mode::Transaction:
        return QStringLiteral("txn");
    case Mode::Batch:
        return QStringLiteral("batch");
    }
    return {};
}

bool LoadTestSpec::modeFromName(const QString &name, Mode *mode)
{
    for (Mode m : {Mode::Autocommit, Mode::Transaction, Mode::Batch}) {
        if (modeName(m) == name) {
            *mode = m;
            return true;
        }
    }
    return false;
}

} // namespace ShardDesk
