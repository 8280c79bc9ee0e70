// What Verify's cross-shard duplicate check costs, and what bounding its memory costs: N users in two
// buckets of head + overflow shard on two sandbox servers, half of each bucket's vshards moved to the
// overflow shard (so every bucket has keys on both shards and the check reads all of them), then
// Verifier::run with Options::keysInMemory = 100,000 (the default), 10,000 and N (one group: every key
// of a bucket in memory at once), interleaved round by round. Needs scripts/sandbox (2 servers).
//
//   build/ci/bench/bench_verify_duplicates [users=200000] [rounds=3] [keysInMemory]
// With keysInMemory, only that setting runs, and the process's peak resident memory is printed too
// (getrusage), so one process per setting compares what bounding the check saves.
#include "SandboxLogin.h"

#include "db/ConnectionPool.h"
#include "loadtest/LoadTest.h"
#include "loadtest/Verifier.h"
#include "provision/Provisioner.h"
#include "routing/RoutingTable.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace ShardDesk;

namespace {

ConnectionOptions admin()
{
    ConnectionOptions o = Testing::sandboxLogin();
    // Moving half a bucket and counting a million keys take longer than the interactive 3 s.
    o.readTimeoutSec = o.writeTimeoutSec = 300;
    return o;
}

// Moves the rows of odd vshards from each bucket's head to its overflow shard (same server), ids kept.
bool splitBuckets(const ClusterPlan &plan)
{
    for (int s = 0; s < plan.servers.size(); ++s) {
        const QStringList databases = plan.databasesOf(s);
        const QString name = QStringLiteral("bench-split-%1").arg(s);
        bool ok = true;
        {
            auto db = ConnectionPool::openConnection(name, plan.servers.at(s), QString(), admin());
            if (!db)
                return false;
            QSqlQuery query(*db);
            const QString head = QStringLiteral("`%1`.`user`").arg(databases.at(0));
            const QString overflow = QStringLiteral("`%1`.`user`").arg(databases.at(1));
            for (const QString &sql :
                 {QStringLiteral("INSERT INTO %2 SELECT * FROM %1 WHERE VIRTUAL_SHARD % 2 = 1").arg(head, overflow),
                  QStringLiteral("DELETE FROM %1 WHERE VIRTUAL_SHARD % 2 = 1").arg(head)}) {
                if (!query.exec(sql)) {
                    QTextStream(stderr) << query.lastError().text() << Qt::endl;
                    ok = false;
                    break;
                }
            }
            db->close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 users = args.size() > 1 ? args.at(1).toLongLong() : 200'000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 3;
    QTextStream out(stdout);

    ClusterPlan plan;
    for (const QString &server : Testing::sandboxServers().mid(0, 2))
        plan.servers.append(*ServerAddress::parse(server));
    plan.shardsPerServer = 2;
    plan.chaining = ClusterPlan::Chaining::BucketPerServer;
    plan.databasePattern = QStringLiteral("bvd_%1");
    plan.user = admin().user;
    Provisioner provisioner(plan, admin());
    provisioner.setDropExisting(true);
    if (const auto created = provisioner.create(); !created.ok()) {
        QTextStream(stderr) << created.errors().join(QLatin1Char('\n')) << Qt::endl;
        return 1;
    }
    const auto topology = std::make_shared<const Topology>(*plan.topology());
    const ConnectionOptionsProvider login = [](const Shard &) -> Result<ConnectionOptions> {
        return admin();
    };

    LoadTestSpec spec;
    spec.users = users;
    spec.commentsPerUser = 0;
    spec.threads = 8;
    spec.mode = LoadTestSpec::Mode::Batch;
    spec.batchSize = 500;
    spec.seed = 3;
    LoadTest load(spec, std::make_shared<const RoutingTable>(topology), login);
    const LoadTestResult loaded = load.run();
    if (loaded.acknowledged != users || !splitBuckets(plan)) {
        QTextStream(stderr) << "loading failed: " << loaded.setupError << Qt::endl;
        return 1;
    }

    const QList<qint64> limits
        = args.size() > 3 ? QList<qint64> {args.at(3).toLongLong()} : QList<qint64> {100'000, 10'000, users};
    QHash<qint64, QList<double>> total, check;
    for (int round = 0; round < rounds; ++round) {
        for (qint64 limit : limits) {
            Verifier verifier(topology, login);
            Verifier::Options options;
            options.users = users;
            options.seed = spec.seed;
            options.commentsPerUser = 0;
            options.sample = 1000;
            options.keysInMemory = limit;
            const Verifier::Report report = verifier.run(options);
            if (!report.ok()) {
                QTextStream(stderr) << report.problems.join(QLatin1Char('\n')) << Qt::endl;
                return 1;
            }
            total[limit].append(report.elapsedSeconds);
            check[limit].append(report.duplicateCheckSeconds);
        }
    }
    out << "users " << users << ", rounds " << rounds << " (medians)\n";
    out << "keysInMemory | verify s | duplicate check s | check share\n";
    for (qint64 limit : limits) {
        const double t = median(total.value(limit)), c = median(check.value(limit));
        out << limit << " | " << t << " | " << c << " | " << (t > 0 ? 100.0 * c / t : 0.0) << " %\n";
    }
    if (args.size() > 3) {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        out << "peak resident memory " << usage.ru_maxrss / 1024 << " MB\n";
    }
    out.flush();
    return Provisioner(plan, admin()).rollBack(Provisioner::everyPlannedDatabase(plan)).ok() ? 0 : 1;
}
