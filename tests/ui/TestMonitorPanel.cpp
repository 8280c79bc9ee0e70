#include "CapacityPlannerView.h"
#include "ClusterGrid.h"
#include "MonitorExport.h"
#include "MonitorPanel.h"
#include "RamChart.h"
#include "ServerTableModel.h"
#include "SeriesDecimator.h"
#include "ShardSizeChart.h"
#include "ShardTile.h"
#include "monitor/MetricsHistory.h"

#include "MonitorTestSamples.h"
#include "TopologyFixtures.h"

#include <QBarSet>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

class TestMonitorPanel : public QObject
{
    Q_OBJECT

private slots:
    void samplesReachTableGridAndChartOfShownServer();
    void windowChoiceChangesAxisRange();
    void pauseButtonStopsChartUpdates();
    void shardChartForecastsFillFromGrowth();
    void enteredHostRamFeedsPlanner();
    void applyRecommendationEmitsCapacities();
    void tileClickEmitsShardActivated();
    void guiStaysResponsiveWhileTwentyServersReport();
    void screenshotsAreWritten();

private:
    static std::shared_ptr<const Topology> topology() { return std::make_shared<const Topology>(twoBucketTopology()); }
    // seconds samples at 1 Hz for both servers up to now; shard_1 grows 0.01 MB/s, the others stay.
    static void feed(MonitorPanel &panel, int seconds, qint64 endMs, qint64 firstHostRam = 16 * Gib);
    static const QString First;
    static const QString Second;
};

const QString TestMonitorPanel::First = QStringLiteral("127.0.0.1:3306");
const QString TestMonitorPanel::Second = QStringLiteral("127.0.0.2:3306");

void TestMonitorPanel::feed(MonitorPanel &panel, int seconds, qint64 endMs, qint64 firstHostRam)
{
    for (int i = 0; i < seconds; ++i) {
        const qint64 t = endMs - qint64(seconds - 1 - i) * 1000;
        panel.addSample(makeSample(First, t, 600 + i % 7 + i / 10,
                                   {{QStringLiteral("shard_1"), 40 + 0.01 * i}, {QStringLiteral("shard_3"), 12}}, firstHostRam));
        panel.addSample(makeSample(Second, t, 900, {{QStringLiteral("shard_2"), 85}}, 4 * Gib));
    }
}

void TestMonitorPanel::samplesReachTableGridAndChartOfShownServer()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    QCOMPARE(panel.currentServer(), First);
    QLineSeries *used = panel.ramChart()->memoryUsedSeries();
    feed(panel, 5, 1'764'000'000'000);

    ServerTableModel *table = panel.serverModel();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->index(0, ServerTableModel::ReachableColumn).data().toString(), QStringLiteral("yes"));
    QCOMPARE(table->index(1, ServerTableModel::VersionColumn).data().toString(), QStringLiteral("10.11.6-MariaDB"));
    QCOMPARE(table->index(1, ServerTableModel::HostRamColumn).data().toString(), QStringLiteral("4.0 GB"));
    QCOMPARE(panel.clusterGrid()->tile(2)->percentFull(), 85.0);
    QCOMPARE(panel.ramChart()->memoryUsedSeries(), used);
    QTRY_COMPARE(used->count(), 5); // the chart redraws in the next event-loop turn
    QCOMPARE(used->at(0).y(), 600.0); // the first server's figures, not the second's 900

    panel.addSample(makeUnreachable(Second, 1'764'000'005'000));
    QCOMPARE(table->index(1, ServerTableModel::ReachableColumn).data().toString(), QStringLiteral("unreachable"));
    QVERIFY(table->index(1, ServerTableModel::ReachableColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("Can't connect")));
    QVERIFY(!panel.clusterGrid()->tile(2)->isReachable());
    QCOMPARE(table->index(1, ServerTableModel::HostRamColumn).data().toString(), QStringLiteral("4.0 GB")); // kept

    panel.addSample(makeNoPassword(Second, 1'764'000'006'000));
    const QModelIndex reachable = table->index(1, ServerTableModel::ReachableColumn);
    QCOMPARE(reachable.data().toString(), QStringLiteral("no password"));
    QCOMPARE(reachable.data(Qt::ToolTipRole).toString(),
             QStringLiteral("No password is kept for sharddesk@%1 in this session. Use Edit → Set Password… to set it.")
                 .arg(Second));
}

void TestMonitorPanel::windowChoiceChangesAxisRange()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    const qint64 end = 1'764'000'000'000;
    feed(panel, 700, end);
    QDateTimeAxis *axis = panel.ramChart()->timeAxis();
    QTRY_COMPARE(panel.ramChart()->memoryUsedSeries()->count(), 61);
    QCOMPARE(axis->max().toMSecsSinceEpoch(), end);
    QCOMPARE(axis->min().toMSecsSinceEpoch(), end - 60'000);

    auto *window = panel.findChild<QComboBox *>(QStringLiteral("monitorWindow"));
    QVERIFY(window);
    window->setCurrentIndex(window->findData(600));
    QCOMPARE(panel.windowSeconds(), 600);
    QCOMPARE(axis->max().toMSecsSinceEpoch(), end);
    QCOMPARE(axis->min().toMSecsSinceEpoch(), end - 600'000);
    QLineSeries *used = panel.ramChart()->memoryUsedSeries();
    QVERIFY(used->count() > 61 && used->count() <= SeriesDecimator::DefaultMaxPoints); // 601, thinned
    QCOMPARE(qint64(used->at(0).x()), end - 600'000);
}

void TestMonitorPanel::pauseButtonStopsChartUpdates()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    feed(panel, 3, 1'764'000'000'000);
    QTRY_COMPARE(panel.ramChart()->memoryUsedSeries()->count(), 3);
    auto *pause = panel.findChild<QPushButton *>(QStringLiteral("monitorPause"));
    QVERIFY(pause);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(panel.isPaused());
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    feed(panel, 3, 1'764'000'010'000);
    QCoreApplication::processEvents(); // a redraw wrongly scheduled while paused would run here
    QCOMPARE(panel.ramChart()->memoryUsedSeries()->count(), 3);
    QCOMPARE(panel.ramChart()->timeAxis()->max().toMSecsSinceEpoch(), 1'764'000'000'000);
    QCOMPARE(panel.serverModel()->latest(First).timestampMs, 1'764'000'010'000); // the table stays live

    QTest::mouseClick(pause, Qt::LeftButton); // resuming catches up at once, without waiting a tick
    QVERIFY(!panel.isPaused());
    QCOMPARE(panel.ramChart()->timeAxis()->max().toMSecsSinceEpoch(), 1'764'000'010'000);
    QCOMPARE(panel.ramChart()->memoryUsedSeries()->count(), 6);
}

void TestMonitorPanel::shardChartForecastsFillFromGrowth()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    feed(panel, 61, 1'764'000'000'000);
    ShardSizeChart *shards = panel.shardSizeChart();
    QLineSeries *history = shards->historySeries(1);
    QVERIFY(history);
    QTRY_COMPARE(history->count(), 61);
    // shard_1 at 40.6 MB of 100, growing 0.01 MB/s: 5,940 s to go = 1 h 39 min.
    QCOMPARE(shards->forecast(1).state(), FillForecast::State::Growing);
    QCOMPARE(shards->forecast(3).state(), FillForecast::State::NotGrowing);
    QVERIFY2(shards->forecastText().contains(QStringLiteral("Shard 1 (shard_1): 40.6 of 100 MB, full in 1 h 39 min.")),
             qPrintable(shards->forecastText()));
    QVERIFY(shards->forecastText().contains(QStringLiteral("Shard 3 (shard_3): 12.0 of 100 MB, not growing.")));
    QCOMPARE(shards->currentSet()->at(0), 40.6);
    QCOMPARE(shards->capacitySet()->at(0), 100.0);

    panel.setCurrentServer(Second); // another server: its shards, with series made once for it
    QVERIFY(!shards->historySeries(1));
    QCOMPARE(shards->historySeries(2)->count(), 61);
    QCOMPARE(shards->forecast(2).state(), FillForecast::State::NotGrowing);
}

void TestMonitorPanel::enteredHostRamFeedsPlanner()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    const CapacityPlan &plan = panel.plannerView()->plan();
    QVERIFY(!plan.servers().at(0).hasRecommendation()); // nothing known before a sample or an entry

    ServerTableModel *table = panel.serverModel();
    const QModelIndex ram = table->index(0, ServerTableModel::HostRamColumn);
    QVERIFY(table->flags(ram) & Qt::ItemIsEditable);
    QSignalSpy edited(table, &ServerTableModel::hostRamEdited);
    QVERIFY(table->setData(ram, QStringLiteral("16")));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(1).toLongLong(), 16 * Gib);
    QCOMPARE(ram.data().toString(), QStringLiteral("16.0 GB"));
    QCOMPARE(panel.plannerView()->plan().servers().at(0).maxMbPerShard, 6553.0);
    QVERIFY(!table->setData(ram, QStringLiteral("lots")));
}

void TestMonitorPanel::applyRecommendationEmitsCapacities()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    auto *apply = panel.findChild<QPushButton *>(QStringLiteral("applyRecommendation"));
    QVERIFY(apply);
    QVERIFY(!apply->isEnabled()); // host RAM unknown: nothing to recommend
    feed(panel, 1, 1'764'000'000'000); // 16 GiB and 4 GiB hosts
    QVERIFY(apply->isEnabled());

    QSignalSpy accepted(&panel, &MonitorPanel::capacityRecommendationAccepted);
    apply->click();
    QCOMPARE(accepted.count(), 1);
    const auto capacities = accepted.at(0).at(0).value<QHash<int, double>>();
    QCOMPARE(capacities.size(), 3);
    QCOMPARE(capacities.value(1), 5734.0); // 70 % of 16,384 MB over two shards
    QCOMPARE(capacities.value(3), 5734.0);
    QCOMPARE(capacities.value(2), 2867.0); // 70 % of 4,096 MB
}

void TestMonitorPanel::tileClickEmitsShardActivated()
{
    MonitorPanel panel(nullptr);
    panel.setTopology(topology());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &MonitorPanel::shardActivated);
    QTest::mouseClick(panel.clusterGrid()->tile(3), Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 3);
}

// The bound: GUI event-loop stalls while polling stay under 100 ms. Twenty servers with an hour
// of history each report every tick while the panel shows the 1 h window of one of them.
void TestMonitorPanel::guiStaysResponsiveWhileTwentyServersReport()
{
    Topology big;
    for (int server = 1; server <= 20; ++server) {
        const QString host = QStringLiteral("127.0.1.%1").arg(server);
        big.shards.append(makeShard(server, 0, host, QStringLiteral("shard_%1").arg(server)));
        big.shards.append(makeShard(100 + server, server, host, QStringLiteral("shard_%1").arg(100 + server)));
    }
    MonitorPanel panel(nullptr);
    panel.resize(1200, 800);
    panel.setTopology(std::make_shared<const Topology>(big));
    panel.findChild<QTabWidget *>()->setCurrentIndex(1); // the charts: the most drawing per tick
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    auto sampleOf = [](int server, qint64 t, int i) {
        return makeSample(QStringLiteral("127.0.1.%1:3306").arg(server), t, 500 + i % 50,
                          {{QStringLiteral("shard_%1").arg(server), 20 + i * 0.001},
                           {QStringLiteral("shard_%1").arg(100 + server), 5}});
    };
    for (int i = 0; i < 3600; ++i)
        for (int server = 1; server <= 20; ++server)
            panel.history().append(sampleOf(server, start + qint64(i) * 1000, i));
    panel.setWindowSeconds(3600); // loads the hour once, as switching the window does; then ticks add
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    qint64 lastBeat = -1, maxGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        if (lastBeat >= 0)
            maxGap = qMax(maxGap, now - lastBeat);
        lastBeat = now;
    });
    int ticks = 0;
    QTimer tick;
    tick.setInterval(200); // faster than the poller's 1 Hz: a stricter test, and a short one
    connect(&tick, &QTimer::timeout, this, [&] {
        ++ticks;
        const qint64 t = start + qint64(3600 + ticks) * 1000;
        for (int server = 1; server <= 20; ++server)
            panel.addSample(sampleOf(server, t, 3600 + ticks));
    });
    clock.start();
    heartbeat.start();
    tick.start();
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, 20000);
    tick.stop();
    QTRY_VERIFY(clock.elapsed() - lastBeat < 50); // the last tick's repaint counted too
    heartbeat.stop();

    QVERIFY2(maxGap <= 100, qPrintable(QStringLiteral("longest GUI stall %1 ms").arg(maxGap)));
    qInfo("longest GUI stall: %lld ms", maxGap);
    QLineSeries *used = panel.ramChart()->memoryUsedSeries();
    // The 1 h window, thinned to what the chart can show.
    QVERIFY(used->count() > SeriesDecimator::DefaultMaxPoints / 2);
    QVERIFY(used->count() <= SeriesDecimator::DefaultMaxPoints);
    QCOMPARE(qint64(used->at(used->count() - 1).x()), start + qint64(3600 + ticks) * 1000);
}

void TestMonitorPanel::screenshotsAreWritten()
{
    QTemporaryDir temporary;
    const QString dir = temporary.path();
    MonitorPanel panel(nullptr);
    panel.resize(1100, 640);
    panel.setTopology(topology());
    feed(panel, 600, QDateTime::currentMSecsSinceEpoch(), 2 * Gib); // a small host: the band near the lines
    panel.addSample(makeUnreachable(Second, QDateTime::currentMSecsSinceEpoch()));
    panel.setWindowSeconds(600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *tabs = panel.findChild<QTabWidget *>();
    QVERIFY(tabs);
    const QStringList names = {QStringLiteral("monitor-cluster.png"), QStringLiteral("monitor-server.png"),
                               QStringLiteral("monitor-planner.png")};
    for (int tab = 0; tab < names.size(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QString path = QDir(dir).filePath(names.at(tab));
        const auto written = MonitorExport::writePng(path, &panel);
        QVERIFY2(written.ok(), qPrintable(written.error().fullText()));
        QCOMPARE(QImage(path).size(), panel.grab().size());
    }
}

QTEST_MAIN(TestMonitorPanel)
#include "TestMonitorPanel.moc"
