#include "FillForecast.h"

#include <QtTest>

using namespace ShardDesk;

class TestFillForecast : public QObject
{
    Q_OBJECT

private slots:
    void forecastFollowsGrowthOverWindow_data();
    void forecastFollowsGrowthOverWindow();
    void noisyGrowthUsesTheTrend();
    void durationReadsInLargestUnits_data();
    void durationReadsInLargestUnits();
};

namespace {
// One point per second: size = start + mbPerSecond * t.
QList<QPointF> series(int count, double start, double mbPerSecond)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(1'700'000'000'000.0 + i * 1000.0, start + mbPerSecond * i));
    return points;
}
} // namespace

void TestFillForecast::forecastFollowsGrowthOverWindow_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("capacityMb");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("secondsToFull");
    QTest::addColumn<QString>("text");

    const auto growing = int(FillForecast::State::Growing);
    const auto flat = int(FillForecast::State::NotGrowing);
    const auto unknown = int(FillForecast::State::Unknown);
    // 1 MB/s from 0 over 61 s: at 60 MB, 12,000 MB to go -> 12,000 s = 3 h 20 min.
    QTest::newRow("growing") << series(61, 0, 1) << 12060.0 << growing << qint64(12000)
                             << QStringLiteral("full in 3 h 20 min");
    QTest::newRow("flat") << series(61, 50, 0) << 100.0 << flat << qint64(-1) << QStringLiteral("not growing");
    QTest::newRow("shrinking") << series(61, 90, -0.5) << 100.0 << flat << qint64(-1)
                               << QStringLiteral("not growing");
    QTest::newRow("one sample") << series(1, 50, 1) << 100.0 << unknown << qint64(-1)
                                << QStringLiteral("no forecast yet");
    QTest::newRow("no capacity") << series(61, 0, 1) << 0.0 << unknown << qint64(-1)
                                 << QStringLiteral("no forecast yet");
    QTest::newRow("already full") << series(61, 100, 1) << 120.0 << int(FillForecast::State::AlreadyFull)
                                  << qint64(-1) << QStringLiteral("already full");
    QList<QPointF> sameInstant = {QPointF(1000, 10), QPointF(1000, 20)};
    QTest::newRow("same instant") << sameInstant << 100.0 << unknown << qint64(-1)
                                  << QStringLiteral("no forecast yet");
}

void TestFillForecast::forecastFollowsGrowthOverWindow()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, capacityMb);
    QFETCH(int, state);
    QFETCH(qint64, secondsToFull);
    QFETCH(QString, text);

    const FillForecast forecast = FillForecast::estimate(points, capacityMb);
    QCOMPARE(int(forecast.state()), state);
    if (secondsToFull >= 0)
        QCOMPARE(forecast.secondsToFull(), secondsToFull);
    QCOMPARE(forecast.text(), text);
}

void TestFillForecast::noisyGrowthUsesTheTrend()
{
    // 1 MB/min with +-2 MB of jitter on alternate samples: the last sample alone dips, the trend grows.
    QList<QPointF> points = series(120, 10, 1.0 / 60);
    for (qsizetype i = 0; i < points.size(); ++i)
        points[i].ry() += (i % 2 ? 2.0 : -2.0);
    const FillForecast forecast = FillForecast::estimate(points, 100);
    QCOMPARE(forecast.state(), FillForecast::State::Growing);
    // The trend is ~63 MB/h here; the last minus the first sample would say 180 MB/h.
    QVERIFY2(qAbs(forecast.growthMbPerHour() - 60.0) < 6.0, qPrintable(QString::number(forecast.growthMbPerHour())));
}

void TestFillForecast::durationReadsInLargestUnits_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(59) << QStringLiteral("less than a minute");
    QTest::newRow("minutes") << qint64(25 * 60 + 59) << QStringLiteral("25 min");
    QTest::newRow("hours") << qint64(3 * 3600 + 20 * 60) << QStringLiteral("3 h 20 min");
    QTest::newRow("days") << qint64(2 * 86400 + 4 * 3600 + 120) << QStringLiteral("2 d 4 h");
}

void TestFillForecast::durationReadsInLargestUnits()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(FillForecast::formatDuration(seconds), text);
}

QTEST_GUILESS_MAIN(TestFillForecast)
#include "TestFillForecast.moc"
