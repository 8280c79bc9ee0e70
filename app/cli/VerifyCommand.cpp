#include "VerifyCommand.h"

#include "LoadTestCommand.h"
#include "loadtest/LoadTestReport.h"
#include "loadtest/Verifier.h"

namespace ShardDesk::Cli {

QString VerifyCommand::description() const
{
    return tr("Check what a load test left in the cluster, from --users and --seed alone: the users found "
              "(at least the acknowledged inserts, at most acknowledged + unknown, no key twice), a sample read "
              "back by key and joined with its comments, scatter-gather, the \"elephant\" FULLTEXT count, and "
              "that every row is in the vshard and bucket its key routes to. Only reads. Exit code 2 on any "
              "problem.");
}

void VerifyCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("users"), tr("Users the load test generated (default 10000)."), tr("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seed"), tr("The load test's seed (default 1)."), tr("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("sample"), tr("Keys to read back (default 1000)."), tr("K"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("comments"), tr("Comments per user (default 1)."), tr("C"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("acknowledged"),
                      tr("Inserts the load test reported acknowledged (default: all users)."), tr("A")});
    parser.addOption({QStringLiteral("unknown"), tr("Inserts the load test reported unknown (default 0)."), tr("U"),
                      QStringLiteral("0")});
}

int VerifyCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    Verifier::Options options;
    bool ok[6] = {true, true, true, true, true, true};
    options.users = parser.value(QStringLiteral("users")).toLongLong(&ok[0]);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok[1]);
    options.sample = parser.value(QStringLiteral("sample")).toInt(&ok[2]);
    options.commentsPerUser = parser.value(QStringLiteral("comments")).toInt(&ok[3]);
    if (parser.isSet(QStringLiteral("acknowledged")))
        options.acknowledged = parser.value(QStringLiteral("acknowledged")).toLongLong(&ok[4]);
    options.unknown = parser.value(QStringLiteral("unknown")).toLongLong(&ok[5]);
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok) || options.users < 1 || options.sample < 0)
        return context.usage(tr("--users, --seed, --sample, --comments, --acknowledged and --unknown take whole "
                                "numbers; --users at least 1."));
    auto cluster = LoadTestCommand::openCluster(context);
    if (!cluster)
        return context.fail(cluster.error());
    Verifier verifier(cluster->topology, cluster->login);
    const Verifier::Report report = verifier.run(options);
    if (context.json()) {
        context.printJson(LoadTestReport::toJson(report));
    } else {
        context.out() << tr("%1 users found (%2 duplicate keys), %3 comments, %4 \"elephant\" keywords; %5 of %6 "
                            "sampled keys missing, %7 different; %8 rows outside their vshard or bucket; checked in "
                            "%9 s.")
                             .arg(report.found)
                             .arg(report.duplicates)
                             .arg(report.comments)
                             .arg(report.elephants)
                             .arg(report.sampleMissing)
                             .arg(report.sampled)
                             .arg(report.sampleMismatched)
                             .arg(report.wrongVShard + report.wrongBucket)
                             .arg(report.elapsedSeconds, 0, 'f', 1)
                      << Qt::endl;
        for (const QString &problem : report.problems)
            context.err() << problem << Qt::endl;
        if (report.ok())
            context.out() << tr("Everything checked out.") << Qt::endl;
    }
    return report.ok() ? CliContext::Ok : CliContext::RuntimeError;
}

} // namespace ShardDesk::Cli
