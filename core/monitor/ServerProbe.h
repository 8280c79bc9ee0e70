#pragma once

#include "db/ConnectionOptions.h"
#include "db/ConnectionPool.h"
#include "db/ServerAddress.h"
#include "monitor/ProbeSample.h"

#include <QCoreApplication>
#include <QStringList>

namespace ShardDesk {

// One poll of one server, on the calling thread: global status (memory, buffer pool data, connections,
// query and insert counters, uptime), version and buffer pool size, and the data + index size of the
// given shard databases in one information_schema query. Uses the calling thread's pooled connection
// (the options' connect/read/write timeouts bound every step) and drops it after a failure, so the
// next poll reconnects. Rates and host RAM are not filled in here: they need the previous sample and
// the user's settings (Poller does both).
class ServerProbe
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ServerProbe)

public:
    ServerProbe(ServerAddress server, QStringList databases, ConnectionOptions options);

    // Never fails: an unreachable server gives a sample with reachable == false and the error.
    ProbeSample run(ConnectionPool &pool) const;

private:
    Result<void> readStatus(QSqlDatabase &db, ProbeSample &sample) const;
    Result<void> readVariables(QSqlDatabase &db, ProbeSample &sample) const;
    Result<void> readPerformanceSchemaMemory(QSqlDatabase &db, ProbeSample &sample) const;
    Result<void> readDatabaseSizes(ConnectionPool &pool, const QSqlDatabase &db, ProbeSample &sample) const;

    ServerAddress m_server;
    QStringList m_databases;
    ConnectionOptions m_options;
};

} // namespace ShardDesk
