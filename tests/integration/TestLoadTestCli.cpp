#include "CliRunner.h"
#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Issue 5 end to end through sharddesk-cli on the sandbox: provision a cluster from a host list, load
// users in every mode, verify from the seed alone, and a server killed in the middle of a run.
class TestLoadTestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void provisionLoadAndVerifyTenThousandUsers();
    void everyModeWritesUsersWithTheirComments_data();
    void everyModeWritesUsersWithTheirComments();
    void badHostListsAreRefusedWithLineNumbers_data();
    void badHostListsAreRefusedWithLineNumbers();
    void existingDatabasesAreRefusedWithoutDropExisting();
    void killedServerFailsOnlyItsShardsAndAcknowledgedRowsStay();

private:
    using Run = ShardDesk::Testing::CliRun;
    QProcessEnvironment environment() const;
    QStringList withStore(QStringList args) const;
    Run cli(const QStringList &args, int timeoutMs = 180000);
    QString writeHosts(const QString &name, const QString &text);
    Run provision(const QString &hostsFile, const QStringList &extra = {});
    qint64 rowsOnFirstShard(const QString &seed);

    QTemporaryDir m_dir;
    QString m_config;
    QString m_hosts;
    bool m_killed = false;
};

QProcessEnvironment TestLoadTestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHARDDESK_TEST_PASSWORD"_s, ShardDesk::Testing::sandboxPassword());
    return env;
}

QStringList TestLoadTestCli::withStore(QStringList args) const
{
    args << u"--config"_s << m_config << u"--password-env"_s << u"SHARDDESK_TEST_PASSWORD"_s;
    return args;
}

TestLoadTestCli::Run TestLoadTestCli::cli(const QStringList &args, int timeoutMs)
{
    return ShardDesk::Testing::runCli(QStringLiteral(SHARDDESK_CLI_PATH), withStore(args), environment(), timeoutMs);
}

QString TestLoadTestCli::writeHosts(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return {};
    return path;
}

TestLoadTestCli::Run TestLoadTestCli::provision(const QString &hostsFile, const QStringList &extra)
{
    return cli(QStringList{u"provision"_s, u"--hosts"_s, hostsFile, u"--user"_s, ShardDesk::Testing::sandboxUser(),
                           u"--shards-per-server"_s, u"4"_s, u"--vshards"_s, u"1024"_s, u"--buckets"_s,
                           u"--database-pattern"_s, u"lt_%1"_s}
               + extra);
}

void TestLoadTestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = m_dir.filePath(u"conf.sqlite"_s);
    const QStringList servers = ShardDesk::Testing::sandboxServers();
    QVERIFY2(servers.size() >= 5, "the sandbox has five servers");
    m_hosts = writeHosts(u"hosts.txt"_s, u"# the sandbox\n"_s + servers.mid(0, 5).join(u'\n') + u"\n"_s);
    // The sandbox must be up: a test that cannot reach it fails, it does not skip.
    const Run r = provision(m_hosts, {u"--drop-existing"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Created 20 shards on 5 servers"_s), qPrintable(r.out));
}

void TestLoadTestCli::cleanup()
{
    if (m_killed) {
        QString out;
        QVERIFY2(ShardDesk::Testing::runSandbox({u"restart"_s, u"3"_s}, &out), qPrintable(out));
        m_killed = false;
    }
}

void TestLoadTestCli::provisionLoadAndVerifyTenThousandUsers()
{
    const Run load = cli({u"loadtest"_s, u"--users"_s, u"10000"_s, u"--threads"_s, u"4"_s, u"--mode"_s,
                          u"autocommit"_s, u"--seed"_s, u"1001"_s, u"--report"_s, m_dir.filePath(u"report"_s), u"--json"_s});
    QVERIFY2(load.exitCode == 0, qPrintable(load.err + load.out));
    const QJsonObject result = load.json();
    QCOMPARE(result[u"acknowledged"_s].toInteger(), 10000);
    QCOMPARE(result[u"failed"_s].toInteger(), 0);
    QCOMPARE(result[u"shards"_s].toArray().size(), 20);
    for (const QString &file : {u"loadtest.json"_s, u"loadtest.csv"_s, u"loadtest.html"_s})
        QVERIFY2(QFileInfo(m_dir.filePath(u"report/"_s + file)).size() > 0, qPrintable(file));

    const QStringList verifyArgs{u"verify"_s, u"--users"_s, u"10000"_s, u"--seed"_s, u"1001"_s, u"--json"_s};
    const Run first = cli(verifyArgs);
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    const QJsonObject report = first.json();
    QCOMPARE(report[u"found"_s].toInteger(), 10000);
    QCOMPARE(report[u"duplicates"_s].toInteger(), 0);
    QCOMPARE(report[u"comments"_s].toInteger(), 10000);
    QCOMPARE(report[u"elephants"_s].toInteger(), 100);
    QCOMPARE(report[u"sampled"_s].toInt(), 1000);
    QCOMPARE(report[u"sampleMissing"_s].toInt(), 0);
    QCOMPARE(report[u"wrongVShard"_s].toInteger(), 0);
    QCOMPARE(report[u"wrongBucket"_s].toInteger(), 0);

    // Verifying again with the same seed reads the same rows and writes none.
    const Run again = cli(verifyArgs);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(again.json()[u"found"_s].toInteger(), 10000);
    QCOMPARE(again.json()[u"scatterRows"_s].toInteger(), report[u"scatterRows"_s].toInteger());

    // Claiming more acknowledged inserts than are there is caught.
    const Run wrong = cli({u"verify"_s, u"--users"_s, u"10001"_s, u"--seed"_s, u"1001"_s, u"--sample"_s, u"10"_s});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"Only 10000 users were found, but 10001 inserts were acknowledged."_s), qPrintable(wrong.err));
}

void TestLoadTestCli::everyModeWritesUsersWithTheirComments_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("seed");
    QTest::newRow("autocommit") << u"autocommit"_s << u"2001"_s;
    QTest::newRow("txn") << u"txn"_s << u"2002"_s;
    QTest::newRow("batch") << u"batch"_s << u"2003"_s;
}

void TestLoadTestCli::everyModeWritesUsersWithTheirComments()
{
    QFETCH(QString, mode);
    QFETCH(QString, seed);
    const Run load = cli({u"loadtest"_s, u"--users"_s, u"3000"_s, u"--threads"_s, u"3"_s, u"--mode"_s, mode,
                          u"--batch"_s, u"25"_s, u"--comments"_s, u"2"_s, u"--seed"_s, seed, u"--json"_s});
    QVERIFY2(load.exitCode == 0, qPrintable(load.err + load.out));
    QCOMPARE(load.json()[u"acknowledged"_s].toInteger(), 3000);
    const Run verify = cli({u"verify"_s, u"--users"_s, u"3000"_s, u"--seed"_s, seed, u"--comments"_s, u"2"_s,
                            u"--sample"_s, u"300"_s, u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QCOMPARE(verify.json()[u"comments"_s].toInteger(), 6000);
    QCOMPARE(verify.json()[u"elephants"_s].toInteger(), 60);
    QCOMPARE(verify.json()[u"sampleMismatched"_s].toInt(), 0);
}

void TestLoadTestCli::badHostListsAreRefusedWithLineNumbers_data()
{
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << u"127.0.0.161\n%%garbage%%\n"_s << u"Line 2: \"%%garbage%%\" is not a server address."_s;
    QTest::newRow("octets") << u"# list\n127.0.0.161\n127.0.0.256\n"_s << u"Line 3: \"127.0.0.256\""_s;
    QTest::newRow("port") << u"host:99999\n"_s << u"Line 1: \"host:99999\" is not a server address. The port \"99999\" is not a number from 1 to 65535."_s;
    QTest::newRow("duplicate") << u"127.0.0.161\n127.0.0.161:3306\n"_s << u"Line 2: \"127.0.0.161:3306\" is the same server as line 1"_s;
}

void TestLoadTestCli::badHostListsAreRefusedWithLineNumbers()
{
    QFETCH(QString, hosts);
    QFETCH(QString, message);
    const Run r = provision(writeHosts(u"bad.txt"_s, hosts), {u"--dry-run"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // no statement listed for a bad list
}

void TestLoadTestCli::existingDatabasesAreRefusedWithoutDropExisting()
{
    const Run r = provision(m_hosts);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"These databases exist already: lt_1, lt_2, lt_3, lt_4."_s), qPrintable(r.err));
    // Nothing was dropped: the rows of the earlier runs are still there.
    QVERIFY(rowsOnFirstShard(u"2001"_s) > 0);
}

qint64 TestLoadTestCli::rowsOnFirstShard(const QString &seed)
{
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, u"probe"_s);
        db.setHostName(ShardDesk::Testing::sandboxServers().constFirst());
        db.setUserName(ShardDesk::Testing::sandboxUser());
        db.setPassword(ShardDesk::Testing::sandboxPassword());
        db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=3;MYSQL_OPT_READ_TIMEOUT=3;MYSQL_OPT_WRITE_TIMEOUT=3"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT COUNT(*) FROM lt_1.user WHERE userid LIKE ?"_s);
            q.addBindValue(u"s%1.u%"_s.arg(seed));
            if (q.exec() && q.next())
                rows = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return rows;
}

void TestLoadTestCli::killedServerFailsOnlyItsShardsAndAcknowledgedRowsStay()
{
    const QString third = ShardDesk::Testing::sandboxServers().at(2) + u":3306/"_s;
    QProcess load;
    load.setProcessEnvironment(environment());
    // Rate-limited so the run is still going when the server dies.
    load.start(QStringLiteral(SHARDDESK_CLI_PATH),
               withStore({u"loadtest"_s, u"--users"_s, u"12000"_s, u"--threads"_s, u"4"_s, u"--mode"_s, u"txn"_s,
                          u"--rate"_s, u"2000"_s, u"--seed"_s, u"3001"_s, u"--json"_s}));
    load.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(rowsOnFirstShard(u"3001"_s) > 20, 30000);
    QString out;
    QVERIFY2(ShardDesk::Testing::runSandbox({u"kill"_s, u"3"_s}, &out), qPrintable(out));
    m_killed = true;
    QVERIFY(load.waitForFinished(120000));
    QCOMPARE(load.exitCode(), 2); // errors were reported
    const QJsonObject result = QJsonDocument::fromJson(load.readAllStandardOutput()).object();
    QVERIFY2(!result.isEmpty(), qPrintable(QString::fromUtf8(load.readAllStandardError())));
    qint64 errorsOnThird = 0;
    QHash<QString, qint64> acknowledgedPerServer; // buckets: only a server's head shard takes writes
    for (const QJsonValue &value : result[u"shards"_s].toArray()) {
        const QJsonObject shard = value.toObject();
        const QString name = shard[u"shard"_s].toString();
        const qint64 errors = shard[u"failed"_s].toInteger() + shard[u"unknown"_s].toInteger();
        if (name.startsWith(third)) {
            errorsOnThird += errors;
        } else {
            QVERIFY2(errors == 0, qPrintable(name + u": "_s + shard[u"lastError"_s].toString()));
            acknowledgedPerServer[name.section(u'/', 0, 0)] += shard[u"acknowledged"_s].toInteger();
        }
    }
    QVERIFY(errorsOnThird > 0);
    QCOMPARE(acknowledgedPerServer.size(), 4);
    for (qint64 acknowledged : std::as_const(acknowledgedPerServer))
        QVERIFY(acknowledged > 0);

    // With the server back, every acknowledged row is there, and nothing beyond acknowledged + unknown.
    QVERIFY2(ShardDesk::Testing::runSandbox({u"restart"_s, u"3"_s}, &out), qPrintable(out));
    m_killed = false;
    const Run verify = cli({u"verify"_s, u"--users"_s, u"12000"_s, u"--seed"_s, u"3001"_s, u"--acknowledged"_s,
                            QString::number(result[u"acknowledged"_s].toInteger()), u"--unknown"_s,
                            QString::number(result[u"unknown"_s].toInteger()), u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QCOMPARE(verify.json()[u"usersWithoutComments"_s].toInteger(), 0);
}

QTEST_GUILESS_MAIN(TestLoadTestCli)
#include "TestLoadTestCli.moc"
