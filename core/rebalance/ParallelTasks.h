#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <functional>

class QThreadPool;

namespace ShardDesk {

// Runs tasks 0..n-1 of one batch at once on a thread pool, each on a worker thread (which must open
// connections of its own), and sums the rows they return, or gives the error of the task that failed
// first. Once a task has failed, the others are told to stop: a worker's tell() fails from then on, and a
// task not yet started is not started, since the batch is lost anyway and the caller hears sooner.
class ParallelTasks
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ParallelTasks)

public:
    // Makes onTell run on the calling thread; fails once another task has failed (the worker stops there).
    using Tell = std::function<Result<void>()>;
    using Task = std::function<Result<qint64>(int task, const Tell &tell)>;

    // Returns when every task has returned.
    static Result<qint64> run(QThreadPool &pool, int tasks, const Task &work, const std::function<void()> &onTell = {});
};

} // namespace ShardDesk
