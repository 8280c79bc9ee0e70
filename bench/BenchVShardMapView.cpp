// The vshard map view at N = 1,000,000 (issue 3): open the config and show the map, assign 500,000
// selected vshards, filter by shard. Goals: each under 1 s, the GUI thread never blocked more than
// 100 ms at a time. Each operation runs on the GUI thread followed by the repaint it causes; a 5 ms
// QTimer heartbeat records the longest gap between two ticks ("max_stall_ms").
//   build/ci/bench/bench_vshard_map_view --benchmark_repetitions=3
#include "VShardMapModel.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardMapPanel.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <algorithm>

using namespace ShardDesk;

namespace {

constexpr int VShards = 1000000;

Topology millionVShards()
{
    Topology t;
    t.settings.vshardCount = VShards;
    for (int i = 1; i <= 20; ++i) {
        Shard s;
        s.id = i;
        s.host = QStringLiteral("127.0.0.%1").arg((i - 1) % 5 + 1);
        s.database = QStringLiteral("shard_%1").arg(i);
        s.user = QStringLiteral("app");
        s.capacityMb = 1024;
        t.shards.append(s);
    }
    t.vshards = VShardMap(VShards);
    t.vshards.spreadEvenly(t.headIds());
    return t;
}

// Runs work, then lets the event loop repaint, while a heartbeat measures the longest stall.
class StallMeter
{
public:
    StallMeter()
    {
        m_heartbeat.setInterval(5);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_sinceTick.elapsed());
            m_sinceTick.restart();
        });
    }

    template<typename Work>
    void run(Work work)
    {
        m_sinceTick.start();
        m_heartbeat.start();
        work();
        settle();
        m_maxGapMs = std::max(m_maxGapMs, m_sinceTick.elapsed());
        m_heartbeat.stop();
    }
    qint64 maxGapMs() const { return m_maxGapMs; }

private:
    static void settle()
    {
        // Two passes: the first delivers posted updates (chart timer), the second paints them.
        for (int i = 0; i < 2; ++i)
            QApplication::processEvents();
    }

    QTimer m_heartbeat;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGapMs = 0;
};

void BM_OpenAndShowMap(benchmark::State &state)
{
    const Topology topology = millionVShards();
    StallMeter meter;
    for (auto _ : state) {
        TopologyDocument document;
        VShardMapPanel panel(&document);
        panel.resize(1000, 700);
        panel.show();
        meter.run([&] { document.load(topology); });
        benchmark::DoNotOptimize(panel.view()->model()->rowCount());
    }
    state.counters["max_stall_ms"] = double(meter.maxGapMs());
}

void BM_Assign500kSelected(benchmark::State &state)
{
    TopologyDocument document;
    VShardMapPanel panel(&document);
    panel.resize(1000, 700);
    panel.show();
    document.load(millionVShards());
    QApplication::processEvents();
    QTableView *view = panel.view();
    StallMeter meter;
    int target = 1;
    for (auto _ : state) {
        meter.run([&] {
            view->selectionModel()->select(QItemSelection(view->model()->index(250000, 0),
                                                          view->model()->index(749999, 2)),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            benchmark::DoNotOptimize(panel.assignSelection(target));
        });
        target = target % 20 + 1;
    }
    state.counters["max_stall_ms"] = double(meter.maxGapMs());
}

void BM_FilterByShard(benchmark::State &state)
{
    TopologyDocument document;
    VShardMapPanel panel(&document);
    panel.resize(1000, 700);
    panel.show();
    document.load(millionVShards());
    QApplication::processEvents();
    StallMeter meter;
    int head = 1;
    for (auto _ : state) {
        meter.run([&] { panel.model()->setFilter(head, 0, VShards - 1); });
        benchmark::DoNotOptimize(panel.model()->rowCount());
        head = head % 20 + 1;
    }
    state.counters["max_stall_ms"] = double(meter.maxGapMs());
}

} // namespace

BENCHMARK(BM_OpenAndShowMap)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_Assign500kSelected)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_FilterByShard)->Unit(benchmark::kMillisecond)->Iterations(20);

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
