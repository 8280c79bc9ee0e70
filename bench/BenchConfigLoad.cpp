// Loading a 1,000,000-vshard topology from an SQLite config store. Goal (issue 2): under 1 s and 64 MB.
//   build/ci/bench/bench_config_load --benchmark_repetitions=3
// The store is written by a forked child, so this process's peak resident set grows only by what loading
// needs: "peak_rss_growth_MB". Run one benchmark per process (--benchmark_filter) for a clean figure.
#include "config/ConfigStore.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ShardDesk;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// A store with 20 heads; contiguous: 20 ranges, or alternating: a million single-vshard ranges (the
// worst case for the range encoding).
QString makeStore(const QTemporaryDir &dir, bool alternating)
{
    const QString path = dir.filePath(alternating ? QStringLiteral("alt.sqlite") : QStringLiteral("contig.sqlite"));
    Topology t;
    t.settings.vshardCount = 1000000;
    QList<int> heads;
    for (int i = 1; i <= 20; ++i) {
        Shard s;
        s.id = i;
        s.host = QStringLiteral("127.0.0.%1").arg((i - 1) % 5 + 1);
        s.database = QStringLiteral("shard_%1").arg(i);
        s.user = QStringLiteral("app");
        s.capacityMb = 1024;
        t.shards.append(s);
        heads.append(i);
    }
    t.vshards = VShardMap(1000000);
    if (alternating) {
        for (int v = 0; v < 1000000; ++v)
            t.vshards.assign(v, heads[v % heads.size()]);
    } else {
        t.vshards.spreadEvenly(heads);
    }
    ConfigStore store;
    if (!store.open(ConfigLocation::sqlite(path)) || !store.replace(t, QStringLiteral("bench")))
        qFatal("could not write the benchmark store");
    return path;
}

void loadBenchmark(benchmark::State &state, bool alternating)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(alternating ? QStringLiteral("alt.sqlite") : QStringLiteral("contig.sqlite"));
    const pid_t child = fork();
    if (child == 0) {
        makeStore(dir, alternating);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        state.SkipWithError("could not write the store");
        return;
    }
    const double before = peakRssMb();
    for (auto _ : state) {
        ConfigStore store;
        if (!store.open(ConfigLocation::sqlite(path), {}, ConfigStore::OpenMode::OpenExisting))
            state.SkipWithError("open failed");
        auto topology = store.load();
        if (!topology || topology->vshards.count() != 1000000)
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(topology);
    }
    state.counters["peak_rss_growth_MB"] = peakRssMb() - before;
    state.counters["peak_rss_MB"] = peakRssMb();
}

void BM_Load1MContiguous(benchmark::State &state)
{
    loadBenchmark(state, false);
}
BENCHMARK(BM_Load1MContiguous)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Load1MAlternating(benchmark::State &state)
{
    loadBenchmark(state, true);
}
BENCHMARK(BM_Load1MAlternating)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
