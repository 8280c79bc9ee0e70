#include "ServerProbe.h"

#include "monitor/MonitorLogging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace ShardDesk {

namespace {

constexpr double BytesPerMb = 1024.0 * 1024.0;

qint64 statusValue(const QHash<QString, qint64> &status, const char *name)
{
    return status.value(QLatin1String(name), -1);
}

} // namespace

ServerProbe::ServerProbe(ServerAddress server, QStringList databases, ConnectionOptions options)
    : m_server(std::move(server)), m_databases(std::move(databases)), m_options(std::move(options))
{ }

ProbeSample ServerProbe::run(ConnectionPool &pool) const
{
    ProbeSample sample;
    sample.serverKey = m_server.toString();
    QElapsedTimer timer;
    timer.start();
    Result<void> status;
    {
        auto db = pool.connection(m_server, {}, m_options);
        if (!db) {
            status = db.error();
        } else {
            status = readVariables(db.value(), sample);
            if (status)
                status = readStatus(db.value(), sample);
            if (status && sample.memoryUsedBytes < 0 && !sample.version.contains(QLatin1String("MariaDB")))
                status = readPerformanceSchemaMemory(db.value(), sample);
            if (status)
                status = readDatabaseSizes(pool, db.value(), sample);
        }
    }
    sample.latencyMs = int(timer.elapsed());
    sample.timestampMs = QDateTime::currentMSecsSinceEpoch();
    sample.reachable = status.ok();
    if (!status) {
        sample.error = status.error().fullText();
        qCDebug(lcMonitor) << "probe of" << sample.serverKey << "failed:" << sample.error;
        // After a timeout the connection's state is unknown: the next poll starts with a fresh one.
        pool.discard(m_server, {}, m_options.user);
    }
    return sample;
}

Result<void> ServerProbe::readVariables(QSqlDatabase &db, ProbeSample &sample) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT @@version, @@innodb_buffer_pool_size")) || !query.next())
        return ConnectionPool::errorFrom(query.lastError(),
                                         tr("Could not read the version of %1.").arg(m_server.toString()));
    sample.version = query.value(0).toString();
    sample.bufferPoolSizeBytes = query.value(1).isNull() ? -1 : query.value(1).toLongLong();
    return {};
}

Result<void> ServerProbe::readStatus(QSqlDatabase &db, ProbeSample &sample) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql
        = QStringLiteral("SHOW GLOBAL STATUS WHERE Variable_name IN ('Memory_used', 'Innodb_buffer_pool_bytes_data', "
                         "'Threads_connected', 'Questions', 'Com_insert', 'Com_insert_select', 'Uptime')");
    if (!query.exec(sql))
        return ConnectionPool::errorFrom(query.lastError(),
                                         tr("Could not read the status of %1.").arg(m_server.toString()));
    QHash<QString, qint64> status;
    while (query.next()) {
        bool ok = false;
        const qint64 value = query.value(1).toLongLong(&ok);
        if (ok)
            status.insert(query.value(0).toString(), value);
    }
    sample.memoryUsedBytes = statusValue(status, "Memory_used");
    sample.bufferPoolDataBytes = statusValue(status, "Innodb_buffer_pool_bytes_data");
    sample.threadsConnected = int(statusValue(status, "Threads_connected"));
    sample.questions = statusValue(status, "Questions");
    sample.uptimeSec = statusValue(status, "Uptime");
    const qint64 inserts = statusValue(status, "Com_insert");
    const qint64 insertSelects = statusValue(status, "Com_insert_select");
    sample.inserts = inserts < 0 ? -1 : inserts + qMax<qint64>(insertSelects, 0);
    return {};
}

// MySQL 8 has no Memory_used; its performance_schema sums what each instrument allocated. When the
// schema is off or not readable, memory stays unknown rather than failing the whole sample.
Result<void> ServerProbe::readPerformanceSchemaMemory(QSqlDatabase &db, ProbeSample &sample) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT SUM(CURRENT_NUMBER_OF_BYTES_USED) FROM "
                                       "performance_schema.memory_summary_global_by_event_name");
    if (query.exec(sql) && query.next() && !query.value(0).isNull())
        sample.memoryUsedBytes = query.value(0).toLongLong();
    else
        qCDebug(lcMonitor) << "no performance_schema memory on" << sample.serverKey << query.lastError().text();
    return {};
}

// One query for all shard databases of the server. SCHEMATA on the left tells an empty database (0 MB)
// from a missing one (absent from the result: unknown).
Result<void> ServerProbe::readDatabaseSizes(ConnectionPool &pool, const QSqlDatabase &db, ProbeSample &sample) const
{
    if (m_databases.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < m_databases.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("SELECT s.SCHEMA_NAME, COALESCE(SUM(t.DATA_LENGTH + t.INDEX_LENGTH), 0) "
                                       "FROM information_schema.SCHEMATA s LEFT JOIN information_schema.TABLES t "
                                       "ON t.TABLE_SCHEMA = s.SCHEMA_NAME WHERE s.SCHEMA_NAME IN (%1) "
                                       "GROUP BY s.SCHEMA_NAME")
                            .arg(marks.join(QLatin1Char(',')));
    const QString context = tr("Could not read the shard sizes on %1.").arg(m_server.toString());
    // Prepared per poll, not cached on the connection: a cached statement outlived its connection when
    // the poll threads were torn down (mysql_stmt_close on a closed handle crashed sharddesk-cli monitor at
    // exit). Once a second per server, the extra prepare costs nothing that matters.
    Q_UNUSED(pool)
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return ConnectionPool::errorFrom(query.lastError(), context);
    for (int i = 0; i < m_databases.size(); ++i)
        query.bindValue(i, m_databases.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return ConnectionPool::errorFrom(error, context);
    }
    while (query.next())
        sample.databaseSizeMb.insert(query.value(0).toString(), query.value(1).toDouble() / BytesPerMb);
    query.finish();
    return {};
}

} // namespace ShardDesk
