#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>

namespace ShardDesk {

// One MySQL/MariaDB endpoint, canonicalised so that two spellings of one server compare equal:
// IPv4 in dotted quad (127.1 and 0x7f.1 become 127.0.0.1), IPv6 compressed and lower case, DNS names
// lower case. "localhost" would make the client library use the Unix socket and ignore the port, so it
// becomes TCP 127.0.0.1 with a warning.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ServerAddress)

public:
    static constexpr int DefaultPort = 3306;

    ServerAddress() = default;

    // Parses "host", "host:port", "[v6]" or "[v6]:port". A bare IPv6 address without brackets is
    // accepted only without a port ("::1"); "::1:3306" is ambiguous and refused.
    static Result<ServerAddress> parse(const QString &text, int defaultPort = DefaultPort);
    static Result<ServerAddress> fromHostPort(const QString &host, int port);
    // How a shard stores host: as fromHostPort() spells it (127.1 and localhost become 127.0.0.1, IPv6
    // compressed, names lower case), so that two spellings of one server are one server to the topology's
    // checks; host itself, trimmed, when it is not a valid host (connecting reports that).
    static QString storedHost(const QString &host);

    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    bool isIPv6() const { return m_ipv6; }
    bool isValid() const { return !m_host.isEmpty(); }
    // "host:port", with IPv6 hosts in brackets.
    QString toString() const;
    // Set when the address was rewritten in a way the user should be told about.
    const QString &warning() const { return m_warning; }

    bool operator==(const ServerAddress &o) const { return m_host == o.m_host && m_port == o.m_port; }
    bool operator!=(const ServerAddress &o) const { return !(*this == o); }

private:
    QString m_host;
    int m_port = DefaultPort;
    bool m_ipv6 = false;
    QString m_warning;
};

inline size_t qHash(const ServerAddress &a, size_t seed = 0)
{
    return qHashMulti(seed, a.host(), a.port());
}

} // namespace ShardDesk
