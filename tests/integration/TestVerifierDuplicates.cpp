#include "SandboxLogin.h"

#include "db/ConnectionPool.h"
#include "db/SqlIdentifier.h"
#include "loadtest/LoadTest.h"
#include "loadtest/UserGenerator.h"
#include "loadtest/Verifier.h"
#include "provision/Provisioner.h"
#include "routing/RoutingTable.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ShardDesk;
using namespace Qt::StringLiterals;

// Verify finds a key stored twice anywhere in the cluster, not only twice in one shard: a copy on the
// overflow shard of its own bucket and a copy in its own shard are duplicates, a copy on a shard of
// another bucket is a misplaced row (placement audit). Two buckets of head + overflow on two sandbox
// servers; fails when the sandbox is down.
class TestVerifierDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanRunHasNoDuplicate();
    void copiesInABucketAndOnAWrongShardAreReportedWithTheirKeys_data();
    void copiesInABucketAndOnAWrongShardAreReportedWithTheirKeys();

private:
    static ConnectionOptions admin();
    Verifier::Report verify(qint64 keysInMemory) const;
    // The first generated user whose bucket has head headId.
    qint64 userOfBucket(int headId, qint64 after) const;
    void insertCopy(qint64 user, int shardId);

    static constexpr qint64 Users = 300;
    static constexpr quint64 Seed = 21;
    ClusterPlan m_plan;
    std::shared_ptr<const Topology> m_topology;
    std::unique_ptr<RoutingTable> m_routing;
    UserGenerator m_generator {Seed};
};

ConnectionOptions TestVerifierDuplicates::admin()
{
    return ShardDesk::Testing::sandboxLogin();
}

void TestVerifierDuplicates::initTestCase()
{
    const QStringList servers = ShardDesk::Testing::sandboxServers().mid(0, 2);
    QCOMPARE(servers.size(), 2);
    for (const QString &server : servers)
        m_plan.servers.append(*ServerAddress::parse(server));
    m_plan.shardsPerServer = 2; // bucket 1: shards 1 (head) and 2; bucket 3: shards 3 (head) and 4
    m_plan.vshardCount = 64;
    m_plan.databasePattern = u"vdup_%1"_s;
    m_plan.chaining = ClusterPlan::Chaining::BucketPerServer;
    m_plan.user = admin().user;
    Provisioner provisioner(m_plan, admin());
    provisioner.setDropExisting(true);
    const Provisioner::Outcome created = provisioner.create();
    QVERIFY2(created.ok(), qPrintable(created.errors().join(u'\n')));
    m_topology = std::make_shared<const Topology>(*m_plan.topology());
    m_routing = std::make_unique<RoutingTable>(m_topology);

    LoadTestSpec spec;
    spec.users = Users;
    spec.threads = 2;
    spec.seed = Seed;
    LoadTest test(spec, std::make_shared<const RoutingTable>(m_topology),
                  [](const Shard &) -> Result<ConnectionOptions> { return admin(); });
    const LoadTestResult result = test.run();
    QVERIFY2(result.setupError.isEmpty(), qPrintable(result.setupError));
    QCOMPARE(result.acknowledged, Users);
}

void TestVerifierDuplicates::cleanupTestCase()
{
    Provisioner provisioner(m_plan, admin());
    QVERIFY(provisioner.rollBack(Provisioner::everyPlannedDatabase(m_plan)).ok());
}

Verifier::Report TestVerifierDuplicates::verify(qint64 keysInMemory) const
{
    Verifier verifier(m_topology, [](const Shard &) -> Result<ConnectionOptions> { return admin(); });
    Verifier::Options options;
    options.users = Users;
    options.seed = Seed;
    options.sample = 50;
    options.keysInMemory = keysInMemory;
    return verifier.run(options);
}

qint64 TestVerifierDuplicates::userOfBucket(int headId, qint64 after) const
{
    for (qint64 i = after + 1; i < Users; ++i) {
        if (m_routing->route(m_generator.key(i)).headId == headId)
            return i;
    }
    qFatal("no user in bucket %d", headId);
}

// A copy of a generated user's row, as a botched move or a retried insert would leave it.
void TestVerifierDuplicates::insertCopy(qint64 user, int shardId)
{
    const Shard *shard = m_topology->shard(shardId);
    QVERIFY(shard);
    const QString name = u"vdup-copy"_s;
    {
        auto db = ConnectionPool::openConnection(name, *ServerAddress::fromHostPort(shard->host, shard->port),
                                                 shard->database, admin());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QSqlQuery insert(*db);
        QVERIFY(
            insert.prepare(u"INSERT INTO `user` (VIRTUAL_SHARD, userid, firstName, lastName) VALUES (?, ?, ?, ?)"_s));
        const GeneratedUser generated = m_generator.user(user);
        insert.addBindValue(m_routing->route(generated.key).vshard);
        insert.addBindValue(generated.key);
        insert.addBindValue(generated.firstName);
        insert.addBindValue(generated.lastName);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestVerifierDuplicates::cleanRunHasNoDuplicate()
{
    const Verifier::Report report = verify(100000);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QCOMPARE(report.found, Users);
    QCOMPARE(report.duplicates, 0);
    QVERIFY(report.duplicateKeys.isEmpty());
}

void TestVerifierDuplicates::copiesInABucketAndOnAWrongShardAreReportedWithTheirKeys_data()
{
    QTest::addColumn<qint64>("keysInMemory");
    QTest::newRow("one vshard group") << qint64(100000);
    QTest::newRow("a group per few vshards") << qint64(7);
}

void TestVerifierDuplicates::copiesInABucketAndOnAWrongShardAreReportedWithTheirKeys()
{
    QFETCH(qint64, keysInMemory);
    static bool inserted = false;
    const qint64 inOverflow = userOfBucket(1, -1); // copied to shard 2, its bucket's overflow shard
    const qint64 onWrongShard = userOfBucket(1, inOverflow); // copied to shard 3, the head of the other bucket
    const qint64 twiceInHead = userOfBucket(3, -1); // copied into its own shard 3
    if (!inserted) { // the rows stay for the next data row
        insertCopy(inOverflow, 2);
        insertCopy(onWrongShard, 3);
        insertCopy(twiceInHead, 3);
        inserted = true;
    }

    const Verifier::Report report = verify(keysInMemory);
    QVERIFY(!report.ok());
    QCOMPARE(report.found, Users + 3);
    QCOMPARE(report.duplicates, 2);
    QCOMPARE(report.wrongBucket, 1);
    QCOMPARE(report.wrongVShard, 0);
    QStringList duplicates = report.duplicateKeys;
    duplicates.sort();
    QStringList expected {m_generator.key(inOverflow), m_generator.key(twiceInHead)};
    expected.sort();
    QCOMPARE(duplicates, expected);
    QCOMPARE(report.misplacedKeys.size(), 1);
    QVERIFY2(report.misplacedKeys.constFirst().startsWith(m_generator.key(onWrongShard)),
             qPrintable(report.misplacedKeys.constFirst()));
    const QString problems = report.problems.join(u'\n');
    for (qint64 user : {inOverflow, twiceInHead, onWrongShard})
        QVERIFY2(problems.contains(m_generator.key(user)), qPrintable(problems));
    QVERIFY2(problems.contains(u"Extra copies of keys stored in their bucket: 2, for example"_s), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestVerifierDuplicates)
#include "TestVerifierDuplicates.moc"
