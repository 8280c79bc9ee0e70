#include "monitor/MetricsHistory.h"

#include <QtConcurrent>
#include <QtTest>

using namespace ShardDesk;

namespace {

ProbeSample sampleAt(const QString &server, qint64 timestampMs)
{
    ProbeSample sample;
    sample.serverKey = server;
    sample.timestampMs = timestampMs;
    sample.reachable = true;
    sample.memoryUsedBytes = timestampMs * 10;
    return sample;
}

QList<qint64> timestamps(const QList<ProbeSample> &samples)
{
    QList<qint64> result;
    for (const ProbeSample &s : samples)
        result << s.timestampMs;
    return result;
}

const QString ServerA = QStringLiteral("127.0.0.1:3306");
const QString ServerB = QStringLiteral("127.0.0.2:3306");

} // namespace

class TestMetricsHistory : public QObject
{
    Q_OBJECT

private slots:
    void keepsSamplesOldestFirstUntilFull();
    void ringWrapsDroppingTheOldest_data();
    void ringWrapsDroppingTheOldest();
    void sinceFiltersOlderSamples_data();
    void sinceFiltersOlderSamples();
    void latestIsTheNewestSample();
    void unknownServerHasNoSamplesAndUnreachableLatest();
    void serversAreKeptApart();
    void capacityBelowOneIsOne();
    void clearForgetsEverything();
    void appendsFromManyThreadsKeepCapacity();
};

void TestMetricsHistory::keepsSamplesOldestFirstUntilFull()
{
    MetricsHistory history(5);
    for (qint64 t = 1; t <= 3; ++t)
        history.append(sampleAt(ServerA, t));
    QCOMPARE(timestamps(history.samples(ServerA)), (QList<qint64> {1, 2, 3}));
    QCOMPARE(history.capacity(), 5);
}

void TestMetricsHistory::ringWrapsDroppingTheOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("exactly full") << 3 << 3 << QList<qint64> {1, 2, 3};
    QTest::newRow("one past full") << 3 << 4 << QList<qint64> {2, 3, 4};
    QTest::newRow("wrapped twice") << 3 << 7 << QList<qint64> {5, 6, 7};
    QTest::newRow("capacity one") << 1 << 5 << QList<qint64> {5};
}

void TestMetricsHistory::ringWrapsDroppingTheOldest()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    QFETCH(QList<qint64>, expected);
    MetricsHistory history(capacity);
    for (qint64 t = 1; t <= appended; ++t)
        history.append(sampleAt(ServerA, t));
    const QList<ProbeSample> samples = history.samples(ServerA);
    QCOMPARE(timestamps(samples), expected);
    QCOMPARE(samples.constLast().memoryUsedBytes, expected.constLast() * 10);
}

void TestMetricsHistory::sinceFiltersOlderSamples_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("zero: all held") << qint64(0) << QList<qint64> {3, 4, 5, 6};
    QTest::newRow("at a sample: inclusive") << qint64(5) << QList<qint64> {5, 6};
    QTest::newRow("between samples") << qint64(4) << QList<qint64> {4, 5, 6};
    QTest::newRow("after the newest") << qint64(7) << QList<qint64> {};
}

void TestMetricsHistory::sinceFiltersOlderSamples()
{
    QFETCH(qint64, since);
    QFETCH(QList<qint64>, expected);
    MetricsHistory history(4);
    for (qint64 t = 1; t <= 6; ++t) // wrapped: 1 and 2 are gone
        history.append(sampleAt(ServerA, t));
    QCOMPARE(timestamps(history.samples(ServerA, since)), expected);
}

void TestMetricsHistory::latestIsTheNewestSample()
{
    MetricsHistory history(2);
    for (qint64 t = 10; t <= 13; ++t)
        history.append(sampleAt(ServerA, t));
    const ProbeSample latest = history.latest(ServerA);
    QCOMPARE(latest.timestampMs, qint64(13));
    QCOMPARE(latest.serverKey, ServerA);
    QVERIFY(latest.reachable);
}

void TestMetricsHistory::unknownServerHasNoSamplesAndUnreachableLatest()
{
    MetricsHistory history(2);
    history.append(sampleAt(ServerA, 1));
    QVERIFY(history.samples(ServerB).isEmpty());
    const ProbeSample latest = history.latest(ServerB);
    QVERIFY(latest.serverKey.isEmpty());
    QVERIFY(!latest.reachable);
}

void TestMetricsHistory::serversAreKeptApart()
{
    MetricsHistory history(3);
    for (qint64 t = 1; t <= 5; ++t) {
        history.append(sampleAt(ServerA, t));
        if (t % 2 == 0)
            history.append(sampleAt(ServerB, t * 100));
    }
    QCOMPARE(history.servers(), (QStringList {ServerA, ServerB}));
    QCOMPARE(timestamps(history.samples(ServerA)), (QList<qint64> {3, 4, 5}));
    QCOMPARE(timestamps(history.samples(ServerB)), (QList<qint64> {200, 400}));
}

void TestMetricsHistory::capacityBelowOneIsOne()
{
    MetricsHistory history(0);
    QCOMPARE(history.capacity(), 1);
    history.append(sampleAt(ServerA, 1));
    history.append(sampleAt(ServerA, 2));
    QCOMPARE(timestamps(history.samples(ServerA)), (QList<qint64> {2}));
}

void TestMetricsHistory::clearForgetsEverything()
{
    MetricsHistory history(3);
    history.append(sampleAt(ServerA, 1));
    history.clear();
    QVERIFY(history.servers().isEmpty());
    QVERIFY(history.samples(ServerA).isEmpty());
}

void TestMetricsHistory::appendsFromManyThreadsKeepCapacity()
{
    MetricsHistory history(100);
    QList<int> servers = {1, 2, 3, 4};
    QtConcurrent::blockingMap(servers, [&history](int k) {
        const QString key = QStringLiteral("127.0.0.%1:3306").arg(k);
        for (qint64 t = 1; t <= 1000; ++t)
            history.append(sampleAt(key, t));
    });
    QCOMPARE(history.servers().size(), 4);
    for (int k : servers) {
        const QList<ProbeSample> samples = history.samples(QStringLiteral("127.0.0.%1:3306").arg(k));
        QCOMPARE(samples.size(), 100);
        QCOMPARE(samples.constFirst().timestampMs, qint64(901));
        QCOMPARE(samples.constLast().timestampMs, qint64(1000));
    }
}

QTEST_GUILESS_MAIN(TestMetricsHistory)
#include "TestMetricsHistory.moc"
