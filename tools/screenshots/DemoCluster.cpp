#include "DemoCluster.h"

#include "MonitorTestSamples.h"

#include <cmath>

namespace ShardDesk::Screenshots::DemoCluster {

namespace {
const double SizesMb[] = {9340, 700, 8440, 1400, 7540, 2100};
}

Topology topology()
{
    Topology t;
    t.settings.name = QStringLiteral("shop");
    t.settings.vshardCount = 4096;
    for (int id = 1; id <= 6; ++id) {
        Shard s;
        s.id = id;
        s.parentId = id % 2 == 0 ? id - 1 : 0;
        s.host = QStringLiteral("127.0.0.%1").arg((id + 1) / 2);
        s.port = 3306;
        s.database = QStringLiteral("shard_%1").arg(id);
        s.user = QStringLiteral("app");
        s.credentialRef = QStringLiteral("app@%1:3306").arg(s.host);
        s.capacityMb = 10240;
        s.currentMb = SizesMb[id - 1];
        s.full = id == 1;
        t.shards << s;
    }
    t.vshards = VShardMap(t.settings.vshardCount);
    t.vshards.spreadEvenly(t.headIds());
    return t;
}

VShardSizes vshardSizes()
{
    const Topology t = topology();
    const QHash<int, int> perHead = t.vshards.countPerHead();
    VShardSizes sizes;
    for (int v = 0; v < t.vshards.count(); ++v) {
        const int head = t.vshards.headOf(v);
        const double bucketMb = SizesMb[head - 1] + SizesMb[head]; // the head and its overflow shard
        const double spread = 0.7 + 0.6 * double((quint32(v) * 2654435761u) % 1000) / 1000.0;
        const double mb = bucketMb / perHead.value(head) * spread;
        sizes.insert(v, {.rows = qint64(mb * 1024 * 1024 / 600), .mb = mb});
    }
    return sizes;
}

QList<ProbeSample> samples(int seconds, qint64 endMs)
{
    using Testing::Gib;
    const qint64 hostRam[] = {16 * Gib, 16 * Gib, 4 * Gib};
    const qint64 baseMemoryMib[] = {5200, 4300, 3300};
    QList<ProbeSample> all;
    for (int i = 0; i < seconds; ++i) {
        const qint64 t = endMs - qint64(seconds - 1 - i) * 1000;
        const double grown = 0.4 * i; // MB: the overflow shards take the new rows
        for (int server = 0; server < 3; ++server) {
            const int head = 2 * server + 1;
            QHash<QString, double> sizes{{QStringLiteral("shard_%1").arg(head), SizesMb[head - 1]},
                                         {QStringLiteral("shard_%1").arg(head + 1), SizesMb[head] + grown * (server + 1)}};
            const qint64 memory = baseMemoryMib[server] + qint64(60 * std::sin(i / 40.0 + server)) + i / 5;
            ProbeSample s = Testing::makeSample(QStringLiteral("127.0.0.%1:3306").arg(server + 1), t, memory, sizes,
                                                hostRam[server]);
            s.bufferPoolSizeBytes = hostRam[server] / 4;
            s.bufferPoolDataBytes = s.bufferPoolSizeBytes * (70 + server * 8) / 100;
            s.queriesPerSec = 800 + 150 * std::sin(i / 25.0 + server);
            s.insertsPerSec = 120 + 30 * std::cos(i / 30.0);
            s.threadsConnected = 12 + (i + server) % 5;
            all << s;
        }
    }
    return all;
}

} // namespace ShardDesk::Screenshots::DemoCluster
