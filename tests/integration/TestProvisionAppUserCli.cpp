#include "CliRunner.h"
#include "SandboxLogin.h"

#include "provision/Provisioner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using ShardDesk::Testing::CliRun;
using namespace Qt::StringLiterals;

// `sharddesk-cli provision --app-user` on the sandbox: the password only from the environment and masked in
// the dry run, kept in the credential store (an encrypted secrets file here), so a load test and verify
// afterwards log in as the application user with no password given. Fails when the sandbox is down.
class TestProvisionAppUserCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void appUserNeedsItsPasswordFromTheEnvironment();
    void dryRunMasksTheAppPassword();
    void loadTestAndVerifyLogInAsTheStoredAppUser();

private:
    CliRun cli(const QStringList &args) const;
    QStringList provisionArgs() const;
    static ClusterPlan plan();

    QTemporaryDir m_dir;
    QString m_hosts;
};

ClusterPlan TestProvisionAppUserCli::plan()
{
    ClusterPlan p;
    for (const QString &server : Testing::sandboxServers().mid(0, 2))
        p.servers.append(*ServerAddress::parse(server));
    p.shardsPerServer = 2;
    p.databasePattern = u"clapp_%1"_s;
    p.user = Testing::sandboxUser();
    p.appUser = u"sd_cli_app"_s;
    return p;
}

CliRun TestProvisionAppUserCli::cli(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SD_ADMIN_PASSWORD"_s, Testing::sandboxPassword());
    env.insert(u"SD_APP_PASSWORD"_s, u"cli-app-secret"_s);
    env.insert(u"SD_MASTER"_s, u"cli-master"_s);
    const QStringList common {u"--config"_s,
                              m_dir.filePath(u"c.sqlite"_s),
                              u"--secrets-file"_s,
                              m_dir.filePath(u"secrets"_s),
                              u"--master-password-env"_s,
                              u"SD_MASTER"_s};
    return Testing::runCli(QStringLiteral(SHARDDESK_CLI_PATH), args + common, env);
}

QStringList TestProvisionAppUserCli::provisionArgs() const
{
    return {u"provision"_s,
            u"--hosts"_s,
            m_hosts,
            u"--user"_s,
            Testing::sandboxUser(),
            u"--password-env"_s,
            u"SD_ADMIN_PASSWORD"_s,
            u"--vshards"_s,
            u"64"_s,
            u"--shards-per-server"_s,
            u"2"_s,
            u"--database-pattern"_s,
            u"clapp_%1"_s,
            u"--app-user"_s,
            u"sd_cli_app"_s};
}

void TestProvisionAppUserCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hosts = m_dir.filePath(u"hosts"_s);
    QFile hosts(m_hosts);
    QVERIFY(hosts.open(QIODevice::WriteOnly));
    hosts.write(Testing::sandboxServers().mid(0, 2).join(u'\n').toUtf8());
    hosts.close();
    cleanupTestCase();
}

void TestProvisionAppUserCli::cleanupTestCase()
{
    Provisioner provisioner(plan(), Testing::sandboxLogin());
    const Provisioner::Outcome dropped = provisioner.rollBack(Provisioner::everyPlannedDatabase(plan()));
    QVERIFY2(dropped.ok(), qPrintable(dropped.errors().join(u'\n')));
}

void TestProvisionAppUserCli::appUserNeedsItsPasswordFromTheEnvironment()
{
    const CliRun run = cli(provisionArgs() << u"--dry-run"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(u"--app-user needs its password in the environment variable named by --app-password-env."_s),
        qPrintable(run.err));
}

void TestProvisionAppUserCli::dryRunMasksTheAppPassword()
{
    const CliRun run = cli(provisionArgs() << u"--app-password-env"_s << u"SD_APP_PASSWORD"_s << u"--dry-run"_s);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"CREATE USER IF NOT EXISTS 'sd_cli_app'@'%' IDENTIFIED BY PASSWORD '***';"_s),
             qPrintable(run.out));
    QVERIFY(
        run.out.contains(u"GRANT SELECT, INSERT, UPDATE, DELETE, LOCK TABLES ON `clapp_4`.* TO 'sd_cli_app'@'%';"_s));
    QVERIFY(!run.out.contains(u"cli-app-secret"_s));
}

void TestProvisionAppUserCli::loadTestAndVerifyLogInAsTheStoredAppUser()
{
    const CliRun created = cli(provisionArgs() << u"--app-password-env"_s << u"SD_APP_PASSWORD"_s);
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const CliRun shards = cli({u"shard"_s, u"list"_s});
    QCOMPARE(shards.out.count(u"sd_cli_app"_s), 4);
    // No --password-env: every shard's password comes from the secrets file, stored by provision.
    const CliRun load = cli({u"loadtest"_s, u"--users"_s, u"300"_s, u"--threads"_s, u"2"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(load.exitCode == 0, qPrintable(load.err));
    const CliRun verified = cli({u"verify"_s, u"--users"_s, u"300"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QVERIFY(verified.out.contains(u"Everything checked out."_s));
}

QTEST_GUILESS_MAIN(TestProvisionAppUserCli)
#include "TestProvisionAppUserCli.moc"
