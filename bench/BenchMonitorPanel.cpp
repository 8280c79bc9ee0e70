// What live monitoring costs the GUI thread per tick (issue 4): 20 servers report, the panel updates the
// server table, the cluster grid and the charts of the shown server (1 h of history, 1 h window).
//   build/ci/bench/bench_monitor_panel --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
// Painting is measured too (BM_TickAndPaint: the panel grabbed to a pixmap after each tick), so the
// figure is the whole GUI-thread cost of one tick, offscreen.
#include "MonitorPanel.h"
#include "RamChart.h"
#include "monitor/MetricsHistory.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDateTime>
#include <QTabWidget>

using namespace ShardDesk;

namespace {

constexpr int Servers = 20;
constexpr qint64 MiB = 1024 * 1024;

ProbeSample sampleOf(int server, qint64 timestampMs, int i)
{
    ProbeSample s;
    s.serverKey = QStringLiteral("127.0.1.%1:3306").arg(server);
    s.timestampMs = timestampMs;
    s.reachable = true;
    s.version = QStringLiteral("10.11.6-MariaDB");
    s.uptimeSec = 3600 + i;
    s.memoryUsedBytes = (500 + i % 50) * MiB;
    s.bufferPoolSizeBytes = 128 * MiB;
    s.bufferPoolDataBytes = 40 * MiB;
    s.hostRamBytes = 16 * 1024 * MiB;
    s.threadsConnected = 4;
    s.queriesPerSec = 100;
    s.insertsPerSec = 10;
    s.databaseSizeMb = {{QStringLiteral("shard_%1").arg(server), 20 + i * 0.001},
                        {QStringLiteral("shard_%1").arg(100 + server), 5}};
    return s;
}

// Two shards per server (a head and its overflow shard), the server tab shown, an hour of history.
struct Fixture
{
    MonitorPanel panel{nullptr};
    qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    int tick = 3600;

    Fixture()
    {
        auto topology = std::make_shared<Topology>();
        for (int server = 1; server <= Servers; ++server) {
            for (int id : {server, 100 + server}) {
                Shard shard;
                shard.id = id;
                shard.parentId = id > 100 ? server : 0;
                shard.host = QStringLiteral("127.0.1.%1").arg(server);
                shard.database = QStringLiteral("shard_%1").arg(id);
                shard.capacityMb = 100;
                topology->shards.append(shard);
            }
        }
        panel.resize(1200, 800);
        panel.setTopology(topology);
        panel.setWindowSeconds(3600);
        panel.findChild<QTabWidget *>()->setCurrentIndex(1);
        panel.show();
        for (int i = 0; i < 3600; ++i)
            for (int server = 1; server <= Servers; ++server)
                panel.history().append(sampleOf(server, start + qint64(i) * 1000, i));
        QApplication::processEvents();
    }

    void runTick()
    {
        ++tick;
        for (int server = 1; server <= Servers; ++server)
            panel.addSample(sampleOf(server, start + qint64(tick) * 1000, tick));
        QApplication::processEvents(); // the deferred chart refresh
    }
};

void BM_Tick(benchmark::State &state)
{
    Fixture fixture;
    for (auto _ : state)
        fixture.runTick();
    state.counters["servers"] = Servers;
    state.counters["per_server"] =
        benchmark::Counter(double(Servers) * double(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_TickAndPaint(benchmark::State &state)
{
    Fixture fixture;
    for (auto _ : state) {
        fixture.runTick();
        benchmark::DoNotOptimize(fixture.panel.grab());
    }
}

} // namespace

BENCHMARK(BM_Tick)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(BM_TickAndPaint)->Unit(benchmark::kMillisecond)->MinTime(3);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
