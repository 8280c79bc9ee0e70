#include "Sandbox.h"

#include "config/ConfigStore.h"
#include "provision/Provisioner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace Qt::StringLiterals;

// The provisioner against the sandbox: creates in parallel with progress, refuses existing databases,
// rolls back what a failed run created, and backs up a configuration before replacing it.
class TestProvisioner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunListsEveryStatementPerServer();
    void testConnectionsReadsEveryServersVersion();
    void createsOnEveryServerWithProgress();
    void refusesExistingDatabasesUnlessDropExisting();
    void failedRunCanBeRolledBack();
    void storeTopologyBacksUpTheExistingConfiguration();

private:
    static ClusterPlan plan();
    static ConnectionOptions admin();
    void dropAll();
};

ClusterPlan TestProvisioner::plan()
{
    ClusterPlan p;
    for (const QString &server : ShardDesk::Testing::sandboxServers().mid(0, 3))
        p.servers.append(*ServerAddress::parse(server));
    p.shardsPerServer = 2;
    p.vshardCount = 64;
    p.databasePattern = u"prov_%1"_s;
    p.user = ShardDesk::Testing::sandboxUser();
    return p;
}

ConnectionOptions TestProvisioner::admin()
{
    ConnectionOptions o;
    o.user = ShardDesk::Testing::sandboxUser();
    o.password = ShardDesk::Testing::sandboxPassword();
    return o;
}

void TestProvisioner::dropAll()
{
    Provisioner provisioner(plan(), admin());
    const Provisioner::Outcome all = Provisioner::everyPlannedDatabase(plan());
    const Provisioner::Outcome dropped = provisioner.rollBack(all);
    QVERIFY2(dropped.ok(), qPrintable(dropped.errors().join(u'\n')));
}

void TestProvisioner::init()
{
    dropAll();
}

void TestProvisioner::cleanup()
{
    dropAll();
}

void TestProvisioner::dryRunListsEveryStatementPerServer()
{
    Provisioner provisioner(plan(), admin());
    const auto servers = provisioner.dryRun();
    QCOMPARE(servers.size(), 3);
    // Per database: CREATE DATABASE, USE, two tables, and where each table's ids start.
    QCOMPARE(servers[1].statements.size(), 2 * 6);
    // prov_3 is shard 3: its ids start after the two ranges of shards 1 and 2.
    QCOMPARE(servers[1].statements[4], u"ALTER TABLE `user` AUTO_INCREMENT = 2199023255553"_s);
    QCOMPARE(servers[1].statements[0], u"CREATE DATABASE `prov_3` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"_s);
    provisioner.setDropExisting(true);
    QCOMPARE(provisioner.dryRun()[1].statements[0], u"DROP DATABASE IF EXISTS `prov_3`"_s);
}

void TestProvisioner::testConnectionsReadsEveryServersVersion()
{
    Provisioner provisioner(plan(), admin());
    const Provisioner::Outcome outcome = provisioner.testConnections();
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors().join(u'\n')));
    for (const auto &server : outcome.servers)
        QVERIFY2(server.version.contains(u"MariaDB"_s), qPrintable(server.version));
    ConnectionOptions wrong = admin();
    wrong.password = u"not-the-password"_s;
    Provisioner refused(plan(), wrong);
    const Provisioner::Outcome denied = refused.testConnections();
    QCOMPARE(denied.errors().size(), 3);
    QVERIFY(!denied.errors().join(u'\n').contains(u"not-the-password"_s));
}

void TestProvisioner::createsOnEveryServerWithProgress()
{
    Provisioner provisioner(plan(), admin());
    // The signals come from the server threads at the same time: a QSignalSpy (a direct connection) would
    // race, so they are counted in this thread through queued connections, as a GUI receives them.
    QObject receiver;
    int statements = 0;
    int servers = 0;
    connect(&provisioner, &Provisioner::statementStarted, &receiver, [&statements] { ++statements; },
            Qt::QueuedConnection);
    connect(&provisioner, &Provisioner::serverFinished, &receiver, [&servers] { ++servers; }, Qt::QueuedConnection);
    const Provisioner::Outcome outcome = provisioner.create();
    QVERIFY2(outcome.ok(), qPrintable(outcome.errors().join(u'\n')));
    QCOMPARE(outcome.createdDatabases().size(), 6);
    QTRY_COMPARE(servers, 3); // the creation only: the existence check before it is not progress
    QTRY_COMPARE(statements, 3 * 12);
    const Provisioner::Outcome existing = provisioner.existingDatabases();
    QCOMPARE(existing.servers[2].existing, (QStringList{u"prov_5"_s, u"prov_6"_s}));
}

void TestProvisioner::refusesExistingDatabasesUnlessDropExisting()
{
    Provisioner first(plan(), admin());
    QVERIFY(first.create().ok());
    Provisioner again(plan(), admin());
    const Provisioner::Outcome refused = again.create();
    QVERIFY(!refused.ok());
    QVERIFY(refused.createdDatabases().isEmpty());
    QVERIFY2(refused.errors().join(u'\n').contains(u"These databases exist already: prov_1, prov_2."_s),
             qPrintable(refused.errors().join(u'\n')));
    again.setDropExisting(true);
    QVERIFY(again.create().ok());
}

void TestProvisioner::failedRunCanBeRolledBack()
{
    ClusterPlan broken = plan();
    broken.schema.append(u"CREATE TABLE `user` (`id` INT)"_s); // the table exists: fails on every server
    Provisioner provisioner(broken, admin());
    const Provisioner::Outcome outcome = provisioner.create();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errors().size(), 3);
    // Each server stopped at its first database's failing statement: one database each.
    QCOMPARE(outcome.createdDatabases().size(), 3);
    QVERIFY(provisioner.rollBack(outcome).ok());
    const Provisioner::Outcome existing = provisioner.existingDatabases();
    for (const auto &server : existing.servers)
        QVERIFY2(server.existing.isEmpty(), qPrintable(server.existing.join(u',')));
}

void TestProvisioner::storeTopologyBacksUpTheExistingConfiguration()
{
    QTemporaryDir dir;
    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(dir.filePath(u"c.sqlite"_s))).ok());
    auto topology = plan().topology();
    QVERIFY(topology.ok());
    auto first = Provisioner::storeTopology(store, *topology, dir.path());
    QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
    QVERIFY(first->isEmpty()); // nothing to back up
    auto second = Provisioner::storeTopology(store, *topology, dir.path());
    QVERIFY2(second.ok(), qPrintable(second.error().fullText()));
    QVERIFY(QFileInfo(*second).size() > 0);
    auto loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->shards.size(), 6);
}

QTEST_GUILESS_MAIN(TestProvisioner)
#include "TestProvisioner.moc"
