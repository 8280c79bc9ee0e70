#include "HostListParser.h"

#include <QHash>

namespace ShardDesk {

QList<ServerAddress> HostList::addresses() const
{
    QList<ServerAddress> result;
    result.reserve(servers.size());
    for (const Entry &entry : servers)
        result.append(entry.address);
    return result;
}

QStringList HostList::messages() const
{
    QStringList result;
    for (const Problem &problem : problems)
        result.append(problem.message);
    return result;
}

QString HostListParser::emptyListMessage()
{
    return tr("The host list names no server: write one server per line.");
}

HostList HostListParser::parse(const QString &text, int defaultPort)
{
    HostList list;
    QHash<ServerAddress, int> firstLine;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        // '#' never occurs in a host name or an address, so everything after it is a comment.
        const QString entry = lines.at(i).section(QLatin1Char('#'), 0, 0).trimmed();
        if (entry.isEmpty())
            continue;
        auto address = ServerAddress::parse(entry, defaultPort);
        if (!address) {
            list.problems.append({lineNumber, entry,
                                  tr("Line %1: \"%2\" is not a server address. %3")
                                      .arg(lineNumber)
                                      .arg(entry, address.error().message),
                                  false});
            continue;
        }
        if (const auto it = firstLine.constFind(*address); it != firstLine.cend()) {
            list.problems.append({lineNumber, entry,
                                  tr("Line %1: \"%2\" is the same server as line %3 (%4).")
                                      .arg(lineNumber)
                                      .arg(entry)
                                      .arg(it.value())
                                      .arg(address->toString()),
                                  true});
            continue;
        }
        firstLine.insert(*address, lineNumber);
        list.servers.append({lineNumber, *address});
    }
    if (list.servers.isEmpty() && list.problems.isEmpty())
        list.problems.append({0, QString(), emptyListMessage(), false});
    return list;
}

} // namespace ShardDesk
