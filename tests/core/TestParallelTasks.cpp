#include "rebalance/ParallelTasks.h"

#include <QDeadlineTimer>
#include <QSemaphore>
#include <QThreadPool>
#include <QtTest>

#include <atomic>

using namespace ShardDesk;

class TestParallelTasks : public QObject
{
    Q_OBJECT

private slots:
    void sumsWhatEveryTaskReturnsAndTellsOnTheCallingThread();
    void theFirstFailureIsReportedAndStopsTheOthers();
    void aTaskNotYetStartedIsNotStartedAfterAFailure();
};

void TestParallelTasks::sumsWhatEveryTaskReturnsAndTellsOnTheCallingThread()
{
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    int told = 0;
    bool elsewhere = false;
    const auto rows = ParallelTasks::run(
        pool, 4,
        [](int task, const ParallelTasks::Tell &tell) -> Result<qint64> {
            for (int i = 0; i < 2; ++i) {
                if (auto going = tell(); !going)
                    return going.error();
            }
            return task + 1;
        },
        [&] {
            ++told;
            elsewhere = elsewhere || QThread::currentThread() != thread();
        });
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(*rows, qint64(1 + 2 + 3 + 4));
    QCOMPARE(told, 4 * 2 + 4); // each tell(), and each task's end
    QVERIFY(!elsewhere);
}

void TestParallelTasks::theFirstFailureIsReportedAndStopsTheOthers()
{
    // Task 1 fails once task 0 is under way; task 0 goes on until tell() stops it. Its own error (the
    // stop) has the lower index, and must not be the one reported.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QSemaphore started;
    std::atomic<bool> stoppedByTell = false;
    const auto rows = ParallelTasks::run(pool, 2, [&](int task, const ParallelTasks::Tell &tell) -> Result<qint64> {
        if (task == 1) {
            if (!started.tryAcquire(1, 10000))
                return makeError(QStringLiteral("task 0 did not start"));
            return makeError(QStringLiteral("task 1 failed"));
        }
        started.release();
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (auto going = tell(); !going) {
                stoppedByTell = true;
                return going.error();
            }
            QThread::yieldCurrentThread();
        }
        return 1;
    });
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().message, QStringLiteral("task 1 failed"));
    QVERIFY(stoppedByTell.load());
}

void TestParallelTasks::aTaskNotYetStartedIsNotStartedAfterAFailure()
{
    // One thread: tasks 1 and 2 wait in the pool's queue while task 0 fails.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    std::atomic<int> started = 0;
    const auto rows = ParallelTasks::run(pool, 3, [&](int task, const ParallelTasks::Tell &) -> Result<qint64> {
        ++started;
        if (task == 0)
            return makeError(QStringLiteral("task 0 failed"));
        return 1;
    });
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().message, QStringLiteral("task 0 failed"));
    QCOMPARE(started.load(), 1);
}

QTEST_GUILESS_MAIN(TestParallelTasks)
#include "TestParallelTasks.moc"
