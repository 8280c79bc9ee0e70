#include "Shard.h"

namespace ShardDesk {

QString Shard::serverKey() const
{
    const bool ipv6 = host.contains(QLatin1Char(':'));
    return (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

QString Shard::displayName() const
{
    return serverKey() + QLatin1Char('/') + database;
}

} // namespace ShardDesk
