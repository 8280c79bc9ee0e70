#include "LoadTestCommand.h"

#include "loadtest/LoadTest.h"
#include "loadtest/LoadTestReport.h"

#include <QJsonObject>

#include <unistd.h>

namespace ShardDesk::Cli {

namespace {

QString progressLine(const LoadTestResult &r)
{
    const LoadTestResult::Second last = r.seconds.isEmpty() ? LoadTestResult::Second() : r.seconds.constLast();
    const double eta = r.etaSeconds();
    return LoadTestCommand::tr("%1% %2/%3 users, %4 users/s, p50 %5 ms, p99 %6 ms, errors %7, ETA %8 s")
        .arg(r.spec.users > 0 ? 100 * r.done() / r.spec.users : 0)
        .arg(r.done())
        .arg(r.spec.users)
        .arg(last.users)
        .arg(double(last.p50Micros) / 1000.0, 0, 'f', 2)
        .arg(double(last.p99Micros) / 1000.0, 0, 'f', 2)
        .arg(r.failed + r.unknown)
        .arg(eta < 0 ? QStringLiteral("?") : QString::number(eta, 'f', 0));
}

void printSummary(const LoadTestResult &r, CliContext &context)
{
    QTextStream &out = context.out();
    out << LoadTestCommand::tr("%1 users acknowledged, %2 failed, %3 unknown in %4 s: %5 users/s (mode %6, %n thread(s)).",
                               "", r.spec.threads)
               .arg(r.acknowledged)
               .arg(r.failed)
               .arg(r.unknown)
               .arg(r.elapsedSeconds, 0, 'f', 1)
               .arg(r.usersPerSecond(), 0, 'f', 0)
               .arg(LoadTestSpec::modeName(r.spec.mode))
        << Qt::endl;
    out << LoadTestCommand::tr("Latency: p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms.")
               .arg(double(r.latency.percentile(50)) / 1000.0, 0, 'f', 2)
               .arg(double(r.latency.percentile(95)) / 1000.0, 0, 'f', 2)
               .arg(double(r.latency.percentile(99)) / 1000.0, 0, 'f', 2)
               .arg(double(r.latency.max()) / 1000.0, 0, 'f', 2)
        << Qt::endl;
    for (const LoadTestResult::ShardCounts &s : r.shards) {
        out << LoadTestCommand::tr("  %1: %2 acknowledged, %3 failed, %4 unknown")
                   .arg(s.name)
                   .arg(s.acknowledged)
                   .arg(s.failed)
                   .arg(s.unknown);
        if (!s.lastError.isEmpty())
            out << LoadTestCommand::tr(" (last error: %1)").arg(s.lastError);
        out << Qt::endl;
    }
}

} // namespace

QString LoadTestCommand::description() const
{
    return tr("Insert generated users with their comments into the configured cluster and measure it. User i "
              "is a pure function of the seed and i, so verify needs only --users and --seed. Outcomes are "
              "acknowledged, failed, or unknown (the connection was lost after the statement was sent). Exit "
              "code 2 when any insert was not acknowledged.");
}

Result<LoadTestCommand::Cluster> LoadTestCommand::openCluster(CliContext &context)
{
    auto opened = context.openCluster();
    if (!opened)
        return opened.error();
    if (opened->topology.shards.isEmpty())
        return makeError(tr("The cluster has no shards: run sharddesk-cli provision first."), Error::Kind::Validation);
    return Cluster {std::make_shared<const Topology>(std::move(opened->topology)), std::move(opened->logins)};
}

void LoadTestCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("users"), tr("Users to insert (default 10000, at most 10000000)."), tr("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("threads"), tr("Worker threads (default 4)."), tr("T"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("mode"), tr("autocommit, txn or batch (default autocommit)."), tr("mode"),
                      QStringLiteral("autocommit")});
    parser.addOption({QStringLiteral("batch"), tr("Users per multi-row INSERT in batch mode (default 100)."), tr("B"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("comments"), tr("Comments per user (default 1)."), tr("C"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the generated users (default 1)."), tr("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("rate"), tr("At most this many users per second (default: no limit)."), tr("R"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("duration"), tr("Stop after this many seconds."), tr("seconds"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("report"), tr("Save loadtest.json, loadtest.csv and loadtest.html here."), tr("folder")});
}

int LoadTestCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    LoadTestSpec spec;
    bool ok[7] = {};
    spec.users = parser.value(QStringLiteral("users")).toLongLong(&ok[0]);
    spec.threads = parser.value(QStringLiteral("threads")).toInt(&ok[1]);
    spec.batchSize = parser.value(QStringLiteral("batch")).toInt(&ok[2]);
    spec.commentsPerUser = parser.value(QStringLiteral("comments")).toInt(&ok[3]);
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok[4]);
    spec.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble(&ok[5]);
    spec.durationSeconds = parser.value(QStringLiteral("duration")).toInt(&ok[6]);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok))
        return context.usage(tr("--users, --threads, --batch, --comments, --seed and --duration take whole numbers, "
                                "--rate a number."));
    if (!LoadTestSpec::modeFromName(parser.value(QStringLiteral("mode")), &spec.mode))
        return context.usage(tr("--mode is autocommit, txn or batch."));
    if (const QStringList problems = spec.problems(); !problems.isEmpty())
        return context.usage(problems.join(QLatin1Char(' ')));
    auto cluster = openCluster(context);
    if (!cluster)
        return context.fail(cluster.error());

    LoadTest test(spec, std::make_shared<const RoutingTable>(cluster->topology), cluster->login);
    const bool terminal = isatty(STDERR_FILENO);
    if (terminal) {
        QObject::connect(&test, &LoadTest::progress, [&context](const LoadTestResult &snapshot) {
            context.err() << QLatin1Char('\r') << progressLine(snapshot) << QStringLiteral("\x1b[K");
            context.err().flush();
        });
    }
    const LoadTestResult result = test.run();
    if (terminal)
        context.err() << Qt::endl;
    if (!result.setupError.isEmpty())
        return context.fail(makeError(result.setupError));
    if (parser.isSet(QStringLiteral("report"))) {
        if (auto saved = LoadTestReport::save(result, parser.value(QStringLiteral("report"))); !saved)
            return context.fail(saved.error());
    }
    if (context.json())
        context.printJson(LoadTestReport::toJson(result));
    else
        printSummary(result, context);
    return result.failed + result.unknown > 0 ? CliContext::RuntimeError : CliContext::Ok;
}

} // namespace ShardDesk::Cli
