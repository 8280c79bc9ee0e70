// Monitoring cost (issue 4): app CPU per server per tick, and whether the Poller keeps up at 1 Hz.
// Needs running sandbox servers; polls the first N of SHARDDESK_SANDBOX_SERVERS (as printed by
// `scripts/sandbox env`):
//   SHARDDESK_SANDBOX_BASE=40 scripts/sandbox start 20 && eval "$(SHARDDESK_SANDBOX_BASE=40 scripts/sandbox env)"
//   build/ci/bench/bench_poller
// Counters: cpu_us_per_server_tick = (user + sys CPU of this process over the run) / (servers * ticks);
// missed = polls that did not happen or did not answer (servers * ticks - reachable samples);
// slowest_tick_ms = the longest time from a tick's start until its last server answered;
// cpu_percent_of_one_core = that CPU over the wall-clock time of the run.
#include "monitor/Poller.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>

#include <sys/resource.h>

using namespace ShardDesk;

namespace {

constexpr int Ticks = 10;

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QStringList sandboxHosts()
{
    const QString list = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SHARDDESK_SANDBOX_SERVERS"));
    return list.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

std::shared_ptr<const Topology> topologyOf(const QStringList &hosts)
{
    auto topology = std::make_shared<Topology>();
    topology->settings.vshardCount = 1024;
    QList<int> heads;
    for (int i = 0; i < hosts.size(); ++i) {
        Shard shard;
        shard.id = i + 1;
        shard.host = hosts.at(i).trimmed();
        shard.database = QStringLiteral("mysql"); // on every server: the size query has a row to sum
        shard.user = QStringLiteral("sharddesk");
        shard.capacityMb = 512;
        topology->shards << shard;
        heads << shard.id;
    }
    topology->vshards = VShardMap(1024);
    topology->vshards.spreadEvenly(heads);
    return topology;
}

// Args: number of servers, interval in ms. Polling 20 servers every 100 ms is the CPU load of 200
// servers at 1 Hz: how far beyond the sandbox's 20 the Poller would go.
void BM_PollServers(benchmark::State &state)
{
    const int servers = int(state.range(0));
    const int intervalMs = int(state.range(1));
    const QStringList hosts = sandboxHosts();
    if (hosts.size() < servers) {
        state.SkipWithError("not enough sandbox servers: scripts/sandbox start 20 and eval its env");
        return;
    }
    const QString password = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("SHARDDESK_SANDBOX_PASSWORD"), QStringLiteral("sharddesk-sandbox"));
    for (auto _ : state) {
        Poller poller;
        poller.setTopology(topologyOf(hosts.mid(0, servers)));
        poller.setOptionsProvider([password](const Shard &shard) -> Result<ConnectionOptions> {
            ConnectionOptions options;
            options.user = shard.user;
            options.password = password;
            return options;
        });
        poller.setIntervalMs(intervalMs);
        // Warm up: threads started and connections opened, as in a running monitor.
        QEventLoop warmup;
        QObject::connect(&poller, &Poller::tickFinished, &warmup, &QEventLoop::quit);
        poller.pollNow();
        warmup.exec();

        int reachable = 0;
        int ticks = 0;
        qint64 slowestTickMs = 0;
        QEventLoop loop;
        QObject::connect(&poller, &Poller::sampled, &loop, [&](const ProbeSample &s) { reachable += s.reachable; });
        QObject::connect(&poller, &Poller::tickFinished, &loop, [&](qint64 tickMs) {
            slowestTickMs = qMax(slowestTickMs, QDateTime::currentMSecsSinceEpoch() - tickMs);
            if (++ticks >= Ticks)
                loop.quit();
        });
        const double cpuBefore = cpuSeconds();
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        poller.start();
        loop.exec();
        poller.stop();
        const double cpu = cpuSeconds() - cpuBefore;
        const qint64 elapsedMs = QDateTime::currentMSecsSinceEpoch() - startMs;
        state.counters["cpu_us_per_server_tick"] = cpu * 1e6 / (servers * Ticks);
        state.counters["cpu_percent_of_one_core"] = 100.0 * cpu / (double(elapsedMs) / 1000.0);
        state.counters["missed"] = servers * Ticks - reachable;
        state.counters["slowest_tick_ms"] = double(slowestTickMs);
    }
}

BENCHMARK(BM_PollServers)
    ->Args({5, 1000})
    ->Args({10, 1000})
    ->Args({20, 1000})
    ->Args({20, 100})
    ->Args({20, 50})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
