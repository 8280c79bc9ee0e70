#include "HostMemory.h"

#include "db/ServerAddress.h"

#include <QFile>
#include <QRegularExpression>

namespace ShardDesk {

qint64 HostMemory::detect(const QString &host)
{
    // Only an address proves locality: a DNS name could resolve anywhere. ServerAddress writes every
    // spelling of an address canonically (127.1 -> 127.0.0.1, localhost -> 127.0.0.1, IPv6 compressed).
    const auto address = ServerAddress::fromHostPort(host, ServerAddress::DefaultPort);
    if (!address)
        return -1;
    static const QRegularExpression loopbackV4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    const QString &canonical = address->host();
    const bool loopback = canonical == QLatin1String("::1") || loopbackV4.match(canonical).hasMatch();
    return loopback ? localTotalBytes() : -1;
}

qint64 HostMemory::localTotalBytes()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0: read until the end instead of by size.
    return parseMemTotal(file.readAll());
}

qint64 HostMemory::parseMemTotal(const QByteArray &meminfo)
{
    for (const QByteArray &line : meminfo.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            return -1;
        bool ok = false;
        const qint64 value = fields.at(1).toLongLong(&ok);
        if (!ok || value <= 0)
            return -1;
        const bool kilobytes = fields.size() >= 3 && fields.at(2).toLower() == "kb";
        return kilobytes ? value * 1024 : value;
    }
    return -1;
}

} // namespace ShardDesk
