#include "ServerAddress.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <optional>

namespace ShardDesk {

namespace {

constexpr int MaxNameLength = 253;
constexpr int MaxLabelLength = 63;

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

bool containsSpace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// RFC 5952 text: lower-case hex without leading zeros, the longest run of two or more zero groups (the
// first of equal runs) as "::", a dotted quad only for IPv4-mapped addresses. inet_ntop would also print
// the deprecated IPv4-compatible form (::1:3306 as ::0.1.51.6), which nobody would recognise.
QString formatIPv6(const in6_addr &address)
{
    quint16 groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = quint16(address.s6_addr[2 * i] << 8 | address.s6_addr[2 * i + 1]);
    const bool mapped = std::all_of(groups, groups + 5, [](quint16 g) { return g == 0; }) && groups[5] == 0xffff;
    const int hexGroups = mapped ? 6 : 8;
    int runStart = -1;
    int runLength = 1; // a single zero group is not compressed
    for (int i = 0; i < hexGroups;) {
        int end = i;
        while (end < hexGroups && groups[end] == 0)
            ++end;
        if (end - i > runLength) {
            runStart = i;
            runLength = end - i;
        }
        i = end == i ? i + 1 : end;
    }
    QString text;
    for (int i = 0; i < hexGroups; ++i) {
        if (i == runStart) {
            text += QLatin1String("::");
            i += runLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        text += QString::number(groups[i], 16);
    }
    if (mapped) {
        if (!text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        const unsigned char *b = address.s6_addr;
        text += QStringLiteral("%1.%2.%3.%4").arg(b[12]).arg(b[13]).arg(b[14]).arg(b[15]);
    }
    return text;
}

std::optional<QString> canonicalIPv6(const QString &text)
{
    in6_addr address {};
    if (!isAscii(text) || inet_pton(AF_INET6, text.toLatin1().constData(), &address) != 1)
        return std::nullopt;
    return formatIPv6(address);
}

// inet_aton, not inet_pton: it accepts the same shorthand the client library's resolver does (127.1,
// 0x7f.1, octal parts), so every spelling that reaches a server becomes one dotted quad.
std::optional<QString> canonicalIPv4(const QString &text)
{
    in_addr address {};
    if (!isAscii(text) || inet_aton(text.toLatin1().constData(), &address) == 0)
        return std::nullopt;
    char buffer[INET_ADDRSTRLEN] = {};
    if (!inet_ntop(AF_INET, &address, buffer, sizeof buffer))
        return std::nullopt;
    return QString::fromLatin1(buffer);
}

// Text that can only have been meant as an IPv4 address: an all-digit last label or a hex part. A DNS
// name never ends in an all-digit label, so "999.1.1.1" is a bad address, not a name.
bool looksNumeric(const QString &host)
{
    const QString last = host.section(QLatin1Char('.'), -1);
    return isAsciiDigits(last) || host.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
}

bool isLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
}

// Whether the bare IPv6 text could also be read as "address:port": "::1:3306" is the address
// ::1:3306 as well as ::1 with port 3306. The last group must look like a port, and what precedes
// its colon must itself be an address (so "::1" is not ambiguous: ":" is not an address).
bool isAmbiguousIPv6(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const QString lastGroup = text.mid(colon + 1);
    const QString before = text.left(colon);
    if (!isAsciiDigits(lastGroup) || before.endsWith(QLatin1Char(':')))
        return false;
    return canonicalIPv6(before).has_value();
}

// An IPv4 address in any spelling the resolver accepts, or a DNS name by the rules of RFC 1123.
Result<QString> canonicalHost(const QString &host)
{
    if (containsSpace(host))
        return makeError(ServerAddress::tr("The host name \"%1\" contains a space.").arg(host), Error::Kind::Usage);
    if (const auto v4 = canonicalIPv4(host))
        return *v4;
    if (looksNumeric(host))
        return makeError(ServerAddress::tr("\"%1\" is not a valid IPv4 address.").arg(host), Error::Kind::Usage);

    // One trailing dot marks a fully qualified name; it is the same server without it.
    const QString name = host.endsWith(QLatin1Char('.')) ? host.chopped(1) : host;
    if (name.size() > MaxNameLength)
        return makeError(ServerAddress::tr("The host name \"%1\" is %2 characters long; host names have at most 253.")
                             .arg(host, QString::number(name.size())),
                         Error::Kind::Usage);
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > MaxLabelLength)
            return makeError(
                ServerAddress::tr("The host name \"%1\" has a part of %2 characters; each part between dots "
                                  "must have 1 to 63.")
                    .arg(host, QString::number(label.size())),
                Error::Kind::Usage);
        const bool charsOk = std::all_of(label.cbegin(), label.cend(), isLabelChar);
        if (!charsOk || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return makeError(ServerAddress::tr("The host name \"%1\" may contain only letters a-z, digits and hyphens, "
                                               "and no part may begin or end with a hyphen.")
                                 .arg(host),
                             Error::Kind::Usage);
    }
    return name.toLower();
}

Result<ServerAddress> fromHostPortText(const QString &host, const QString &portText)
{
    bool ok = false;
    const int port = isAsciiDigits(portText) && portText.size() <= 5 ? portText.toInt(&ok) : 0;
    if (!ok || port < 1 || port > 65535)
        return makeError(ServerAddress::tr("The port \"%1\" is not a number from 1 to 65535.").arg(portText),
                         Error::Kind::Usage);
    return ServerAddress::fromHostPort(host, port);
}

Result<ServerAddress> parseBareIPv6(const QString &text, int defaultPort)
{
    if (isAmbiguousIPv6(text)) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        const QString host = text.left(colon);
        const QString port = text.mid(colon + 1);
        return makeError(
            ServerAddress::tr("\"%1\" is ambiguous: with a port, write the IPv6 address in brackets, as in "
                              "\"[%2]:%3\"; without a port, write \"[%1]\".")
                .arg(text, host, port),
            Error::Kind::Usage);
    }
    if (!canonicalIPv6(text))
        return makeError(ServerAddress::tr("\"%1\" is not an IPv6 address. An IPv6 address with a port is written in "
                                           "brackets, as in \"[::1]:3306\".")
                             .arg(text),
                         Error::Kind::Usage);
    return ServerAddress::fromHostPort(text, defaultPort);
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text, int defaultPort)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("Enter a server address: a host name or IP address, optionally followed by "
                            ":port."),
                         Error::Kind::Usage);
    if (containsSpace(trimmed))
        return makeError(tr("The server address \"%1\" contains a space.").arg(trimmed), Error::Kind::Usage);

    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return makeError(tr("The server address \"%1\" opens a bracket but does not close it.").arg(trimmed),
                             Error::Kind::Usage);
        const QString host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!canonicalIPv6(host))
            return makeError(
                tr("\"%1\" is not an IPv6 address: only IPv6 addresses are written in brackets.").arg(host),
                Error::Kind::Usage);
        if (rest.isEmpty())
            return fromHostPort(host, defaultPort);
        if (!rest.startsWith(QLatin1Char(':')))
            return makeError(tr("The server address \"%1\" has unexpected text after the closing bracket; "
                                "write it as \"[address]:port\".")
                                 .arg(trimmed),
                             Error::Kind::Usage);
        return fromHostPortText(host, rest.mid(1));
    }

    const qsizetype colons = trimmed.count(QLatin1Char(':'));
    if (colons == 0)
        return fromHostPort(trimmed, defaultPort);
    if (colons == 1) {
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        return fromHostPortText(trimmed.left(colon), trimmed.mid(colon + 1));
    }
    return parseBareIPv6(trimmed, defaultPort);
}

QString ServerAddress::storedHost(const QString &host)
{
    const auto address = fromHostPort(host, DefaultPort);
    return address ? address->host() : host.trimmed();
}

Result<ServerAddress> ServerAddress::fromHostPort(const QString &hostText, int port)
{
    QString host = hostText.trimmed();
    if (host.size() >= 2 && host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        return makeError(tr("Enter a host name or IP address."), Error::Kind::Usage);
    if (port < 1 || port > 65535)
        return makeError(tr("The port %1 is not a number from 1 to 65535.").arg(port), Error::Kind::Usage);

    ServerAddress address;
    address.m_port = port;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.compare(QLatin1String("localhost."), Qt::CaseInsensitive) == 0) {
        address.m_host = QStringLiteral("127.0.0.1");
        address.m_warning = tr("\"localhost\" would use the local socket and ignore the port; using TCP to "
                               "127.0.0.1 instead.");
        return address;
    }
    if (host.contains(QLatin1Char(':'))) {
        const auto v6 = canonicalIPv6(host);
        if (!v6)
            return makeError(tr("\"%1\" is not an IPv6 address.").arg(host), Error::Kind::Usage);
        address.m_host = *v6;
        address.m_ipv6 = true;
        return address;
    }
    auto name = canonicalHost(host);
    if (!name)
        return name.error();
    address.m_host = std::move(name).value();
    return address;
}

QString ServerAddress::toString() const
{
    const QString port = QString::number(m_port);
    if (m_ipv6)
        return QLatin1Char('[') + m_host + QLatin1String("]:") + port;
    return m_host + QLatin1Char(':') + port;
}

} // namespace ShardDesk
