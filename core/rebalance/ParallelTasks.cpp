#include "ParallelTasks.h"

#include <QSemaphore>
#include <QtConcurrent>

#include <atomic>
#include <vector>

namespace ShardDesk {

Result<qint64> ParallelTasks::run(QThreadPool &pool, int tasks, const Task &work, const std::function<void()> &onTell)
{
    std::atomic<int> running = tasks;
    std::atomic<int> firstFailed = -1;
    QSemaphore told; // released by a worker's tell() and when it is done
    const auto stopped = [] {
        return makeError(tr("Stopped because another table of the batch failed."));
    };
    const Tell tell = [&]() -> Result<void> {
        told.release();
        if (firstFailed.load() >= 0)
            return stopped();
        return {};
    };
    std::vector<QFuture<Result<qint64>>> workers;
    for (int task = 0; task < tasks; ++task) {
        workers.push_back(QtConcurrent::run(&pool, [&, task]() -> Result<qint64> {
            Result<qint64> rows = firstFailed.load() >= 0 ? Result<qint64>(stopped()) : work(task, tell);
            if (!rows) {
                int none = -1;
                firstFailed.compare_exchange_strong(none, task);
            }
            --running;
            told.release();
            return rows;
        }));
    }
    while (running.load() > 0 || told.available() > 0) {
        told.acquire();
        if (onTell)
            onTell();
    }
    // A worker may still be between its last --running and told.release(): every one must be done with
    // this frame's semaphore before it goes.
    for (QFuture<Result<qint64>> &worker : workers)
        worker.waitForFinished();
    if (const int failed = firstFailed.load(); failed >= 0)
        return workers[size_t(failed)].result().error();
    qint64 total = 0;
    for (QFuture<Result<qint64>> &worker : workers)
        total += *worker.result();
    return total;
}

} // namespace ShardDesk
