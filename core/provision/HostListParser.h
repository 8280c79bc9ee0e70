#pragma once

#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShardDesk {

// The servers of a host list as the user typed it, and every line that could not be taken.
struct HostList
{
    struct Entry
    {
        int line = 0; // 1-based line number in the text
        ServerAddress address;
    };
    struct Problem
    {
        int line = 0;
        QString text;    // the line as typed, without its comment
        QString message; // a whole sentence naming the line and the reason
        bool duplicate = false;
    };

    QList<Entry> servers;
    QList<Problem> problems;

    bool ok() const { return problems.isEmpty() && !servers.isEmpty(); }
    QList<ServerAddress> addresses() const;
    QStringList messages() const;
};

// Parses the provisioning host list: one server per line as `host`, `host:port`, `[v6]:port` or a DNS
// name; `#` starts a comment; blank lines are skipped. Addresses are canonicalised by ServerAddress, so
// two spellings of one server (127.1 and 127.0.0.1) are flagged as duplicates of the first line.
class HostListParser
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::HostListParser)

public:
    static HostList parse(const QString &text, int defaultPort = ServerAddress::DefaultPort);
    // A list with no server at all is reported as a problem on line 0.
    static QString emptyListMessage();
};

} // namespace ShardDesk
