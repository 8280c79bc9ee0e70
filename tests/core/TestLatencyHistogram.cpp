#include "loadtest/LatencyHistogram.h"

#include <QtTest>

using namespace ShardDesk;

// Percentiles from the whole distribution, within the histogram's ~3 % resolution.
class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void emptyHistogramReportsZero();
    void smallValuesAreExact();
    void percentilesOfUniformValues_data();
    void percentilesOfUniformValues();
    void everyValueFallsInABucketThatContainsIt();
    void mergeEqualsRecordingEverything();
    void tailIsNotHiddenByTheBody();
};

void TestLatencyHistogram::emptyHistogramReportsZero()
{
    const LatencyHistogram h;
    QCOMPARE(h.count(), 0);
    QCOMPARE(h.percentile(99), 0);
    QCOMPARE(h.mean(), 0.0);
}

void TestLatencyHistogram::smallValuesAreExact()
{
    LatencyHistogram h;
    for (int v : {3, 5, 7})
        h.record(v);
    QCOMPARE(h.percentile(0), 3);
    QCOMPARE(h.percentile(50), 5);
    QCOMPARE(h.percentile(100), 7);
    QCOMPARE(h.mean(), 5.0);
}

void TestLatencyHistogram::percentilesOfUniformValues_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("p50") << 50.0 << qint64(50'000);
    QTest::newRow("p95") << 95.0 << qint64(95'000);
    QTest::newRow("p99") << 99.0 << qint64(99'000);
    QTest::newRow("p100") << 100.0 << qint64(100'000);
}

void TestLatencyHistogram::percentilesOfUniformValues()
{
    QFETCH(double, p);
    QFETCH(qint64, expected);
    LatencyHistogram h;
    for (qint64 v = 1; v <= 100'000; ++v)
        h.record(v);
    const qint64 got = h.percentile(p);
    QVERIFY2(got >= expected && got <= expected + expected / 32 + 1,
             qPrintable(QStringLiteral("p%1 = %2, expected %3 (+3%)").arg(p).arg(got).arg(expected)));
}

void TestLatencyHistogram::everyValueFallsInABucketThatContainsIt()
{
    for (qint64 v : {0LL, 63LL, 64LL, 65LL, 127LL, 128LL, 1000LL, 123'456LL, 1LL << 30, (1LL << 40) - 1}) {
        const int b = LatencyHistogram::bucketOf(v);
        QVERIFY(b >= 0 && b < LatencyHistogram::BucketCount);
        QVERIFY2(LatencyHistogram::upperBoundOf(b) >= v, qPrintable(QString::number(v)));
        if (b > 0)
            QVERIFY2(LatencyHistogram::upperBoundOf(b - 1) < v, qPrintable(QString::number(v)));
    }
}

void TestLatencyHistogram::mergeEqualsRecordingEverything()
{
    LatencyHistogram a, b, all;
    for (qint64 v = 1; v < 5000; v += 3) {
        (v % 2 ? a : b).record(v * 7);
        all.record(v * 7);
    }
    a.merge(b);
    QCOMPARE(a.count(), all.count());
    QCOMPARE(a.max(), all.max());
    for (double p : {1.0, 50.0, 90.0, 99.9})
        QCOMPARE(a.percentile(p), all.percentile(p));
}

void TestLatencyHistogram::tailIsNotHiddenByTheBody()
{
    LatencyHistogram h;
    for (int i = 0; i < 980; ++i)
        h.record(500);
    for (int i = 0; i < 20; ++i)
        h.record(200'000);
    QVERIFY(h.percentile(50) <= 515);
    QVERIFY(h.percentile(99) >= 200'000);
    QCOMPARE(h.max(), 200'000);
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "TestLatencyHistogram.moc"
