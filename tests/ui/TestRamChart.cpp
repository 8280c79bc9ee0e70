#include "RamChart.h"

#include "MonitorTestSamples.h"
#include "SeriesDecimator.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

class TestRamChart : public QObject
{
    Q_OBJECT

private slots:
    void samplesUpdateSeriesInPlace();
    void pointCountIsBoundedByWindow_data();
    void pointCountIsBoundedByWindow();
    void switchingWindowMovesTimeAxis();
    void pauseStopsUpdates();
    void bandSpansSixtyToEightyPercentOfHostRam();
    void unknownHostRamDrawsNoBand();

private:
    static QList<ProbeSample> tickSamples(int count, qint64 startMs = T0);
    static constexpr qint64 T0 = 1'764'000'000'000;
    static const QString Server;
};

const QString TestRamChart::Server = QStringLiteral("127.0.0.1:3306");

// count samples at 1 Hz, memory climbing 1 MiB per tick.
QList<ProbeSample> TestRamChart::tickSamples(int count, qint64 startMs)
{
    QList<ProbeSample> samples;
    for (int i = 0; i < count; ++i)
        samples.append(makeSample(Server, startMs + i * 1000, 300 + i));
    return samples;
}

void TestRamChart::samplesUpdateSeriesInPlace()
{
    RamChart chart;
    chart.show();
    QLineSeries *used = chart.memoryUsedSeries();
    QAreaSeries *band = chart.recommendedBand();
    const QList<QAbstractSeries *> before = chart.chart()->series();

    const QList<ProbeSample> all = tickSamples(30);
    for (qsizetype i = 1; i <= all.size(); ++i)
        chart.showSamples(all.mid(0, i)); // what the panel does each tick: the window up to now

    QCOMPARE(chart.memoryUsedSeries(), used);
    QCOMPARE(chart.recommendedBand(), band);
    QCOMPARE(chart.chart()->series(), before);
    QCOMPARE(used->count(), 30);
    QCOMPARE(used->at(29), QPointF(double(T0 + 29'000), 329.0));
    QCOMPARE(chart.bufferPoolSizeSeries()->at(0).y(), 128.0);
    QCOMPARE(chart.bufferPoolDataSeries()->at(0).y(), 40.0);
}

void TestRamChart::pointCountIsBoundedByWindow_data()
{
    QTest::addColumn<int>("windowSeconds");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("expectedPoints");
    QTest::newRow("1 min of 90 s") << 60 << 90 << 61; // both window ends are inclusive
    QTest::newRow("10 min of 90 s") << 600 << 90 << 90;
    QTest::newRow("10 min of 1 h, thinned") << 600 << 3600 << -1; // 601 points, more than a chart shows
}

void TestRamChart::pointCountIsBoundedByWindow()
{
    QFETCH(int, windowSeconds);
    QFETCH(int, samples);
    QFETCH(int, expectedPoints);
    RamChart chart;
    chart.setWindowSeconds(windowSeconds);
    chart.showSamples(tickSamples(samples)); // more than the window: the chart keeps only the window
    QLineSeries *used = chart.memoryUsedSeries();
    if (expectedPoints > 0) {
        QCOMPARE(used->count(), expectedPoints);
    } else {
        QVERIFY(used->count() <= SeriesDecimator::DefaultMaxPoints);
        QVERIFY(used->count() > SeriesDecimator::DefaultMaxPoints / 2);
    }
    QCOMPARE(used->at(used->count() - 1).x(), double(T0 + (samples - 1) * 1000));
    QVERIFY(used->at(0).x() >= double(T0 + (samples - 1) * 1000 - windowSeconds * 1000));
}

void TestRamChart::switchingWindowMovesTimeAxis()
{
    RamChart chart;
    chart.showSamples(tickSamples(10));
    const qint64 end = T0 + 9'000;
    QCOMPARE(chart.timeAxis()->max().toMSecsSinceEpoch(), end);
    QCOMPARE(chart.timeAxis()->min().toMSecsSinceEpoch(), end - 60'000);

    chart.setWindowSeconds(3600);
    QCOMPARE(chart.timeAxis()->max().toMSecsSinceEpoch(), end);
    QCOMPARE(chart.timeAxis()->min().toMSecsSinceEpoch(), end - 3'600'000);
}

void TestRamChart::pauseStopsUpdates()
{
    RamChart chart;
    chart.showSamples(tickSamples(5));
    const QDateTime axisEnd = chart.timeAxis()->max();
    chart.setPaused(true);
    chart.showSamples(tickSamples(8));
    QCOMPARE(chart.memoryUsedSeries()->count(), 5);
    QCOMPARE(chart.timeAxis()->max(), axisEnd);

    chart.setPaused(false);
    chart.showSamples(tickSamples(8));
    QCOMPARE(chart.memoryUsedSeries()->count(), 8);
    QVERIFY(chart.timeAxis()->max() > axisEnd);
}

void TestRamChart::bandSpansSixtyToEightyPercentOfHostRam()
{
    RamChart chart;
    chart.showSamples(tickSamples(3)); // 16 GiB host = 16,384 MiB
    QLineSeries *lower = chart.recommendedBand()->lowerSeries();
    QLineSeries *upper = chart.recommendedBand()->upperSeries();
    QCOMPARE(lower->count(), 2);
    QCOMPARE(lower->at(0).y(), 16384 * 0.6);
    QCOMPARE(upper->at(1).y(), 16384 * 0.8);
    QCOMPARE(upper->at(1).x(), double(T0 + 2'000));
    QCOMPARE(chart.hostRamSeries()->at(0).y(), 16384.0);
    QVERIFY(chart.memoryAxis()->max() >= 16384.0); // host RAM stays in view
}

void TestRamChart::unknownHostRamDrawsNoBand()
{
    RamChart chart;
    QList<ProbeSample> samples = tickSamples(3);
    for (ProbeSample &s : samples)
        s.hostRamBytes = -1;
    chart.showSamples(samples);
    QCOMPARE(chart.recommendedBand()->upperSeries()->count(), 0);
    QCOMPARE(chart.hostRamSeries()->count(), 0);
    QCOMPARE(chart.memoryUsedSeries()->count(), 3);
    QVERIFY(chart.memoryAxis()->max() < 1000); // scaled to the server's memory, not to a guess
}

QTEST_MAIN(TestRamChart)
#include "TestRamChart.moc"
