#pragma once
// What the monitoring integration tests share: the sandbox login with a given timeout, one shard per
// sandbox server, and an administrator connection per server for setting up databases.

#include "Sandbox.h"

#include "db/ConnectionPool.h"
#include "topology/Topology.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace ShardDesk::Testing {

inline ConnectionOptions monitorOptions(int timeoutSec = 2)
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    options.connectTimeoutSec = options.readTimeoutSec = options.writeTimeoutSec = timeoutSec;
    return options;
}

inline ServerAddress sandboxAddress(int k)
{
    return ServerAddress::parse(sandboxServers().at(k - 1)).value();
}

inline QString sandboxKey(int k)
{
    return sandboxAddress(k).toString();
}

// One head shard per sandbox server (databases prefix_1 .. prefix_N), vshards spread over them.
inline std::shared_ptr<const Topology> onePerServerTopology(const QString &prefix, int servers = 5)
{
    auto topology = std::make_shared<Topology>();
    topology->settings.vshardCount = 64;
    QList<int> heads;
    for (int k = 1; k <= servers; ++k) {
        Shard shard;
        shard.id = k;
        shard.host = sandboxAddress(k).host();
        shard.database = QStringLiteral("%1_%2").arg(prefix).arg(k);
        shard.user = sandboxUser();
        shard.capacityMb = 100;
        topology->shards << shard;
        heads << k;
    }
    topology->vshards = VShardMap(64);
    topology->vshards.spreadEvenly(heads);
    return topology;
}

inline ConnectionOptionsProvider sandboxProvider(int timeoutSec = 2)
{
    return [timeoutSec](const Shard &) -> Result<ConnectionOptions> {
        return monitorOptions(timeoutSec);
    };
}

// Named connection "name-K" to server k as the test's administrator; false with *error on failure.
inline bool openAdmin(const QString &name, int k, QString *error)
{
    auto db = ConnectionPool::openConnection(QStringLiteral("%1-%2").arg(name).arg(k), sandboxAddress(k), {},
                                             monitorOptions(5));
    if (!db)
        *error = QStringLiteral("Sandbox server %1 is not reachable (%2). Start it with: scripts/sandbox start 5")
                     .arg(sandboxKey(k), db.error().fullText());
    return db.ok();
}

// Runs statements on server k through connection "name-K"; the first failure's text, empty on success.
inline QString adminExec(const QString &name, int k, const QStringList &statements)
{
    QSqlQuery query(QSqlDatabase::database(QStringLiteral("%1-%2").arg(name).arg(k), false));
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return sql + QStringLiteral(": ") + query.lastError().text();
    }
    return {};
}

inline void closeAdmin(const QString &name, int k)
{
    QSqlDatabase::removeDatabase(QStringLiteral("%1-%2").arg(name).arg(k));
}

} // namespace ShardDesk::Testing
