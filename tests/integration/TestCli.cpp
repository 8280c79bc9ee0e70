#include "CliRunner.h"
#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Drives sharddesk-cli as a user would: real processes, real exit codes, an SQLite store and a store on
// a sandbox server.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initAddSpreadRouteOnSqlite();
    void routeJsonMatchesRoutingContract();
    void usageErrorsExitWithOne();
    void validationErrorsExitWithTwo();
    void removeIsRefusedWhileVShardsPointAtShard();
    void exportImportRoundTripsAndBacksUp();
    void globalOptionsAcceptedAfterSubcommand();
    void mysqlStoreTakesPasswordFromEnvironmentOnly();
    void helpOfEverySubcommandNamesItsOptions_data();
    void helpOfEverySubcommandNamesItsOptions();
    void versionPrintsProgramAndVersion();
    void unreadableTlsFileIsAUsageError_data();
    void unreadableTlsFileIsAUsageError();
    void tlsKeyWithoutCertIsAUsageError();
    void tlsOptionValueIsNotTakenForTheCommand();
    void requireTlsRefusesAPlainTextServer();

private:
    using Run = ShardDesk::Testing::CliRun;
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Run cliSqlite(QStringList args);
    void makeCluster();
    // Drops a store database on the first sandbox server with the mariadb client; fails when it is down.
    void dropDatabase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = m_dir->filePath(QStringLiteral("conf.sqlite"));
}

TestCli::Run TestCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    return ShardDesk::Testing::runCli(QStringLiteral(SHARDDESK_CLI_PATH), args, env, 60000);
}

TestCli::Run TestCli::cliSqlite(QStringList args)
{
    args << QStringLiteral("--config") << m_config;
    return cli(args);
}

void TestCli::makeCluster()
{
    QCOMPARE(cliSqlite({QStringLiteral("init"), QStringLiteral("--vshards"), QStringLiteral("1024")}).exitCode, 0);
    for (int i = 1; i <= 2; ++i) {
        const Run r = cliSqlite({QStringLiteral("shard"), QStringLiteral("add"), QStringLiteral("--host"),
                                 QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("--database"),
                                 QStringLiteral("shard_%1").arg(i), QStringLiteral("--user"), QStringLiteral("app")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const Run spread = cliSqlite({QStringLiteral("vshards"), QStringLiteral("spread")}); // all unmapped: no --force
    QVERIFY2(spread.exitCode == 0, qPrintable(spread.err));
}

void TestCli::dropDatabase(const QString &name)
{
    QProcess mariadb;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MYSQL_PWD"), ShardDesk::Testing::sandboxPassword());
    mariadb.setProcessEnvironment(env);
    mariadb.start(QStringLiteral("mariadb"), {QStringLiteral("--protocol=TCP"), QStringLiteral("-h"),
                                              ShardDesk::Testing::sandboxServers().value(0), QStringLiteral("-u"),
                                              ShardDesk::Testing::sandboxUser(), QStringLiteral("-e"),
                                              QStringLiteral("DROP DATABASE IF EXISTS ") + name});
    QVERIFY2(mariadb.waitForFinished(30000) && mariadb.exitCode() == 0,
             "the sandbox is not reachable: run scripts/sandbox start 5");
}

void TestCli::initAddSpreadRouteOnSqlite()
{
    makeCluster();
    const Run list = cliSqlite({QStringLiteral("shard"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QStringLiteral("127.0.0.2:3306/shard_2")));
    const Run validate = cliSqlite({QStringLiteral("validate")});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    const Run vshards = cliSqlite({QStringLiteral("vshards"), QStringLiteral("list")});
    QVERIFY(vshards.out.contains(QStringLiteral("0-511\t1\t")));
    QVERIFY(vshards.out.contains(QStringLiteral("512-1023\t2\t")));
}

void TestCli::routeJsonMatchesRoutingContract()
{
    makeCluster();
    const Run r = cliSqlite({QStringLiteral("route"), QStringLiteral("a@b.com"), QStringLiteral("alice@example.com"),
                             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0][QStringLiteral("crc32")].toInteger(), 2266853783);
    QCOMPARE(rows[0][QStringLiteral("vshard")].toInt(), 407);
    QCOMPARE(rows[0][QStringLiteral("targetShard")].toInt(), 1);
    QCOMPARE(rows[0][QStringLiteral("target")].toString(), QStringLiteral("127.0.0.1:3306/shard_1"));
    QCOMPARE(rows[1][QStringLiteral("vshard")].toInt(), 553);
    QCOMPARE(rows[1][QStringLiteral("targetShard")].toInt(), 2);

    // Regression: a key holding "%1" was taken for a placeholder in the text output.
    const Run percent = cliSqlite({QStringLiteral("route"), QStringLiteral("a%1b")});
    QCOMPARE(percent.exitCode, 0);
    QVERIFY2(percent.out.startsWith(QStringLiteral("a%1b\tcrc32=")), qPrintable(percent.out));
}

void TestCli::usageErrorsExitWithOne()
{
    QCOMPARE(cli({}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
    const Run badOption = cliSqlite({QStringLiteral("route"), QStringLiteral("--no-such-option")});
    QCOMPARE(badOption.exitCode, 1);
    QVERIFY(badOption.err.contains(QStringLiteral("no-such-option")));
    const Run passwordInUrl = cli({QStringLiteral("--config"), QStringLiteral("mysql://u:secret@127.0.0.1/shardconf"),
                                   QStringLiteral("validate")});
    QCOMPARE(passwordInUrl.exitCode, 1);
    QVERIFY(!passwordInUrl.err.contains(QStringLiteral("secret")));
}

void TestCli::validationErrorsExitWithTwo()
{
    QCOMPARE(cliSqlite({QStringLiteral("init"), QStringLiteral("--vshards"), QStringLiteral("16")}).exitCode, 0);
    const Run badPort = cliSqlite({QStringLiteral("shard"), QStringLiteral("add"), QStringLiteral("--host"),
                                   QStringLiteral("127.0.0.1:99999"), QStringLiteral("--database"),
                                   QStringLiteral("s"), QStringLiteral("--user"), QStringLiteral("u")});
    QCOMPARE(badPort.exitCode, 1); // a malformed option value is a usage error
    const Run badParent = cliSqlite({QStringLiteral("shard"), QStringLiteral("add"), QStringLiteral("--host"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("--database"), QStringLiteral("s"),
                                     QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--parent"),
                                     QStringLiteral("3x")});
    QCOMPARE(badParent.exitCode, 1);
    QVERIFY(badParent.err.contains(QStringLiteral("3x")));
    QVERIFY(badPort.err.contains(QStringLiteral("99999")));
    const QStringList addShard{QStringLiteral("shard"), QStringLiteral("add"), QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--database"), QStringLiteral("s"),
                               QStringLiteral("--user"), QStringLiteral("u")};
    QCOMPARE(cliSqlite(addShard).exitCode, 0);
    const Run duplicate = cliSqlite(addShard); // the same database on the same server twice
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY(duplicate.err.contains(QStringLiteral("invalid:")));
    // A cluster with unmapped vshards is stored but does not validate.
    const Run validate = cliSqlite({QStringLiteral("validate")});
    QCOMPARE(validate.exitCode, 2);
    QVERIFY(!validate.out.isEmpty());
    const Run noStore = cli({QStringLiteral("--config"), m_dir->filePath(QStringLiteral("none.sqlite")),
                             QStringLiteral("route"), QStringLiteral("k")});
    QCOMPARE(noStore.exitCode, 2);
}

void TestCli::removeIsRefusedWhileVShardsPointAtShard()
{
    makeCluster();
    const Run r = cliSqlite({QStringLiteral("shard"), QStringLiteral("remove"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("512")));
    // Remapping mapped vshards strands their rows: refused without --force.
    const QStringList reassign{QStringLiteral("vshards"), QStringLiteral("assign"), QStringLiteral("512-1023"),
                               QStringLiteral("--to"), QStringLiteral("1")};
    const Run refused = cliSqlite(reassign);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("512 vshards")));
    QCOMPARE(cliSqlite(reassign + QStringList{QStringLiteral("--force")}).exitCode, 0);
    QCOMPARE(cliSqlite({QStringLiteral("shard"), QStringLiteral("remove"), QStringLiteral("2")}).exitCode, 0);
    QVERIFY(!cliSqlite({QStringLiteral("shard"), QStringLiteral("list")}).out.contains(QStringLiteral("shard_2")));
}

void TestCli::exportImportRoundTripsAndBacksUp()
{
    makeCluster();
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    QCOMPARE(cliSqlite({QStringLiteral("export"), exported}).exitCode, 0);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains("password"));

    // Into a new store: plain import. Into the old one: refused without --replace, then backed up.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QCOMPARE(cli({QStringLiteral("--config"), other, QStringLiteral("import"), exported}).exitCode, 0);
    const Run again = cliSqlite({QStringLiteral("import"), exported});
    QCOMPARE(again.exitCode, 1);
    const Run replaced = cliSqlite({QStringLiteral("import"), exported, QStringLiteral("--replace")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY(replaced.err.contains(QStringLiteral("Backed up")));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("conf.sqlite.backup-*.json")}).size(), 1);

    const Run a = cli({QStringLiteral("--config"), other, QStringLiteral("route"), QStringLiteral("x@y.z"),
                       QStringLiteral("--json")});
    const Run b = cliSqlite({QStringLiteral("route"), QStringLiteral("x@y.z"), QStringLiteral("--json")});
    QCOMPARE(a.out, b.out);
}

void TestCli::globalOptionsAcceptedAfterSubcommand()
{
    makeCluster();
    const Run before = cli({QStringLiteral("--config"), m_config, QStringLiteral("--json"), QStringLiteral("route"),
                            QStringLiteral("k")});
    const Run after = cli({QStringLiteral("route"), QStringLiteral("k"), QStringLiteral("--json"),
                           QStringLiteral("--config"), m_config});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.out, after.out);
}

void TestCli::mysqlStoreTakesPasswordFromEnvironmentOnly()
{
    const QString url = QStringLiteral("mysql://%1@%2:3306/sd_it_cli")
                            .arg(ShardDesk::Testing::sandboxUser(), ShardDesk::Testing::sandboxServers().value(0));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SD_TEST_PW"), ShardDesk::Testing::sandboxPassword());
    env.insert(QStringLiteral("SD_WRONG_PW"), QStringLiteral("not-the-password"));

    dropDatabase(QStringLiteral("sd_it_cli")); // a previous run's store would make init fail
    const Run init = cli({QStringLiteral("--config"), url, QStringLiteral("init"), QStringLiteral("--vshards"),
                          QStringLiteral("64"), QStringLiteral("--password-env"), QStringLiteral("SD_TEST_PW")},
                         env);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Run wrong = cli({QStringLiteral("--config"), url, QStringLiteral("validate"), QStringLiteral("--password-env"),
                           QStringLiteral("SD_WRONG_PW")},
                          env);
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(!wrong.err.contains(QStringLiteral("not-the-password")));
    const Run unset = cli({QStringLiteral("--config"), url, QStringLiteral("validate"), QStringLiteral("--password-env"),
                           QStringLiteral("SD_NOT_SET")},
                          env);
    QCOMPARE(unset.exitCode, 1);
    QVERIFY(unset.err.contains(QStringLiteral("SD_NOT_SET")));
}

void TestCli::helpOfEverySubcommandNamesItsOptions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("named"); // its own options or arguments, as --help must show them
    const auto row = [](const char *command, const QStringList &named) {
        QTest::newRow(command) << QString::fromLatin1(command) << named;
    };
    row("init", {QStringLiteral("--vshards <N>"), QStringLiteral("--name"), QStringLiteral("--lowercase-keys")});
    row("shard", {QStringLiteral("--host <host>"), QStringLiteral("--capacity-mb <MB>"), QStringLiteral("--parent")});
    row("vshards", {QStringLiteral("--shard <id>"), QStringLiteral("--to <id>"), QStringLiteral("--force")});
    row("route", {QStringLiteral("KEY...")});
    row("provision", {QStringLiteral("--hosts <file>"), QStringLiteral("--dry-run"), QStringLiteral("--drop-existing")});
    row("loadtest", {QStringLiteral("--users <N>"), QStringLiteral("--threads <T>"), QStringLiteral("--report")});
    row("verify", {QStringLiteral("--users <N>"), QStringLiteral("--sample <K>"), QStringLiteral("--unknown")});
    row("export", {QStringLiteral("FILE")});
    row("move", {QStringLiteral("--vshards <list>"), QStringLiteral("--resume"), QStringLiteral("--abort")});
    row("rebalance", {QStringLiteral("--split <id>"), QStringLiteral("--even"), QStringLiteral("--dry-run")});
    row("import", {QStringLiteral("--replace")});
    row("import-pyshards", {QStringLiteral("--keep-source-passwords"), QStringLiteral("SOURCE")});
    row("validate", {QStringLiteral("Exit code 2")});
    row("monitor", {QStringLiteral("--once"), QStringLiteral("--interval <seconds>"), QStringLiteral("--count <n>")});
}

void TestCli::helpOfEverySubcommandNamesItsOptions()
{
    QFETCH(QString, command);
    QFETCH(QStringList, named);
    const Run r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: sharddesk-cli %1 ").arg(command)), qPrintable(r.out));
    named << QStringLiteral("--config <path-or-url>") << QStringLiteral("--json") << QStringLiteral("--tls-ca <file>")
          << QStringLiteral("--tls-cert <file>") << QStringLiteral("--tls-key <file>") << QStringLiteral("--require-tls")
          << QStringLiteral("Exit codes: 0 success, 1 usage error, 2 validation or runtime error.");
    for (const QString &text : std::as_const(named))
        QVERIFY2(r.out.contains(text), qPrintable(text + QStringLiteral(" is missing from:\n") + r.out));
}

void TestCli::versionPrintsProgramAndVersion()
{
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^sharddesk-cli \\d+\\.\\d+\\.\\d+\\n$")).match(version.out).hasMatch(),
             qPrintable(version.out));
}

void TestCli::unreadableTlsFileIsAUsageError_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("ca") << QStringLiteral("--tls-ca");
    QTest::newRow("cert") << QStringLiteral("--tls-cert");
    QTest::newRow("key") << QStringLiteral("--tls-key");
}

// The driver would only warn about such a file and connect in plain text (RELIABILITY.md): refused first.
void TestCli::unreadableTlsFileIsAUsageError()
{
    QFETCH(QString, option);
    makeCluster();
    const QString missing = m_dir->filePath(QStringLiteral("missing.pem"));
    const Run r = cliSqlite({option, missing, QStringLiteral("validate")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The file %1 given with %2 does not exist or cannot be read.")
                                .arg(missing, option)),
             qPrintable(r.err));
}

void TestCli::tlsKeyWithoutCertIsAUsageError()
{
    makeCluster();
    const QString key = m_dir->filePath(QStringLiteral("key.pem"));
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run r = cliSqlite({QStringLiteral("validate"), QStringLiteral("--tls-key"), key});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--tls-cert and --tls-key must be given together.")), qPrintable(r.err));
}

// main() finds the subcommand by skipping the values of global options: a CA file named "route" is
// still a file, and the command is the route that follows it.
void TestCli::tlsOptionValueIsNotTakenForTheCommand()
{
    makeCluster();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    QFile ca(m_dir->filePath(QStringLiteral("validate")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    const Run r = cli({QStringLiteral("--config"), m_config, QStringLiteral("--tls-ca"), QStringLiteral("validate"),
                       QStringLiteral("--json"), QStringLiteral("route"), QStringLiteral("a@b.com")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("\"vshard\"")), qPrintable(r.out));
}

// The options reach the connection: the sandbox servers have TLS disabled, so --require-tls must refuse
// the store on a server instead of opening it in plain text.
void TestCli::requireTlsRefusesAPlainTextServer()
{
    const QString url = QStringLiteral("mysql://%1@%2:3306/sd_it_cli_tls")
                            .arg(ShardDesk::Testing::sandboxUser(), ShardDesk::Testing::sandboxServers().value(0));
    dropDatabase(QStringLiteral("sd_it_cli_tls"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SD_TEST_PW"), ShardDesk::Testing::sandboxPassword());
    const QStringList init{QStringLiteral("--config"), url, QStringLiteral("--password-env"), QStringLiteral("SD_TEST_PW"),
                           QStringLiteral("init"), QStringLiteral("--vshards"), QStringLiteral("16")};
    const Run refused = cli(QStringList(init) << QStringLiteral("--require-tls"), env);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("TLS is required")), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(ShardDesk::Testing::sandboxPassword()));
    // The same command without the option reaches the server, so the refusal above came from TLS.
    const Run plain = cli(QStringList(init) << QStringLiteral("--json"), env);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    dropDatabase(QStringLiteral("sd_it_cli_tls"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
