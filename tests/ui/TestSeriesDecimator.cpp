#include "SeriesDecimator.h"

#include <QtTest>

using namespace ShardDesk;

class TestSeriesDecimator : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesIsUnchanged();
    void longSeriesIsBounded_data();
    void longSeriesIsBounded();
    void peaksAndDipsSurvive();
};

namespace {
QList<QPointF> ramp(int count)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i * 1000.0, 100.0 + i % 10));
    return points;
}
} // namespace

void TestSeriesDecimator::shortSeriesIsUnchanged()
{
    const QList<QPointF> points = ramp(720);
    QCOMPARE(SeriesDecimator::decimate(points, 720), points);
}

void TestSeriesDecimator::longSeriesIsBounded_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("1 h into 720") << 3600 << 720;
    QTest::newRow("1 h into 100") << 3600 << 100;
    QTest::newRow("one over") << 721 << 720;
}

void TestSeriesDecimator::longSeriesIsBounded()
{
    QFETCH(int, count);
    QFETCH(int, maxPoints);
    const QList<QPointF> points = ramp(count);
    const QList<QPointF> thin = SeriesDecimator::decimate(points, maxPoints);
    QVERIFY2(thin.size() <= maxPoints, qPrintable(QString::number(thin.size())));
    QVERIFY(thin.size() >= maxPoints / 2);
    QCOMPARE(thin.constFirst(), points.constFirst());
    QCOMPARE(thin.constLast(), points.constLast()); // the line still reaches "now"
    for (qsizetype i = 1; i < thin.size(); ++i)
        QVERIFY(thin.at(i).x() > thin.at(i - 1).x());
}

void TestSeriesDecimator::peaksAndDipsSurvive()
{
    QList<QPointF> points = ramp(3600);
    points[1234].setY(5000);
    points[2345].setY(-5);
    const QList<QPointF> thin = SeriesDecimator::decimate(points, 200);
    QVERIFY(thin.contains(points.at(1234)));
    QVERIFY(thin.contains(points.at(2345)));
}

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "TestSeriesDecimator.moc"
