#include "config/ConfigSchema.h"
#include "config/ConfigStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;

Q_DECLARE_METATYPE(ShardDesk::ConfigSchema::Detected)

namespace {

const QString RawConnection = QStringLiteral("raw");

bool execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList tables(QSqlDatabase &db)
{
    QStringList names = db.tables();
    names.sort();
    return names;
}

} // namespace

class TestConfigMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshSchemaIsAtCurrentVersion();
    void newerSchemaIsRefused();
    void versionZeroStoreIsMigratedToCurrent();
    void migratingCurrentSchemaChangesNothing();
    void versionOneStoreGainsTheMoveJournalAndKeepsItsCluster();
    void detectRecognisesWhatADatabaseHolds_data();
    void detectRecognisesWhatADatabaseHolds();
    void createRefusesNonEmptyDatabase();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    // A connection of the test's own to the store file, as another program would have.
    QSqlDatabase raw();
    void closeRaw();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfigMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConfigMigrations::cleanup()
{
    closeRaw();
}

QSqlDatabase TestConfigMigrations::raw()
{
    if (QSqlDatabase::contains(RawConnection))
        return QSqlDatabase::database(RawConnection);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), RawConnection);
    db.setDatabaseName(path());
    db.open();
    return db;
}

void TestConfigMigrations::closeRaw()
{
    if (!QSqlDatabase::contains(RawConnection))
        return;
    QSqlDatabase::database(RawConnection, false).close();
    QSqlDatabase::removeDatabase(RawConnection);
}

void TestConfigMigrations::freshSchemaIsAtCurrentVersion()
{
    {
        ConfigStore store;
        const Result<void> opened = store.open(ConfigLocation::sqlite(path()));
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    }
    QSqlDatabase db = raw();
    QCOMPARE(ConfigSchema::version(db).value(), ConfigSchema::CurrentVersion);
    QCOMPARE(ConfigSchema::detect(db).value(), ConfigSchema::Detected::ShardDesk);
    QCOMPARE(tables(db), (QStringList{QStringLiteral("sd_cluster"), QStringLiteral("sd_move_journal"),
                                      QStringLiteral("sd_schema_version"), QStringLiteral("sd_shard"),
                                      QStringLiteral("sd_vshard_range")}));
    QSqlQuery rows(db);
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM sd_schema_version")) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
}

void TestConfigMigrations::newerSchemaIsRefused()
{
    {
        ConfigStore store;
        QVERIFY(store.open(ConfigLocation::sqlite(path())).ok());
    }
    const int newer = ConfigSchema::CurrentVersion + 1;
    {
        QSqlDatabase db = raw();
        QVERIFY(execAll(db, {QStringLiteral("UPDATE sd_schema_version SET version = %1").arg(newer)}));
    }
    closeRaw();

    ConfigStore store;
    const Result<void> opened = store.open(ConfigLocation::sqlite(path()));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             QStringLiteral("This config store was written by a newer ShardDesk (schema %1); this version understands "
                            "up to %2.")
                 .arg(newer)
                 .arg(ConfigSchema::CurrentVersion));
    QVERIFY(!store.isOpen());
    QSqlDatabase db = raw();
    QCOMPARE(ConfigSchema::version(db).value(), newer); // left exactly as it was
    QVERIFY(!ConfigSchema::migrate(db).ok());
}

void TestConfigMigrations::versionZeroStoreIsMigratedToCurrent()
{
    {
        QSqlDatabase db = raw();
        QVERIFY(execAll(db, {QStringLiteral("CREATE TABLE sd_schema_version (version INTEGER NOT NULL)"),
                             QStringLiteral("INSERT INTO sd_schema_version (version) VALUES (0)")}));
        QCOMPARE(ConfigSchema::detect(db).value(), ConfigSchema::Detected::ShardDesk);
        QCOMPARE(ConfigSchema::version(db).value(), 0);
    }
    closeRaw();

    ConfigStore store;
    const Result<void> opened = store.open(ConfigLocation::sqlite(path()), {}, ConfigStore::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QCOMPARE(store.hasCluster().value(), false);
    QVERIFY(store.initialize(ClusterSettings{}, QStringLiteral("test")).ok());
    QSqlDatabase db = raw();
    QCOMPARE(ConfigSchema::version(db).value(), ConfigSchema::CurrentVersion);
}

void TestConfigMigrations::migratingCurrentSchemaChangesNothing()
{
    QSqlDatabase db = raw();
    QVERIFY(ConfigSchema::create(db).ok());
    QVERIFY(ConfigSchema::migrate(db).ok());
    QVERIFY(ConfigSchema::migrate(db).ok());
    QCOMPARE(ConfigSchema::version(db).value(), ConfigSchema::CurrentVersion);
    QSqlQuery rows(db);
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM sd_schema_version")) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
}

void TestConfigMigrations::versionOneStoreGainsTheMoveJournalAndKeepsItsCluster()
{
    {
        ConfigStore store;
        QVERIFY(store.open(ConfigLocation::sqlite(path())).ok());
        QVERIFY(store.initialize(ClusterSettings{}, QStringLiteral("test")).ok());
    }
    {
        // What a ShardDesk of schema 1 left behind.
        QSqlDatabase db = raw();
        QVERIFY(execAll(db, {QStringLiteral("DROP TABLE sd_move_journal"),
                             QStringLiteral("UPDATE sd_schema_version SET version = 1")}));
    }
    closeRaw();

    ConfigStore store;
    const Result<void> opened = store.open(ConfigLocation::sqlite(path()), {}, ConfigStore::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QCOMPARE(store.hasCluster().value(), true);
    QSqlDatabase db = raw();
    QCOMPARE(ConfigSchema::version(db).value(), 2);
    QVERIFY(tables(db).contains(QStringLiteral("sd_move_journal")));
    QSqlQuery rows(db);
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM sd_move_journal")) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 0);
}

void TestConfigMigrations::detectRecognisesWhatADatabaseHolds_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("createSchema");
    QTest::addColumn<ConfigSchema::Detected>("expected");

    const QString shard = QStringLiteral("CREATE TABLE \"shard\" (\"id\" integer NOT NULL PRIMARY KEY, \"pid\" integer)");
    const QString vshard = QStringLiteral("CREATE TABLE \"vshard\" (\"id\" integer NOT NULL PRIMARY KEY, \"pid\" integer)");
    const QString django = QStringLiteral("CREATE TABLE django_migrations (id integer PRIMARY KEY, app varchar(255))");
    const QString customers = QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY, email text)");

    QTest::newRow("empty") << QStringList() << false << ConfigSchema::Detected::Empty;
    QTest::newRow("ShardDesk") << QStringList() << true << ConfigSchema::Detected::ShardDesk;
    QTest::newRow("pyshards") << QStringList{shard, vshard} << false << ConfigSchema::Detected::PyShards;
    QTest::newRow("pyshards with Django's tables") << QStringList{django, shard, vshard} << false
                                                   << ConfigSchema::Detected::PyShards;
    QTest::newRow("foreign") << QStringList{customers} << false << ConfigSchema::Detected::Foreign;
    QTest::newRow("only half of pyshards") << QStringList{shard, customers} << false << ConfigSchema::Detected::Foreign;
    QTest::newRow("only the version table")
        << QStringList{QStringLiteral("CREATE TABLE sd_schema_version (version INTEGER NOT NULL)")} << false
        << ConfigSchema::Detected::ShardDesk;
}

void TestConfigMigrations::detectRecognisesWhatADatabaseHolds()
{
    QFETCH(QStringList, statements);
    QFETCH(bool, createSchema);
    QFETCH(ConfigSchema::Detected, expected);
    QSqlDatabase db = raw();
    QVERIFY(execAll(db, statements));
    if (createSchema)
        QVERIFY(ConfigSchema::create(db).ok());
    const Result<ConfigSchema::Detected> detected = ConfigSchema::detect(db);
    QVERIFY2(detected.ok(), qPrintable(detected.error().fullText()));
    QCOMPARE(*detected, expected);
}

void TestConfigMigrations::createRefusesNonEmptyDatabase()
{
    QSqlDatabase db = raw();
    QVERIFY(execAll(db, {QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY)")}));
    const Result<void> created = ConfigSchema::create(db);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, Error::Kind::Usage);
    QCOMPARE(tables(db), QStringList{QStringLiteral("customers")});
}

QTEST_GUILESS_MAIN(TestConfigMigrations)
#include "TestConfigMigrations.moc"
