#include "MonitorExport.h"

#include "MonitorTestSamples.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

class TestMonitorExport : public QObject
{
    Q_OBJECT

private slots:
    void csvHasOneRowPerSampleAndColumnPerDatabase();
    void csvQuotesErrorTextAndLeavesUnknownEmpty();
    void csvFileIsWrittenWhole();
    void unwritablePathIsReported();
    void pngHasTheWidgetsSize();
};

void TestMonitorExport::csvHasOneRowPerSampleAndColumnPerDatabase()
{
    const QString server = QStringLiteral("127.0.0.1:3306");
    const QList<ProbeSample> samples = {
        makeSample(server, 1'764'000'000'000, 300, {{QStringLiteral("shard_3"), 2.5}}),
        makeSample(server, 1'764'000'001'000, 301, {{QStringLiteral("shard_1"), 10}, {QStringLiteral("shard_3"), 2.75}}),
    };
    const QList<QByteArray> lines = MonitorExport::samplesCsv(samples).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last line break
    QVERIFY(lines.at(0).startsWith("timestamp_utc,server,reachable,error,"));
    QVERIFY(lines.at(0).endsWith(",size_mb_shard_1,size_mb_shard_3\r"));
    QCOMPARE(lines.at(1), QByteArray("2025-11-24T16:00:00.000Z,127.0.0.1:3306,1,,3,10.11.6-MariaDB,3600,314572800,"
                                     "134217728,41943040,17179869184,4,120.5,10,,2.5\r"));
    QVERIFY(lines.at(2).startsWith("2025-11-24T16:00:01.000Z,"));
    QVERIFY(lines.at(2).endsWith(",10,2.75\r"));
    QVERIFY(lines.at(3).isEmpty());
}

void TestMonitorExport::csvQuotesErrorTextAndLeavesUnknownEmpty()
{
    ProbeSample down = makeUnreachable(QStringLiteral("127.0.0.2:3306"), 1'764'000'000'000);
    down.error = QStringLiteral("Lost connection, \"reading\" packet");
    const QList<QByteArray> lines = MonitorExport::samplesCsv({down}).split('\n');
    QCOMPARE(lines.at(1), QByteArray("2025-11-24T16:00:00.000Z,127.0.0.2:3306,0,"
                                     "\"Lost connection, \"\"reading\"\" packet\",,,,,,,,,,\r"));
}

void TestMonitorExport::csvFileIsWrittenWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.csv"));
    const QList<ProbeSample> samples = {makeSample(QStringLiteral("127.0.0.1:3306"), 1'764'000'000'000)};
    const auto written = MonitorExport::writeSamplesCsv(path, samples);
    QVERIFY2(written.ok(), qPrintable(written.error().fullText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), MonitorExport::samplesCsv(samples));
}

void TestMonitorExport::unwritablePathIsReported()
{
    const auto written = MonitorExport::writeSamplesCsv(QStringLiteral("/nonexistent-dir/samples.csv"), {});
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QStringLiteral("/nonexistent-dir/samples.csv")));
}

void TestMonitorExport::pngHasTheWidgetsSize()
{
    QTemporaryDir dir;
    QLabel widget(QStringLiteral("chart"));
    widget.resize(320, 200);
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    const auto written = MonitorExport::writePng(path, &widget);
    QVERIFY2(written.ok(), qPrintable(written.error().fullText()));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), widget.grab().size());
}

QTEST_MAIN(TestMonitorExport)
#include "TestMonitorExport.moc"
