#include "monitor/PollBackoff.h"

#include <QtTest>

using namespace ShardDesk;

class TestPollBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delayDoublesUpToTheMaximum_data();
    void delayDoublesUpToTheMaximum();
    void waitsUntilTheNextAttempt();
    void successResetsTheDelay();
    void serversBackOffIndependently();
};

void TestPollBackoff::delayDoublesUpToTheMaximum_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("first failure") << 1 << qint64(1000);
    QTest::newRow("second") << 2 << qint64(2000);
    QTest::newRow("third") << 3 << qint64(4000);
    QTest::newRow("fifth") << 5 << qint64(16000);
    QTest::newRow("sixth: capped") << 6 << qint64(30000);
    QTest::newRow("fortieth: still capped") << 40 << qint64(30000);
}

void TestPollBackoff::delayDoublesUpToTheMaximum()
{
    QFETCH(int, failures);
    QFETCH(qint64, delayMs);
    PollBackoff backoff;
    qint64 delay = 0;
    for (int i = 0; i < failures; ++i)
        delay = backoff.record(QStringLiteral("a"), false, 1000);
    QCOMPARE(delay, delayMs);
    QCOMPARE(backoff.failures(QStringLiteral("a")), failures);
    QCOMPARE(backoff.nextAttemptMs(QStringLiteral("a")), 1000 + delayMs);
}

void TestPollBackoff::waitsUntilTheNextAttempt()
{
    PollBackoff backoff;
    QVERIFY(!backoff.isWaiting(QStringLiteral("a"), 0));
    backoff.record(QStringLiteral("a"), false, 5000);
    QVERIFY(backoff.isWaiting(QStringLiteral("a"), 5999));
    QVERIFY(!backoff.isWaiting(QStringLiteral("a"), 6000));
}

void TestPollBackoff::successResetsTheDelay()
{
    PollBackoff backoff;
    backoff.record(QStringLiteral("a"), false, 0);
    backoff.record(QStringLiteral("a"), false, 0);
    QCOMPARE(backoff.record(QStringLiteral("a"), true, 10), qint64(0));
    QVERIFY(!backoff.isWaiting(QStringLiteral("a"), 10));
    QCOMPARE(backoff.failures(QStringLiteral("a")), 0);
    QCOMPARE(backoff.record(QStringLiteral("a"), false, 10), qint64(1000));
}

void TestPollBackoff::serversBackOffIndependently()
{
    PollBackoff backoff;
    backoff.record(QStringLiteral("a"), false, 0);
    QVERIFY(!backoff.isWaiting(QStringLiteral("b"), 1));
    backoff.forget(QStringLiteral("a"));
    QVERIFY(!backoff.isWaiting(QStringLiteral("a"), 1));
}

QTEST_GUILESS_MAIN(TestPollBackoff)
#include "TestPollBackoff.moc"
