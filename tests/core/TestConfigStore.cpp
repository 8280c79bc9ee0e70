#include "config/ConfigStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;

namespace {

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
    s.currentMb = 12.25;
    return s;
}

ClusterSettings smallSettings()
{
    ClusterSettings settings;
    settings.name = QStringLiteral("test");
    settings.vshardCount = 64;
    return settings;
}

// Shards 1 -> 2 (a bucket on 127.0.0.1) and 3 (on 127.0.0.2); the vshards spread over heads 1 and 3.
Topology populated(const Topology &base)
{
    Topology t = base;
    t.shards = {makeShard(1, 0, QStringLiteral("127.0.0.1"), QStringLiteral("shard_1")),
                makeShard(2, 1, QStringLiteral("127.0.0.1"), QStringLiteral("shard_2")),
                makeShard(3, 0, QStringLiteral("127.0.0.2"), QStringLiteral("shard_3"))};
    t.vshards.spreadEvenly(t.headIds());
    return t;
}

// A statement on the store's file through a connection of the test's own, as another program would.
void execRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initializeCreatesUnmappedClusterAtVersionOne();
    void initializeRefusesSecondCluster();
    void createsFolderOfNewStore();
    void openExistingRefusesMissingFile();
    void appliedChangesAreFoundAfterReopening();
    void applyOfUnchangedTopologyKeepsVersion();
    void shardWithoutCredentialReferenceIsStored();
    void applyRefusesToChangeTheRoutingContract();
    void replaceWithExpectedVersionDetectsAChangeMeanwhile();
    void concurrentApplyFailsWithConflictNamingTheAuthor();
    void invalidTopologyIsRefused();
    void unreadableFileGivesClearError_data();
    void unreadableFileGivesClearError();
    void sqliteFileWithUnrelatedTablesIsRefused();
    void pyshardsStoreAsksForImport();
    void shardStateDoesNotBumpVersion();
    void applyKeepsRuntimeStateWrittenMeanwhile();
    void replaceWritesEverythingAndBumpsVersion();
    void damagedVShardMapIsReported_data();
    void damagedVShardMapIsReported();
    void millionContiguousVShardsRoundTrip();
    void millionAlternatingVShardsRoundTrip();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("shardconf.sqlite")); }
    ConfigLocation location() const { return ConfigLocation::sqlite(storePath()); }
    // A store with an initialised cluster of smallSettings(), at version 1.
    Topology initialized(ConfigStore &store);
    void roundTrip(const Topology &topology, const char *what);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfigStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Topology TestConfigStore::initialized(ConfigStore &store)
{
    const Result<void> opened = store.open(location());
    if (!opened) {
        qWarning() << opened.error().fullText();
        return {};
    }
    const Result<Topology> created = store.initialize(smallSettings(), QStringLiteral("setup@test"));
    if (!created) {
        qWarning() << created.error().fullText();
        return {};
    }
    return *created;
}

void TestConfigStore::initializeCreatesUnmappedClusterAtVersionOne()
{
    ConfigStore store;
    QVERIFY(store.open(location()).ok());
    QCOMPARE(store.hasCluster().value(), false);
    const Result<Topology> created = store.initialize(smallSettings(), QStringLiteral("alice@laptop"));
    QVERIFY2(created.ok(), qPrintable(created.error().fullText()));
    QCOMPARE(created->version, qint64(1));
    QCOMPARE(created->vshards.unmappedCount(), 64);

    const Result<Topology> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
    QCOMPARE(*loaded, *created);
    const Result<ConfigStore::Revision> revision = store.revision();
    QCOMPARE(revision->version, qint64(1));
    QCOMPARE(revision->changedBy, QStringLiteral("alice@laptop"));
    QVERIFY(qAbs(revision->changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(store.hasCluster().value(), true);
}

void TestConfigStore::initializeRefusesSecondCluster()
{
    ConfigStore store;
    QCOMPARE(initialized(store).version, qint64(1));
    const Result<Topology> again = store.initialize(smallSettings(), QStringLiteral("bob"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QLatin1String("already holds a cluster")));
    QCOMPARE(store.revision()->changedBy, QStringLiteral("setup@test"));
}

void TestConfigStore::createsFolderOfNewStore()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/c/store.sqlite"));
    ConfigStore store;
    const Result<void> opened = store.open(ConfigLocation::sqlite(path));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
    QVERIFY(QFile::exists(path));
}

void TestConfigStore::openExistingRefusesMissingFile()
{
    ConfigStore store;
    const Result<void> opened = store.open(location(), {}, ConfigStore::OpenMode::OpenExisting);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(storePath()));
    QVERIFY(!store.isOpen());
    QCOMPARE(store.load().error().kind, Error::Kind::Usage);
}

void TestConfigStore::appliedChangesAreFoundAfterReopening()
{
    Topology base;
    Topology edited;
    {
        ConfigStore store;
        base = initialized(store);
        edited = populated(base);
        const Result<qint64> applied = store.apply(base, edited, QStringLiteral("alice@laptop"));
        QVERIFY2(applied.ok(), qPrintable(applied.error().fullText()));
        QCOMPARE(*applied, qint64(2));
        edited.version = 2;
    }
    ConfigStore reopened;
    QVERIFY(reopened.open(location(), {}, ConfigStore::OpenMode::OpenExisting).ok());
    QCOMPARE(reopened.load().value(), edited);

    // Settings, a changed shard, a removed shard, an added one and reassigned vshards, all in one apply.
    Topology second = edited;
    second.settings.name = QStringLiteral("renamed");
    second.shards[2].capacityMb = 4096;
    second.shards.removeAt(1);
    second.shards.append(makeShard(4, 0, QStringLiteral("::1"), QStringLiteral("shard_4")));
    second.vshards.assignRange(10, 20, 4);
    second.vshards.assign(63, 4);
    const Result<qint64> applied = reopened.apply(edited, second, QStringLiteral("bob@desk"));
    QVERIFY2(applied.ok(), qPrintable(applied.error().fullText()));
    QCOMPARE(*applied, qint64(3));
    second.version = 3;
    reopened.close();

    ConfigStore third;
    QVERIFY(third.open(location()).ok());
    QCOMPARE(third.load().value(), second);
    QCOMPARE(third.revision()->changedBy, QStringLiteral("bob@desk"));
}

// Regression: a null QString was bound as SQL NULL and broke the NOT NULL text columns.
void TestConfigStore::shardWithoutCredentialReferenceIsStored()
{
    ConfigStore store;
    const Topology base = initialized(store);
    Topology edited = populated(base);
    edited.shards[0].credentialRef = QString();
    const Result<qint64> applied = store.apply(base, edited, QStringLiteral("test"));
    QVERIFY2(applied.ok(), qPrintable(applied.error().fullText()));
    QCOMPARE(store.load()->shard(edited.shards[0].id)->credentialRef, QString());
}

void TestConfigStore::applyRefusesToChangeTheRoutingContract()
{
    ConfigStore store;
    const Topology base = populated(initialized(store));
    QVERIFY(store.replace(base, QStringLiteral("test")).ok());
    const Topology loaded = store.load().value();
    Topology edited = loaded;
    edited.settings.keyNormalization = ClusterSettings::KeyNormalization::Lowercase;
    const Result<qint64> applied = store.apply(loaded, edited, QStringLiteral("test"));
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().kind, Error::Kind::Validation);
    QCOMPARE(store.load()->settings.keyNormalization, ClusterSettings::KeyNormalization::None);
}

// An import backs up version v and then replaces: if someone applied in between, nothing is replaced.
void TestConfigStore::replaceWithExpectedVersionDetectsAChangeMeanwhile()
{
    ConfigStore store;
    const Topology base = initialized(store);
    const Topology edited = populated(base);
    QVERIFY(store.apply(base, edited, QStringLiteral("someone")).ok()); // now version 2
    const Result<qint64> stale = store.replace(edited, QStringLiteral("import"), base.version);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY(store.replace(edited, QStringLiteral("import"), 2).ok());
    ConfigStore empty;
    QVERIFY(empty.open(ConfigLocation::sqlite(m_dir->filePath(QStringLiteral("empty.sqlite")))).ok());
    QVERIFY(empty.replace(edited, QStringLiteral("import"), 0).ok()); // 0: must hold no cluster yet
}

void TestConfigStore::applyOfUnchangedTopologyKeepsVersion()
{
    ConfigStore store;
    const Topology base = initialized(store);
    const Result<qint64> applied = store.apply(base, populated(base), QStringLiteral("alice"));
    QVERIFY(applied.ok());
    Topology loaded = store.load().value();
    QCOMPARE(store.apply(loaded, loaded, QStringLiteral("bob")).value(), qint64(2));
    QCOMPARE(store.revision()->changedBy, QStringLiteral("alice"));
}

void TestConfigStore::concurrentApplyFailsWithConflictNamingTheAuthor()
{
    ConfigStore a;
    initialized(a);
    ConfigStore b;
    QVERIFY(b.open(location()).ok());
    const Topology baseA = a.load().value();
    const Topology baseB = b.load().value();
    QCOMPARE(baseB.version, qint64(1));

    const Topology editA = populated(baseA);
    QCOMPARE(a.apply(baseA, editA, QStringLiteral("alice@laptop")).value(), qint64(2));

    Topology editB = populated(baseB);
    editB.settings.name = QStringLiteral("bob's name");
    editB.shards[0].capacityMb = 1;
    const Result<qint64> conflicting = b.apply(baseB, editB, QStringLiteral("bob@desk"));
    QVERIFY(!conflicting.ok());
    QCOMPARE(conflicting.error().kind, Error::Kind::Conflict);
    const QString message = conflicting.error().message;
    QVERIFY2(message.contains(QLatin1String("changed by alice@laptop")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("(version 2)")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("loaded version 1")), qPrintable(message));

    Topology stored = b.load().value();
    QCOMPARE(stored.settings.name, QStringLiteral("test"));
    QCOMPARE(stored.shards.first().capacityMb, 1024.5);
    Topology expected = editA;
    expected.version = 2;
    QCOMPARE(stored, expected);
}

void TestConfigStore::invalidTopologyIsRefused()
{
    ConfigStore store;
    const Topology base = initialized(store);
    Topology edited = populated(base);
    edited.vshards.assignRange(0, 3, 99); // no such shard
    edited.shards[1].capacityMb = 0;
    const Result<qint64> applied = store.apply(base, edited, QStringLiteral("alice"));
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().kind, Error::Kind::Validation);
    QVERIFY2(applied.error().message.contains(QLatin1String("2 problem")), qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(QLatin1String("99")), qPrintable(applied.error().message));
    QCOMPARE(store.revision()->version, qint64(1));
    QCOMPARE(store.replace(edited, QStringLiteral("alice")).error().kind, Error::Kind::Validation);
    QCOMPARE(store.load().value(), base);
}

void TestConfigStore::unreadableFileGivesClearError_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray random(8192, '\0');
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArrayLiteral("[settings]\nname=not a database\n");
    QTest::newRow("sqlite header, then garbage") << QByteArray("SQLite format 3\0", 16) + random;
}

void TestConfigStore::unreadableFileGivesClearError()
{
    QFETCH(QByteArray, content);
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    ConfigStore store;
    const Result<void> opened = store.open(location());
    QVERIFY(!opened.ok());
    QVERIFY(!store.isOpen());
    QVERIFY2(opened.error().message.contains(QLatin1String("is not a ShardDesk config store")),
             qPrintable(opened.error().fullText()));
    QVERIFY(opened.error().message.contains(storePath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // refused, not "repaired"
}

void TestConfigStore::sqliteFileWithUnrelatedTablesIsRefused()
{
    execRaw(storePath(), {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")});
    ConfigStore store;
    const Result<void> opened = store.open(location());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("is not a ShardDesk config store")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QLatin1String("customers")));
}

void TestConfigStore::pyshardsStoreAsksForImport()
{
    execRaw(storePath(), {QStringLiteral("CREATE TABLE shard (id INTEGER PRIMARY KEY, pid INTEGER)"),
                          QStringLiteral("CREATE TABLE vshard (id INTEGER PRIMARY KEY, pid INTEGER)")});
    ConfigStore store;
    const Result<void> opened = store.open(location());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             QStringLiteral("This is an original pyshards shardconf. Import it with \"Open pyshards shardconf…\" "
                            "(sharddesk-cli import-pyshards)."));
}

void TestConfigStore::shardStateDoesNotBumpVersion()
{
    ConfigStore store;
    const Topology base = initialized(store);
    QVERIFY(store.apply(base, populated(base), QStringLiteral("alice")).ok());

    QVERIFY(store.setShardState(1, 900.5, true).ok());
    QVERIFY(store.setShardState(1, 900.5, true).ok()); // the same values again is no error either
    QVERIFY(store.setShardInitialized(2).ok());
    QCOMPARE(store.revision()->version, qint64(2));
    QCOMPARE(store.revision()->changedBy, QStringLiteral("alice"));
    const Topology loaded = store.load().value();
    QCOMPARE(loaded.shard(1)->currentMb, 900.5);
    QCOMPARE(loaded.shard(1)->full, true);
    QCOMPARE(loaded.shard(2)->initialized, true);

    QCOMPARE(store.setShardState(99, 1, false).error().kind, Error::Kind::NotFound);
    QCOMPARE(store.setShardInitialized(99).error().kind, Error::Kind::NotFound);
    QCOMPARE(store.setShardState(1, -1, false).error().kind, Error::Kind::Usage);
}

void TestConfigStore::applyKeepsRuntimeStateWrittenMeanwhile()
{
    ConfigStore store;
    const Topology base = initialized(store);
    QVERIFY(store.apply(base, populated(base), QStringLiteral("alice")).ok());
    const Topology loaded = store.load().value();

    QVERIFY(store.setShardState(1, 777, true).ok()); // monitoring, after the editor loaded
    Topology edited = loaded;
    edited.shard(1)->capacityMb = 2048;
    QVERIFY(store.apply(loaded, edited, QStringLiteral("alice")).ok());

    const Shard stored = *store.load()->shard(1);
    QCOMPARE(stored.capacityMb, 2048.0);
    QCOMPARE(stored.currentMb, 777.0);
    QCOMPARE(stored.full, true);
}

void TestConfigStore::replaceWritesEverythingAndBumpsVersion()
{
    ConfigStore store;
    const Topology base = initialized(store);
    Topology replacement = populated(base);
    replacement.settings.name = QStringLiteral("imported");
    replacement.version = 0;
    const Result<qint64> replaced = store.replace(replacement, QStringLiteral("importer"));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
    QCOMPARE(*replaced, qint64(2));
    replacement.version = 2;
    QCOMPARE(store.load().value(), replacement);
    // An editor still holding version 1 must not overwrite the import.
    QCOMPARE(store.apply(base, populated(base), QStringLiteral("late")).error().kind, Error::Kind::Conflict);
}

void TestConfigStore::damagedVShardMapIsReported_data()
{
    QTest::addColumn<QString>("damage");

    QTest::newRow("gap") << QStringLiteral("DELETE FROM sd_vshard_range WHERE first_id = 0");
    QTest::newRow("overlap") << QStringLiteral("INSERT INTO sd_vshard_range VALUES (5, 70, 0)");
    QTest::newRow("past the end") << QStringLiteral("UPDATE sd_vshard_range SET last_id = 64");
    QTest::newRow("short") << QStringLiteral("UPDATE sd_vshard_range SET last_id = 62");
    QTest::newRow("count out of range") << QStringLiteral("UPDATE sd_cluster SET vshard_count = -5");
    QTest::newRow("unknown normalization") << QStringLiteral("UPDATE sd_cluster SET key_normalization = 'rot13'");
}

void TestConfigStore::damagedVShardMapIsReported()
{
    QFETCH(QString, damage);
    {
        ConfigStore store;
        QCOMPARE(initialized(store).version, qint64(1));
    }
    execRaw(storePath(), {damage});
    ConfigStore store;
    QVERIFY(store.open(location()).ok());
    const Result<Topology> loaded = store.load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.startsWith(QLatin1String("The config store is damaged")),
             qPrintable(loaded.error().message));
}

void TestConfigStore::roundTrip(const Topology &topology, const char *what)
{
    ConfigStore store;
    QVERIFY(store.open(location()).ok());
    QElapsedTimer timer;
    timer.start();
    const Result<qint64> replaced = store.replace(topology, QStringLiteral("bench"));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().fullText()));
    const qint64 writeMs = timer.restart();
    const Result<Topology> loaded = store.load();
    const qint64 loadMs = timer.elapsed();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
    qInfo("%s: %zu ranges, replace %lld ms, load %lld ms", what, topology.vshards.ranges().size(), writeMs, loadMs);
    Topology expected = topology;
    expected.version = *replaced;
    QVERIFY(*loaded == expected);
}

void TestConfigStore::millionContiguousVShardsRoundTrip()
{
    Topology t;
    t.settings.vshardCount = 1'000'000;
    for (int i = 1; i <= 4; ++i)
        t.shards.append(makeShard(i, 0, QStringLiteral("127.0.0.%1").arg(i), QStringLiteral("shard_%1").arg(i)));
    t.vshards = VShardMap(t.settings.vshardCount);
    t.vshards.spreadEvenly(t.headIds());
    QCOMPARE(t.vshards.ranges().size(), size_t(4));
    roundTrip(t, "1M contiguous");
}

void TestConfigStore::millionAlternatingVShardsRoundTrip()
{
    Topology t;
    t.settings.vshardCount = 1'000'000;
    t.shards = {makeShard(1, 0, QStringLiteral("127.0.0.1"), QStringLiteral("shard_1")),
                makeShard(2, 0, QStringLiteral("127.0.0.2"), QStringLiteral("shard_2"))};
    t.vshards = VShardMap(t.settings.vshardCount);
    for (int v = 0; v < t.settings.vshardCount; ++v)
        t.vshards.assign(v, 1 + v % 2);
    roundTrip(t, "1M alternating (worst case)");
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "TestConfigStore.moc"
