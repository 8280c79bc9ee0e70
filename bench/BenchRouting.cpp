// Routing cost against bare CRC32 of the same keys. Goal (issue 2): routing at most 1.5x bare CRC32.
//   build/ci/bench/bench_routing --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "routing/KeyHash.h"
#include "routing/Router.h"

#include <benchmark/benchmark.h>
#include <zlib.h>

#include <QRandomGenerator>

using namespace ShardDesk;

namespace {

// 64k e-mail-like keys of 12..40 bytes, as the load test makes them.
const std::vector<QByteArray> &keys()
{
    static const std::vector<QByteArray> all = [] {
        std::vector<QByteArray> v;
        QRandomGenerator rng(42);
        for (int i = 0; i < 65536; ++i) {
            QByteArray k;
            const int local = 4 + int(rng.bounded(20));
            for (int c = 0; c < local; ++c)
                k.append(char('a' + rng.bounded(26)));
            k.append("@example");
            k.append(QByteArray::number(rng.bounded(1000)));
            k.append(".com");
            v.push_back(k);
        }
        return v;
    }();
    return all;
}

std::shared_ptr<const Topology> topology(int vshards, int heads)
{
    auto t = std::make_shared<Topology>();
    t->settings.vshardCount = vshards;
    QList<int> ids;
    for (int i = 1; i <= heads; ++i) {
        Shard s;
        s.id = i;
        s.host = QStringLiteral("127.0.0.1");
        s.database = QStringLiteral("shard_%1").arg(i);
        s.user = QStringLiteral("app");
        s.capacityMb = 100;
        t->shards.append(s);
        ids.append(i);
    }
    t->vshards = VShardMap(vshards);
    t->vshards.spreadEvenly(ids);
    return t;
}

void BM_BareCrc32Zlib(benchmark::State &state)
{
    const auto &k = keys();
    size_t i = 0;
    for (auto _ : state) {
        const QByteArray &key = k[i++ & 0xFFFF];
        benchmark::DoNotOptimize(crc32(0L, reinterpret_cast<const Bytef *>(key.constData()), uInt(key.size())));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BareCrc32Zlib);

void BM_BareCrc32KeyHash(benchmark::State &state)
{
    const auto &k = keys();
    size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(KeyHash::crc32(k[i++ & 0xFFFF]));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BareCrc32KeyHash);

// The hot path: a caller holding a routing snapshot routes UTF-8 key bytes.
void BM_RouteBytes(benchmark::State &state)
{
    Router router(topology(int(state.range(0)), 20));
    const auto table = router.table();
    const auto &k = keys();
    size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(table->routeBytes(k[i++ & 0xFFFF]));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RouteBytes)->Arg(1024)->Arg(1000000);

// Through Router::route(QString): snapshot load + UTF-8 encoding of a QString key.
void BM_RouteQString(benchmark::State &state)
{
    Router router(topology(1024, 20));
    std::vector<QString> k;
    for (const QByteArray &b : keys())
        k.push_back(QString::fromUtf8(b));
    size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(router.route(k[i++ & 0xFFFF]));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RouteQString);

} // namespace

BENCHMARK_MAIN();
