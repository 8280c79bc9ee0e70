#include "ProbeSampleJson.h"

#include <QDateTime>

namespace ShardDesk {

namespace {

QJsonValue known(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonValue known(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject ProbeSampleJson::toJson(const ProbeSample &sample)
{
    QJsonObject sizes;
    for (auto it = sample.databaseSizeMb.cbegin(); it != sample.databaseSizeMb.cend(); ++it)
        sizes.insert(it.key(), it.value());
    QJsonObject json {
        {QStringLiteral("server"), sample.serverKey},
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(sample.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("reachable"), sample.reachable},
        {QStringLiteral("latencyMs"), known(qint64(sample.latencyMs))},
        {QStringLiteral("version"), sample.version.isEmpty() ? QJsonValue() : QJsonValue(sample.version)},
        {QStringLiteral("uptimeSec"), known(sample.uptimeSec)},
        {QStringLiteral("memoryUsedBytes"), known(sample.memoryUsedBytes)},
        {QStringLiteral("bufferPoolSizeBytes"), known(sample.bufferPoolSizeBytes)},
        {QStringLiteral("bufferPoolDataBytes"), known(sample.bufferPoolDataBytes)},
        {QStringLiteral("hostRamBytes"), known(sample.hostRamBytes)},
        {QStringLiteral("threadsConnected"), known(qint64(sample.threadsConnected))},
        {QStringLiteral("queriesPerSec"), known(sample.queriesPerSec)},
        {QStringLiteral("insertsPerSec"), known(sample.insertsPerSec)},
        {QStringLiteral("databaseSizeMb"), sizes},
    };
    if (!sample.reachable)
        json.insert(QStringLiteral("error"), sample.error);
    return json;
}

} // namespace ShardDesk
