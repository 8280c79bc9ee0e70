#include "SandboxLogin.h"

#include "credentials/CredentialStore.h"
#include "db/ConnectionPool.h"
#include "loadtest/LoadTest.h"
#include "loadtest/Verifier.h"
#include "provision/Provisioner.h"
#include "routing/RoutingTable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ShardDesk;
using namespace Qt::StringLiterals;

// The dedicated application user against the sandbox: created on every server with only row privileges
// on the shard databases, its password masked in the dry run, able to run a load test and verify but not
// to change the schema, and dropped again by a roll back — unless it existed before.
class TestAppUser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunMasksThePasswordAndCreateNeedsOne();
    void appUserIsWhatTheShardsLogInAs();
    void appUserMayOnlyUseRows_data();
    void appUserMayOnlyUseRows();
    void loadTestAndVerifyRunAsTheAppUser();
    void rollBackDropsTheAppUserItCreated();
    void rollBackKeepsAnAppUserThatExistedBefore();

private:
    static ClusterPlan plan();
    static ConnectionOptions admin();
    static ConnectionOptions app(const QString &password = AppPassword);
    static void create();
    // Runs sql on plan().servers[server] as login, in the server's first shard database or none; the
    // server's error code, 0 when it worked.
    static int run(const ConnectionOptions &login, const QString &sql, int server = 0, bool inShard = true);

    static inline const QString AppUser = u"sd_app_test"_s;
    static inline const QString AppPassword = u"app-secret-7"_s;
};

ClusterPlan TestAppUser::plan()
{
    ClusterPlan p;
    for (const QString &server : ShardDesk::Testing::sandboxServers().mid(0, 2))
        p.servers.append(*ServerAddress::parse(server));
    p.shardsPerServer = 2;
    p.vshardCount = 64;
    p.chaining = ClusterPlan::Chaining::AllHeads;
    p.databasePattern = u"appu_%1"_s;
    p.user = ShardDesk::Testing::sandboxUser();
    p.appUser = AppUser;
    return p;
}

ConnectionOptions TestAppUser::admin()
{
    return ShardDesk::Testing::sandboxLogin();
}

ConnectionOptions TestAppUser::app(const QString &password)
{
    ConnectionOptions o;
    o.user = AppUser;
    o.password = password;
    return o;
}

void TestAppUser::create()
{
    Provisioner provisioner(plan(), admin());
    provisioner.setAppPassword(AppPassword);
    const Provisioner::Outcome outcome = provisioner.create();
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors().join(u'\n')));
}

int TestAppUser::run(const ConnectionOptions &login, const QString &sql, int server, bool inShard)
{
    const QString name = u"appuser-test"_s;
    int code = -1;
    {
        const ClusterPlan p = plan();
        auto db = ConnectionPool::openConnection(name, p.servers.at(server),
                                                 inShard ? p.databasesOf(server).constFirst() : QString(), login);
        if (!db)
            return db.error().serverCode ? db.error().serverCode : -1;
        QSqlQuery query(*db);
        code = query.exec(sql) ? 0 : query.lastError().nativeErrorCode().toInt();
        query.finish();
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
    return code;
}

void TestAppUser::init()
{
    // Every planned database and the user, whatever an earlier run left.
    Provisioner provisioner(plan(), admin());
    const Provisioner::Outcome dropped = provisioner.rollBack(Provisioner::everyPlannedDatabase(plan()));
    QVERIFY2(dropped.ok(), qPrintable(dropped.errors().join(u'\n')));
}

void TestAppUser::cleanup()
{
    init();
}

void TestAppUser::dryRunMasksThePasswordAndCreateNeedsOne()
{
    Provisioner provisioner(plan(), admin());
    provisioner.setAppPassword(AppPassword);
    const QStringList statements = provisioner.dryRun().constFirst().statements;
    QCOMPARE(statements.mid(statements.size() - 4),
             (QStringList {u"CREATE USER IF NOT EXISTS 'sd_app_test'@'%' IDENTIFIED BY PASSWORD '***'"_s,
                           u"ALTER USER 'sd_app_test'@'%' IDENTIFIED BY PASSWORD '***'"_s,
                           u"GRANT SELECT, INSERT, UPDATE, DELETE, LOCK TABLES ON `appu_1`.* TO 'sd_app_test'@'%'"_s,
                           u"GRANT SELECT, INSERT, UPDATE, DELETE, LOCK TABLES ON `appu_2`.* TO 'sd_app_test'@'%'"_s}));
    QVERIFY(!statements.join(u'\n').contains(AppPassword));
    Provisioner withoutPassword(plan(), admin());
    const Provisioner::Outcome refused = withoutPassword.create();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errors().join(u'\n').contains(u"Give the application user sd_app_test a password."_s),
             qPrintable(refused.errors().join(u'\n')));
}

void TestAppUser::appUserIsWhatTheShardsLogInAs()
{
    ClusterPlan p = plan();
    auto topology = p.topology();
    QVERIFY(topology);
    for (const Shard &shard : topology->shards) {
        QCOMPARE(shard.user, AppUser);
        QCOMPARE(shard.credentialRef, CredentialStore::referenceFor(AppUser, shard.serverKey()));
    }
    p.appUser = u"bad name'"_s;
    QVERIFY2(p.problems().join(u' ').contains(u"must be 1 to 32 letters, digits or underscores"_s),
             qPrintable(p.problems().join(u' ')));
    p.appUser = AppUser;
    p.appUserHost = u"10.0.0.%' OR 1"_s;
    QCOMPARE(p.problems().size(), 1);
}

void TestAppUser::appUserMayOnlyUseRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("serverCode"); // 0: allowed
    QTest::newRow("insert")
        << u"INSERT INTO `user` (VIRTUAL_SHARD, userid, firstName, lastName) VALUES (1, 'a@b', 'A', 'B')"_s << 0;
    QTest::newRow("select") << u"SELECT COUNT(*) FROM `user`"_s << 0;
    QTest::newRow("update") << u"UPDATE `user` SET validated = 1"_s << 0;
    QTest::newRow("delete") << u"DELETE FROM `user_comment`"_s << 0;
    QTest::newRow("lock tables, as the mover drains") << u"LOCK TABLES `user` READ"_s << 0;
    QTest::newRow("global status, as the monitor reads it") << u"SHOW GLOBAL STATUS LIKE 'Memory_used'"_s << 0;
    QTest::newRow("create table") << u"CREATE TABLE `t` (id INT)"_s << 1142; // ER_TABLEACCESS_DENIED_ERROR
    QTest::newRow("alter table") << u"ALTER TABLE `user` ADD COLUMN x INT"_s << 1142;
    QTest::newRow("drop table") << u"DROP TABLE `user_comment`"_s << 1142;
    QTest::newRow("drop database") << u"DROP DATABASE `appu_1`"_s << 1044; // ER_DBACCESS_DENIED_ERROR
    QTest::newRow("another database") << u"SELECT COUNT(*) FROM mysql.user"_s << 1142;
}

void TestAppUser::appUserMayOnlyUseRows()
{
    QFETCH(QString, sql);
    QFETCH(int, serverCode);
    create();
    QCOMPARE(run(app(), sql), serverCode);
}

void TestAppUser::loadTestAndVerifyRunAsTheAppUser()
{
    create();
    auto topology = std::make_shared<const Topology>(*plan().topology());
    // What a client holding the credential store's entry for the shards' reference logs in with.
    const ConnectionOptionsProvider login = [](const Shard &shard) -> Result<ConnectionOptions> {
        ConnectionOptions o = app();
        o.user = shard.user;
        return o;
    };
    LoadTestSpec spec;
    spec.users = 500;
    spec.threads = 2;
    spec.seed = 31;
    LoadTest test(spec, std::make_shared<const RoutingTable>(topology), login);
    const LoadTestResult result = test.run();
    QVERIFY2(result.setupError.isEmpty(), qPrintable(result.setupError));
    QCOMPARE(result.acknowledged, 500);

    Verifier verifier(topology, login);
    Verifier::Options options;
    options.users = 500;
    options.seed = 31;
    options.sample = 100;
    const Verifier::Report report = verifier.run(options);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.found, 500);
}

void TestAppUser::rollBackDropsTheAppUserItCreated()
{
    Provisioner provisioner(plan(), admin());
    provisioner.setAppPassword(AppPassword);
    const Provisioner::Outcome outcome = provisioner.create();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.createdUsers().size(), 2);
    QVERIFY(!outcome.createdUsers().join(u'\n').contains(AppPassword));
    QCOMPARE(run(app(), u"SELECT 1"_s), 0);
    const Provisioner::Outcome undone = provisioner.rollBack(outcome);
    QVERIFY2(undone.ok(), qPrintable(undone.errors().join(u'\n')));
    // The account is gone: ER_ACCESS_DENIED_ERROR, or ER_ACCESS_DENIED_NO_PASSWORD_ERROR as MariaDB says
    // when the name matches no account at all.
    for (int server : {0, 1}) {
        const int code = run(app(), u"SELECT 1"_s, server, false);
        QVERIFY2(code == 1045 || code == 1698, qPrintable(QString::number(code)));
    }
}

void TestAppUser::rollBackKeepsAnAppUserThatExistedBefore()
{
    // Made by someone else before the cluster, with another password, on both servers.
    for (int server : {0, 1})
        QCOMPARE(run(admin(), u"CREATE USER 'sd_app_test'@'%' IDENTIFIED BY 'old-password'"_s, server, false), 0);
    Provisioner provisioner(plan(), admin());
    provisioner.setAppPassword(AppPassword);
    const Provisioner::Outcome outcome = provisioner.create();
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors().join(u'\n')));
    QVERIFY(outcome.createdUsers().isEmpty());
    QCOMPARE(run(app(), u"SELECT 1"_s), 0); // the password is the one given now
    QCOMPARE(run(app(u"old-password"_s), u"SELECT 1"_s), 1045);
    QVERIFY(provisioner.rollBack(outcome).ok());
    QCOMPARE(run(app(), u"SELECT 1"_s, 0, false), 0); // the account remains
    QCOMPARE(run(app(), u"SELECT 1"_s), 1049); // its shard database does not (ER_BAD_DB_ERROR)
}

QTEST_GUILESS_MAIN(TestAppUser)
#include "TestAppUser.moc"
