#include "Sandbox.h"

#include "config/ConfigStore.h"
#include "config/PyShardsImporter.h"
#include "credentials/MemoryCredentialStore.h"
#include "db/ConnectionPool.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ShardDesk;

namespace {

const QString StoreDatabase = QStringLiteral("sd_it_conf");
const QString PyShardsDatabase = QStringLiteral("sd_it_pyshards");
const QString AdminConnection = QStringLiteral("it-config-admin");

Shard makeShard(int id, int parentId, const QString &host, const QString &database)
{
    Shard s;
    s.id = id;
    s.parentId = parentId;
    s.host = host;
    s.port = 3306;
    s.database = database;
    s.user = QStringLiteral("app");
    s.credentialRef = QStringLiteral("app@%1:3306").arg(host);
    s.capacityMb = 1024.5;
    s.currentMb = 0.1;
    return s;
}

Topology populated(const Topology &base)
{
    Topology t = base;
    t.shards = {makeShard(1, 0, QStringLiteral("127.0.0.1"), QStringLiteral("shard_1")),
                makeShard(2, 1, QStringLiteral("127.0.0.1"), QStringLiteral("shard_2")),
                makeShard(3, 0, QStringLiteral("::1"), QStringLiteral("shard_3"))};
    t.vshards.spreadEvenly(t.headIds());
    return t;
}

ClusterSettings settings()
{
    ClusterSettings s;
    s.name = QStringLiteral("integration");
    s.vshardCount = 256;
    return s;
}

} // namespace

class TestMySqlConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void createsStoreInNewDatabase();
    void appliedChangesAreFoundAfterReopening();
    void concurrentApplyFailsWithConflictNamingTheAuthor();
    void manyRangesRoundTrip();
    void openExistingRefusesMissingDatabase();
    void importsPyShardsFromMySql();

private:
    ConfigLocation location(const QString &database = StoreDatabase) const
    {
        return ConfigLocation::mysql(m_server, Testing::sandboxUser(), database);
    }
    bool admin(const QString &sql, const QVariantList &values = {});
    QVariant adminScalar(const QString &sql, const QVariantList &values = {});
    void createPyShardsDatabase();

    ServerAddress m_server;
    ConnectionOptions m_options;
};

void TestMySqlConfigStore::initTestCase()
{
    const Result<ServerAddress> server = ServerAddress::parse(Testing::sandboxServers().value(0));
    QVERIFY(server.ok());
    m_server = *server;
    m_options.user = Testing::sandboxUser();
    m_options.password = Testing::sandboxPassword();
    m_options.connectTimeoutSec = m_options.readTimeoutSec = m_options.writeTimeoutSec = 10;
    const Result<QSqlDatabase> db = ConnectionPool::openConnection(AdminConnection, m_server, QString(), m_options);
    // A failure, not a skip: a suite that silently skips its integration tests proves nothing.
    QVERIFY2(db.ok(), qPrintable(QStringLiteral("The sandbox server %1 is not reachable (%2). Start it with "
                                                "scripts/sandbox start 5")
                                     .arg(m_server.toString(), db.ok() ? QString() : db.error().fullText())));
}

void TestMySqlConfigStore::init()
{
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS ") + StoreDatabase));
}

void TestMySqlConfigStore::cleanupTestCase()
{
    if (!QSqlDatabase::contains(AdminConnection))
        return;
    admin(QStringLiteral("DROP DATABASE IF EXISTS ") + StoreDatabase);
    admin(QStringLiteral("DROP DATABASE IF EXISTS ") + PyShardsDatabase);
    QSqlDatabase::database(AdminConnection, false).close();
    QSqlDatabase::removeDatabase(AdminConnection);
}

bool TestMySqlConfigStore::admin(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(AdminConnection, false));
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QVariant TestMySqlConfigStore::adminScalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(AdminConnection, false));
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void TestMySqlConfigStore::createsStoreInNewDatabase()
{
    ConfigStore store;
    const Result<void> opened = store.open(location(), m_options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QCOMPARE(store.hasCluster().value(), false);
    const Result<Topology> created = store.initialize(settings(), QStringLiteral("alice@laptop"));
    QVERIFY2(created.ok(), qPrintable(created.error().fullText()));
    QCOMPARE(store.load().value(), *created);

    const QString tables = QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?");
    QCOMPARE(adminScalar(tables, {StoreDatabase}).toInt(), 5); // with schema 2's sd_move_journal
    QCOMPARE(adminScalar(tables + QStringLiteral(" AND (engine <> 'InnoDB' OR table_collation NOT LIKE 'utf8mb4%')"),
                         {StoreDatabase})
                 .toInt(),
             0);
}

void TestMySqlConfigStore::appliedChangesAreFoundAfterReopening()
{
    Topology edited;
    {
        ConfigStore store;
        QVERIFY(store.open(location(), m_options).ok());
        const Topology base = store.initialize(settings(), QStringLiteral("alice")).value();
        edited = populated(base);
        const Result<qint64> applied = store.apply(base, edited, QStringLiteral("alice"));
        QVERIFY2(applied.ok(), qPrintable(applied.error().fullText()));
        edited.version = *applied;
    }
    ConfigStore reopened;
    QVERIFY(reopened.open(location(), m_options, ConfigStore::OpenMode::OpenExisting).ok());
    QCOMPARE(reopened.load().value(), edited);

    Topology second = edited;
    second.settings.name = QStringLiteral("renamed");
    second.shards.removeAt(1);
    second.shards[1].capacityMb = 99.5;
    second.vshards.assignRange(0, 10, 3);
    const Result<qint64> applied = reopened.apply(edited, second, QStringLiteral("bob"));
    QVERIFY2(applied.ok(), qPrintable(applied.error().fullText()));
    second.version = *applied;
    QVERIFY(reopened.setShardState(1, 5000.25, true).ok());
    second.shard(1)->currentMb = 5000.25;
    second.shard(1)->full = true;
    QCOMPARE(reopened.revision()->version, second.version);
    QCOMPARE(reopened.load().value(), second);
}

void TestMySqlConfigStore::concurrentApplyFailsWithConflictNamingTheAuthor()
{
    ConfigStore a;
    QVERIFY(a.open(location(), m_options).ok());
    QVERIFY(a.initialize(settings(), QStringLiteral("setup")).ok());
    ConfigStore b;
    QVERIFY(b.open(location(), m_options).ok());
    const Topology baseA = a.load().value();
    const Topology baseB = b.load().value();

    const Topology editA = populated(baseA);
    QVERIFY(a.apply(baseA, editA, QStringLiteral("alice@laptop")).ok());
    Topology editB = populated(baseB);
    editB.settings.name = QStringLiteral("bob's");
    const Result<qint64> conflicting = b.apply(baseB, editB, QStringLiteral("bob@desk"));
    QVERIFY(!conflicting.ok());
    QCOMPARE(conflicting.error().kind, Error::Kind::Conflict);
    QVERIFY2(conflicting.error().message.contains(QLatin1String("changed by alice@laptop")),
             qPrintable(conflicting.error().message));

    // Reloading shows A's change, and B can reapply on top of it.
    const Topology reloaded = b.load().value();
    QCOMPARE(reloaded.settings.name, QStringLiteral("integration"));
    QCOMPARE(reloaded.shards, editA.shards);
    Topology retry = reloaded;
    retry.settings.name = QStringLiteral("bob's");
    QVERIFY(b.apply(reloaded, retry, QStringLiteral("bob@desk")).ok());
    QCOMPARE(a.load()->settings.name, QStringLiteral("bob's"));
}

void TestMySqlConfigStore::manyRangesRoundTrip()
{
    ConfigStore store;
    QVERIFY(store.open(location(), m_options).ok());
    Topology t;
    t.settings.vshardCount = 100'000;
    t.shards = {makeShard(1, 0, QStringLiteral("127.0.0.1"), QStringLiteral("shard_1")),
                makeShard(2, 0, QStringLiteral("127.0.0.2"), QStringLiteral("shard_2"))};
    t.vshards = VShardMap(t.settings.vshardCount);
    for (int v = 0; v < t.settings.vshardCount; ++v)
        t.vshards.assign(v, 1 + v % 2);
    QElapsedTimer timer;
    timer.start();
    const Result<qint64> replaced = store.replace(t, QStringLiteral("bench"));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
    const qint64 writeMs = timer.restart();
    const Result<Topology> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
    qInfo("100k single-vshard ranges on MySQL: replace %lld ms, load %lld ms", writeMs, timer.elapsed());
    t.version = *replaced;
    QVERIFY(*loaded == t);
}

void TestMySqlConfigStore::openExistingRefusesMissingDatabase()
{
    ConfigStore store;
    const Result<void> opened = store.open(location(), m_options, ConfigStore::OpenMode::OpenExisting);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::NotFound);
    QCOMPARE(adminScalar(QStringLiteral("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?"),
                         {StoreDatabase})
                 .toInt(),
             0);
}

void TestMySqlConfigStore::createPyShardsDatabase()
{
    QVERIFY(admin(QStringLiteral("DROP DATABASE IF EXISTS ") + PyShardsDatabase));
    QVERIFY(admin(QStringLiteral("CREATE DATABASE ") + PyShardsDatabase));
    // As Django's MySQL backend creates pyshards' models.
    QVERIFY(admin(QStringLiteral("CREATE TABLE sd_it_pyshards.`shard` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY "
                                 "KEY, `pid` integer NULL, `capacity_MB` double precision NOT NULL, `current_MB` double "
                                 "precision NOT NULL, `full` bool NOT NULL, `initialized` bool NOT NULL, `user` "
                                 "varchar(64) NOT NULL, `password` varchar(128) NOT NULL, `host` varchar(255) NOT NULL, "
                                 "`database` varchar(64) NOT NULL)")));
    QVERIFY(admin(QStringLiteral("CREATE TABLE sd_it_pyshards.`vshard` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY "
                                 "KEY, `pid` integer NULL)")));
    const QString insertShard = QStringLiteral("INSERT INTO sd_it_pyshards.`shard` VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QVERIFY(admin(insertShard, {1, QVariant(), 100.5, 100.5, 1, 0, QStringLiteral("root"), QStringLiteral("pw-One"),
                                QStringLiteral("localhost"), QStringLiteral("shard_1")}));
    QVERIFY(admin(insertShard, {2, 1, 100.5, 3, 0, 1, QStringLiteral("root"), QStringLiteral("pw-One"),
                                QStringLiteral("localhost"), QStringLiteral("shard_2")}));
    QVERIFY(admin(insertShard, {3, 0, 200, 0, 0, 0, QStringLiteral("app"), QStringLiteral("pw-Two"),
                                QStringLiteral("127.0.0.2"), QStringLiteral("shard_3")}));
    for (int id = 1; id <= 40; ++id)
        QVERIFY(admin(QStringLiteral("INSERT INTO sd_it_pyshards.`vshard` VALUES (?, ?)"), {id, id <= 20 ? 1 : 3}));
}

void TestMySqlConfigStore::importsPyShardsFromMySql()
{
    createPyShardsDatabase();
    ConfigStore refused;
    const Result<void> opened = refused.open(location(PyShardsDatabase), m_options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("import-pyshards")), qPrintable(opened.error().message));

    MemoryCredentialStore credentials;
    const Result<PyShardsImporter::Report> report =
        PyShardsImporter::import(location(PyShardsDatabase), m_options, credentials, PyShardsImporter::Options{});
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QVERIFY2(report->topology.isValid(), qPrintable(report->topology.validate().value(0).message));
    QCOMPARE(report->topology.bucket(1), (QList<int>{1, 2}));
    QCOMPARE(report->vshardCount, 40);
    QCOMPARE(report->topology.vshards.headOf(0), 1);
    QCOMPARE(report->topology.vshards.headOf(39), 3);
    const QString rootRef = CredentialStore::referenceFor(QStringLiteral("root"), QStringLiteral("127.0.0.1:3306"));
    QCOMPARE(credentials.read(rootRef).value(), QStringLiteral("pw-One"));
    QCOMPARE(report->secretsMoved, 2);
    // import() leaves the source alone; the passwords go once they are verifiably stored.
    QCOMPARE(adminScalar(QStringLiteral("SELECT COUNT(*) FROM sd_it_pyshards.`shard` WHERE `password` <> ''")).toInt(), 3);
    const Result<QList<int>> kept =
        PyShardsImporter::clearSourcePasswords(location(PyShardsDatabase), m_options, report->topology, credentials);
    QVERIFY2(kept.ok(), qPrintable(kept.error().fullText()));
    QVERIFY(kept->isEmpty());
    QCOMPARE(adminScalar(QStringLiteral("SELECT COUNT(*) FROM sd_it_pyshards.`shard` WHERE `password` <> ''")).toInt(), 0);
    for (const QString &warning : report->warnings)
        QVERIFY(!warning.contains(QLatin1String("pw-")));

    ConfigStore store;
    QVERIFY(store.open(location(), m_options).ok());
    const Result<qint64> version = store.replace(report->topology, QStringLiteral("importer"));
    QVERIFY2(version.ok(), qPrintable(version.error().fullText()));
    Topology expected = report->topology;
    expected.version = *version;
    QCOMPARE(store.load().value(), expected);
}

QTEST_GUILESS_MAIN(TestMySqlConfigStore)
#include "TestMySqlConfigStore.moc"
