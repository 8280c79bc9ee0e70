#pragma once

#include <QString>

namespace ShardDesk {

// The RAM of the machine a server runs on, when it can be known without asking anyone: a server on a
// loopback address runs on this machine, whose total RAM /proc/meminfo gives. Any other server's host
// RAM is unknown (-1) until the user enters it; it is never guessed.
class HostMemory
{
public:
    // Total RAM in bytes for a server at host, or -1 when it cannot be detected.
    static qint64 detect(const QString &host);
    // MemTotal of this machine in bytes, or -1 when /proc/meminfo cannot be read.
    static qint64 localTotalBytes();
    // Parses the MemTotal line of a /proc/meminfo text ("MemTotal:  16314572 kB"); -1 when absent.
    static qint64 parseMemTotal(const QByteArray &meminfo);
};

} // namespace ShardDesk
