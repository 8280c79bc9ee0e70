#include "config/ConfigStore.h"
#include "config/MoveJournal.h"

#include "MoveCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

const QString PasswordVariable = QStringLiteral("SHARDDESK_TEST_MOVE_PASSWORD");

} // namespace

// sharddesk-cli move and rebalance against the sandbox (issue 6): a move killed with SIGKILL half-way is
// finished by `move --resume`, and nothing is lost or left twice.
class TestMoveCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void vshardsListSizesCountsTheRowsOnTheServers();
    void killedMoveIsFinishedByResume();
    void rebalanceDryRunShowsThePlanWithoutMoving();

private:
    QProcess *startCli(const QStringList &args);
    // The journal's steps as another program sees them; empty while the store is busy.
    QStringList journalSteps();

    QTemporaryDir m_dir;
    QString m_storePath;
    ClusterContents m_before;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestMoveCli::initTestCase()
{
    const auto created = createMoveCluster();
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    const Topology topology = moveTopology();
    QVERIFY(preloadUsers(topology).ok());
    m_storePath = m_dir.filePath(QStringLiteral("store.sqlite"));
    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(m_storePath)).ok());
    QVERIFY(store.replace(topology, QStringLiteral("test")).ok());
    m_before = readCluster(topology);
    QVERIFY2(m_before.problems.isEmpty(), qPrintable(m_before.problems.join(u'\n')));
}

void TestMoveCli::cleanupTestCase()
{
    for (auto &process : m_processes) {
        process->kill();
        process->waitForFinished(5000);
    }
    for (int k = 1; k <= MoveServers; ++k) {
        (void)moveAdmin(k, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(moveDatabase(k)));
        QSqlDatabase::removeDatabase(moveAdminConnection(k));
    }
}

QProcess *TestMoveCli::startCli(const QStringList &args)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(PasswordVariable, sandboxPassword());
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(
        QStringLiteral(SHARDDESK_CLI_PATH),
        QStringList {QStringLiteral("--config"), m_storePath, QStringLiteral("--password-env"), PasswordVariable}
            + args);
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

QStringList TestMoveCli::journalSteps()
{
    QStringList steps;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal-reader"));
        db.setDatabaseName(m_storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100;QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT step FROM sd_move_journal"))) {
            while (query.next())
                steps << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal-reader"));
    return steps;
}

void TestMoveCli::vshardsListSizesCountsTheRowsOnTheServers()
{
    QProcess *list = startCli({QStringLiteral("--json"), QStringLiteral("vshards"), QStringLiteral("list"),
                               QStringLiteral("--sizes"), QStringLiteral("--shard"), QStringLiteral("2")});
    QVERIFY(list->waitForFinished(60000));
    QVERIFY2(list->exitCode() == 0, list->readAllStandardError().constData());
    const QJsonArray vshards = QJsonDocument::fromJson(list->readAllStandardOutput()).array();
    const Topology topology = moveTopology();
    QCOMPARE(vshards.size(), std::count(topology.vshards.heads().cbegin(), topology.vshards.heads().cend(), 2));
    qint64 rows = 0;
    QHash<int, qint64> rowsOf;
    for (const QJsonValue &entry : vshards) {
        const QJsonObject vshard = entry.toObject();
        QCOMPARE(vshard.value(QStringLiteral("head")).toInt(), 2);
        QVERIFY(vshard.value(QStringLiteral("mb")).toDouble() >= 0);
        const qint64 counted = vshard.value(QStringLiteral("rows")).toInteger();
        rowsOf.insert(vshard.value(QStringLiteral("vshard")).toInt(), counted);
        rows += counted;
    }
    // Every row of both sharded tables on head 2's database, and one vshard's on its own, as the server counts.
    auto onServer = moveAdmin(2,
                              QStringLiteral("SELECT (SELECT COUNT(*) FROM %1.user) + (SELECT COUNT(*) FROM "
                                             "%1.user_comment)")
                                  .arg(moveDatabase(2)));
    QVERIFY(onServer.ok() && onServer->next());
    QVERIFY(rows > 0);
    QCOMPARE(rows, onServer->value(0).toLongLong());
    const int v = rowsOf.keys().first();
    auto ofOne = moveAdmin(2,
                           QStringLiteral("SELECT (SELECT COUNT(*) FROM %1.user WHERE VIRTUAL_SHARD = %2) + "
                                          "(SELECT COUNT(*) FROM %1.user_comment WHERE VIRTUAL_SHARD = %2)")
                               .arg(moveDatabase(2))
                               .arg(v));
    QVERIFY(ofOne.ok() && ofOne->next());
    QCOMPARE(rowsOf.value(v), ofOne->value(0).toLongLong());
}

void TestMoveCli::killedMoveIsFinishedByResume()
{
    // 64 vshards of about 20 rows each in batches of about 300 rows (cut by the sizes the command measures),
    // throttled so that the kill lands half-way.
    QProcess *move = startCli({QStringLiteral("move"), QStringLiteral("--vshards"), QStringLiteral("0-63"),
                               QStringLiteral("--to"), QStringLiteral("5"), QStringLiteral("--throttle"),
                               QStringLiteral("1000"), QStringLiteral("--batch-rows"), QStringLiteral("300")});
    QVERIFY(move->waitForStarted());
    const auto halfWay = [this] {
        const QStringList steps = journalSteps();
        const qsizetype cleaned = steps.count(QStringLiteral("cleaned"));
        return cleaned > 0 && cleaned < steps.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(halfWay(), 60000);
    move->kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(move->waitForFinished(10000));
    QCOMPARE(move->exitStatus(), QProcess::CrashExit);

    QProcess *resume = startCli({QStringLiteral("move"), QStringLiteral("--resume"), QStringLiteral("--json")});
    QVERIFY(resume->waitForFinished(120000));
    QVERIFY2(resume->exitCode() == 0, resume->readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(resume->readAllStandardOutput()).object();
    const QJsonObject resumed = report.value(QStringLiteral("resumed")).toObject();
    QVERIFY(resumed.value(QStringLiteral("vshardsMoved")).toInt() > 0);
    // The resume switched what the kill left unswitched (or recorded the switch the kill cut short).
    const qint64 switchedMs = resumed.value(QStringLiteral("switchedMs")).toInteger();
    QVERIFY(switchedMs > 0);
    QVERIFY(switchedMs <= resumed.value(QStringLiteral("elapsedMs")).toInteger());

    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(m_storePath)).ok());
    const auto map = store.load();
    QVERIFY(map.ok());
    for (int v = 0; v < 64; ++v)
        QCOMPARE(map->vshards.headOf(v), 5);
    QVERIFY(MoveJournal(store).unfinished()->isEmpty());
    const ClusterContents now = readCluster(*map);
    QVERIFY2(now.problems.isEmpty(), qPrintable(now.problems.mid(0, 10).join(u'\n')));
    QCOMPARE(now.preloadedRows, m_before.preloadedRows);
    QCOMPARE(now.preloadedChecksum, m_before.preloadedChecksum);
    QCOMPARE(now.users.size(), m_before.users.size());
}

void TestMoveCli::rebalanceDryRunShowsThePlanWithoutMoving()
{
    QProcess *dryRun = startCli({QStringLiteral("rebalance"), QStringLiteral("--split"), QStringLiteral("1"),
                                 QStringLiteral("--into"), QStringLiteral("5"), QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")});
    QVERIFY(dryRun->waitForFinished(60000));
    QVERIFY2(dryRun->exitCode() == 0, dryRun->readAllStandardError().constData());
    const QJsonObject plan = QJsonDocument::fromJson(dryRun->readAllStandardOutput()).object();
    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(m_storePath)).ok());
    const auto map = store.load();
    QVERIFY(map.ok());
    const int ownedByOne = map->vshards.countPerHead().value(1);
    QCOMPARE(plan.value(QStringLiteral("moves")).toArray().size(), ownedByOne / 2);
    QCOMPARE(plan.value(QStringLiteral("buckets")).toArray().size(), MoveServers);
    QCOMPARE(map->vshards.countPerHead().value(1), ownedByOne); // nothing moved
}

QTEST_GUILESS_MAIN(TestMoveCli)
#include "TestMoveCli.moc"
