#include "MonitorCommand.h"

#include <cstdio>
#include <cstdlib>

#include "monitor/Poller.h"
#include "monitor/ProbeSampleJson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace ShardDesk::Cli {

namespace {

const QString OnceOption = QStringLiteral("once");
const QString IntervalOption = QStringLiteral("interval");
const QString CountOption = QStringLiteral("count");
const QString TimeoutOption = QStringLiteral("timeout");

// "?" for a quantity the server did not report: never a made-up number.
QString megabytes(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("?") : QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString known(double value, int decimals)
{
    return value < 0 ? QStringLiteral("?") : QString::number(value, 'f', decimals);
}

} // namespace

QString MonitorCommand::description() const
{
    return tr("Poll every server of the cluster: memory, InnoDB buffer pool, connections, queries and inserts "
              "per second, uptime, version and the size of each shard database. --once prints one sample per "
              "server; otherwise samples are printed every --interval seconds until Ctrl+C or --count ticks.");
}

void MonitorCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({OnceOption,
                      tr("Poll every server once, print the samples and exit (exit code 2 when a "
                         "server is unreachable).")});
    parser.addOption({IntervalOption, tr("Seconds between polls (default 1)."), tr("seconds"), QStringLiteral("1")});
    parser.addOption({CountOption, tr("Stop after this many polls (default: run until interrupted)."), tr("n")});
    parser.addOption({TimeoutOption, tr("Connect and read timeout per server in seconds (default 2)."), tr("seconds"),
                      QStringLiteral("2")});
}

int MonitorCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    bool ok = false;
    const double interval = parser.value(IntervalOption).toDouble(&ok);
    if (!ok || interval < 0.1 || interval > 3600)
        return context.usage(tr("--interval takes seconds between 0.1 and 3600."));
    const int timeout = parser.value(TimeoutOption).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 600)
        return context.usage(tr("--timeout takes whole seconds between 1 and 600."));
    const bool once = parser.isSet(OnceOption);
    const int count = once ? 1 : (parser.isSet(CountOption) ? parser.value(CountOption).toInt(&ok) : 0);
    if (!ok || count < 0)
        return context.usage(tr("--count takes a positive number of polls."));

    auto store = context.openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return context.fail(store.error());
    auto topology = context.loadTopology(*store.value());
    if (!topology)
        return context.fail(topology.error());
    store.value().reset();
    if (topology->shards.isEmpty())
        return context.fail(
            makeError(tr("The cluster has no shards, so there is no server to monitor."), Error::Kind::NotFound));
    auto logins = context.shardLogins(*topology);
    if (!logins)
        return context.fail(logins.error());

    Poller poller;
    poller.setTopology(std::make_shared<const Topology>(std::move(topology).value()));
    poller.setOptionsProvider(logins.value());
    poller.setTimeoutSec(timeout);
    poller.setIntervalMs(int(interval * 1000));

    QEventLoop loop;
    QList<ProbeSample> firstTick;
    int ticks = 0;
    QObject::connect(&poller, &Poller::sampled, &loop, [&](const ProbeSample &sample) {
        if (once)
            firstTick.append(sample);
        else if (context.json())
            context.out() << QJsonDocument(ProbeSampleJson::toJson(sample)).toJson(QJsonDocument::Compact) << '\n';
        else
            context.out() << textLine(sample) << '\n';
        context.out().flush();
    });
    QObject::connect(&poller, &Poller::tickFinished, &loop, [&]() {
        if (count > 0 && ++ticks >= count)
            loop.quit();
    });
    // From inside the loop, so a tick that finishes at once still reaches the handler above.
    QTimer::singleShot(0, &loop, [&]() { once ? poller.pollNow() : poller.start(); });
    loop.exec();
    poller.stop();
    if (!once)
        return finish(context, CliContext::Ok);

    std::sort(firstTick.begin(), firstTick.end(),
              [](const ProbeSample &a, const ProbeSample &b) { return a.serverKey < b.serverKey; });
    QJsonArray rows;
    bool allReachable = true;
    for (const ProbeSample &sample : std::as_const(firstTick)) {
        allReachable = allReachable && sample.reachable;
        if (context.json())
            rows.append(ProbeSampleJson::toJson(sample));
        else
            context.out() << textLine(sample) << '\n';
    }
    if (context.json())
        context.printJson(rows);
    return finish(context, allReachable ? CliContext::Ok : CliContext::RuntimeError);
}

// Ends the process once everything is printed. Tearing the poll threads down at exit races QtSql's
// and the client library's own shutdown (a heap corruption in about 1 run of 25 was seen: see issue 4's
// note); a one-shot command has nothing left to clean up that the operating system does not.
int MonitorCommand::finish(CliContext &context, int exitCode)
{
    context.out().flush();
    context.err().flush();
    std::fflush(nullptr);
    std::_Exit(exitCode);
}

QString MonitorCommand::textLine(const ProbeSample &sample)
{
    if (!sample.reachable)
        return tr("%1\tunreachable\t%2").arg(sample.serverKey, sample.error);
    QStringList sizes;
    QStringList databases = sample.databaseSizeMb.keys();
    databases.sort();
    for (const QString &database : std::as_const(databases))
        sizes << tr("%1=%2 MB").arg(database, QString::number(sample.databaseSizeMb.value(database), 'f', 2));
    return tr("%1\tup\t%2\tuptime %3 s\tmemory %4 MB\tbuffer pool %5 of %6 MB\thost RAM %7 MB\t"
              "%8 connections\t%9 queries/s\t%10 inserts/s\t%11")
        .arg(sample.serverKey, sample.version, QString::number(sample.uptimeSec), megabytes(sample.memoryUsedBytes),
             megabytes(sample.bufferPoolDataBytes), megabytes(sample.bufferPoolSizeBytes),
             megabytes(sample.hostRamBytes), QString::number(sample.threadsConnected), known(sample.queriesPerSec, 1))
        .arg(known(sample.insertsPerSec, 1), sizes.join(QLatin1Char(' ')));
}

} // namespace ShardDesk::Cli
