#include "config/ConfigStore.h"
#include "config/PyShardsImporter.h"
#include "credentials/MemoryCredentialStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;

using VShardRows = QList<QPair<int, QVariant>>; // id, pid (a null QVariant for NULL)
Q_DECLARE_METATYPE(VShardRows)

namespace {

const QString RawConnection = QStringLiteral("pyshards-source");

// The passwords the source holds in clear; none may ever show up in a warning.
const QStringList Passwords{QStringLiteral("pw-Alpha-1"), QStringLiteral("pw-Other-3"), QStringLiteral("pw-Beta-2")};

// The tables exactly as Django's SQLite backend creates them for pyshards' models.
const QStringList DjangoTables{
    QStringLiteral("CREATE TABLE \"django_migrations\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "
                   "\"app\" varchar(255) NOT NULL, \"name\" varchar(255) NOT NULL, \"applied\" datetime NOT NULL)"),
    QStringLiteral("CREATE TABLE \"shard\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"pid\" integer NULL, "
                   "\"capacity_MB\" real NOT NULL, \"current_MB\" real NOT NULL, \"full\" bool NOT NULL, "
                   "\"initialized\" bool NOT NULL, \"user\" varchar(64) NOT NULL, \"password\" varchar(128) NOT NULL, "
                   "\"host\" varchar(255) NOT NULL, \"database\" varchar(64) NOT NULL)"),
    QStringLiteral("CREATE TABLE \"vshard\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"pid\" integer NULL)"),
};

// Six shards on two servers: bucket 1 -> 2 -> 3 on "localhost" (shard 3 with a password of its own), bucket
// 4 -> 5 and the single shard 6 on 127.0.0.2 (shard 6 spelled with its port). Heads have pid NULL or 0.
const QStringList ShardRows{
    QStringLiteral("INSERT INTO shard VALUES (1, NULL, 1000.5, 990.25, 1, 0, 'root', 'pw-Alpha-1', 'localhost', 'shard_1')"),
    QStringLiteral("INSERT INTO shard VALUES (2, 1, 1000.5, 1000.5, 1, 1, 'root', 'pw-Alpha-1', 'localhost', 'shard_2')"),
    QStringLiteral("INSERT INTO shard VALUES (3, 2, 2000, 10, 0, 1, 'root', 'pw-Other-3', 'localhost', 'shard_3')"),
    QStringLiteral("INSERT INTO shard VALUES (4, 0, 500, 500, 1, 0, 'app', 'pw-Beta-2', '127.0.0.2', 'shard_4')"),
    QStringLiteral("INSERT INTO shard VALUES (5, 4, 500, 20, 0, 1, 'app', 'pw-Beta-2', '127.0.0.2', 'shard_5')"),
    QStringLiteral("INSERT INTO shard VALUES (6, NULL, 750, 0, 0, 0, 'app', 'pw-Beta-2', '127.0.0.2:3306', 'shard_6')"),
};

// Django ids 1..12; vshard 10 points to shard 2, an overflow shard of bucket 1.
VShardRows djangoVShards()
{
    const int pids[] = {1, 1, 1, 4, 4, 4, 6, 6, 6, 2, 4, 6};
    VShardRows rows;
    for (int i = 0; i < 12; ++i)
        rows.append({i + 1, pids[i]});
    return rows;
}

} // namespace

class TestPyShardsImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsDjangoShardconfAndMovesPasswords();
    void importedTopologyRoundTripsThroughConfigStore();
    void keepsSourcePasswordsWhenNotAskedToClear();
    void reimportFindsSecretsMovedBefore();
    void zeroBasedVShardIdsAreKeptWithoutWarning();
    void unusableVShardIdsAreRefused_data();
    void unusableVShardIdsAreRefused();
    void refusesWhatIsNotPyShards();
    void invalidSourceChangesNothing();
    void clearSourcePasswordsBlanksOnlyStoredSecrets();
    void warnsThatExistingRowsWereRoutedByPythonHash();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("pyshards.sqlite")); }
    ConfigLocation source() const { return ConfigLocation::sqlite(path()); }
    void writeSource(const VShardRows &vshards);
    QStringList sourcePasswords();
    Result<PyShardsImporter::Report> import(bool clearPasswords);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
};

void TestPyShardsImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_credentials = std::make_unique<MemoryCredentialStore>();
    writeSource(djangoVShards());
}

void TestPyShardsImporter::cleanup()
{
    if (QSqlDatabase::contains(RawConnection))
        QSqlDatabase::removeDatabase(RawConnection);
}

void TestPyShardsImporter::writeSource(const VShardRows &vshards)
{
    QFile::remove(path());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), RawConnection);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : DjangoTables + ShardRows)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO vshard (id, pid) VALUES (?, ?)")));
        for (const auto &[id, pid] : vshards) {
            q.bindValue(0, id);
            q.bindValue(1, pid);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(RawConnection);
}

QStringList TestPyShardsImporter::sourcePasswords()
{
    QStringList passwords;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), RawConnection);
        db.setDatabaseName(path());
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT password FROM shard ORDER BY id"));
        while (q.next())
            passwords.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(RawConnection);
    return passwords;
}

Result<PyShardsImporter::Report> TestPyShardsImporter::import(bool clearPasswords)
{
    PyShardsImporter::Options options;
    options.clearPasswords = clearPasswords;
    options.clusterName = QStringLiteral("legacy");
    return PyShardsImporter::import(source(), {}, *m_credentials, options);
}

void TestPyShardsImporter::importsDjangoShardconfAndMovesPasswords()
{
    const Result<PyShardsImporter::Report> report = import(true);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    const Topology &t = report->topology;
    const TopologyProblems problems = t.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    QCOMPARE(report->shardCount, 6);
    QCOMPARE(report->vshardCount, 12);
    QCOMPARE(t.settings.vshardCount, 12);
    QCOMPARE(t.settings.name, QStringLiteral("legacy"));

    QCOMPARE(t.headIds(), (QList<int>{1, 4, 6}));
    QCOMPARE(t.bucket(1), (QList<int>{1, 2, 3}));
    QCOMPARE(t.bucket(4), (QList<int>{4, 5}));
    QCOMPARE(t.shard(1)->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(t.shard(6)->host, QStringLiteral("127.0.0.2"));
    QCOMPARE(t.shard(6)->port, 3306);
    QCOMPARE(t.shard(2)->currentMb, 1000.5);
    QVERIFY(t.shard(2)->full && t.shard(2)->initialized && !t.shard(1)->initialized);

    // Django ids 1..12 become vshards 0..11; vshard 10 (now 9) pointed to overflow shard 2 and goes to its head.
    const std::vector<std::int32_t> expected{1, 1, 1, 4, 4, 4, 6, 6, 6, 1, 4, 6};
    QCOMPARE(t.vshards.heads(), expected);

    const QString rootRef = CredentialStore::referenceFor(QStringLiteral("root"), QStringLiteral("127.0.0.1:3306"));
    const QString appRef = CredentialStore::referenceFor(QStringLiteral("app"), QStringLiteral("127.0.0.2:3306"));
    QCOMPARE(report->secretsMoved, 3);
    QCOMPARE(t.shard(1)->credentialRef, rootRef);
    QCOMPARE(t.shard(2)->credentialRef, rootRef);
    QCOMPARE(t.shard(3)->credentialRef, rootRef + QStringLiteral("#shard3"));
    QCOMPARE(t.shard(6)->credentialRef, appRef);
    QCOMPARE(m_credentials->read(rootRef).value(), QStringLiteral("pw-Alpha-1"));
    QCOMPARE(m_credentials->read(rootRef + QStringLiteral("#shard3")).value(), QStringLiteral("pw-Other-3"));
    QCOMPARE(m_credentials->read(appRef).value(), QStringLiteral("pw-Beta-2"));

    QCOMPARE(sourcePasswords(), QStringList(6, QString()));

    const QString warnings = report->warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("localhost")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("renumbered")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("shard 2, an overflow shard")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("Shard 3 has a different password")), qPrintable(warnings));
    for (const QString &password : Passwords)
        QVERIFY2(!warnings.contains(password), "a warning contains a password");
}

void TestPyShardsImporter::importedTopologyRoundTripsThroughConfigStore()
{
    const Result<PyShardsImporter::Report> report = import(true);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    ConfigStore store;
    QVERIFY(store.open(ConfigLocation::sqlite(m_dir->filePath(QStringLiteral("shardconf.sqlite")))).ok());
    const Result<qint64> version = store.replace(report->topology, QStringLiteral("importer"));
    QVERIFY2(version.ok(), qPrintable(version.error().fullText()));
    Topology expected = report->topology;
    expected.version = *version;
    QCOMPARE(store.load().value(), expected);
}

void TestPyShardsImporter::keepsSourcePasswordsWhenNotAskedToClear()
{
    const Result<PyShardsImporter::Report> report = import(false);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(sourcePasswords().value(0), QStringLiteral("pw-Alpha-1"));
    QCOMPARE(sourcePasswords().value(2), QStringLiteral("pw-Other-3"));
}

void TestPyShardsImporter::reimportFindsSecretsMovedBefore()
{
    QVERIFY(import(true).ok());
    const Result<PyShardsImporter::Report> again = import(true);
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    QCOMPARE(again->secretsMoved, 0);
    QVERIFY2(!again->warnings.join(QLatin1Char('\n')).contains(QLatin1String("no password")),
             qPrintable(again->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(again->topology.shard(1)->credentialRef,
             CredentialStore::referenceFor(QStringLiteral("root"), QStringLiteral("127.0.0.1:3306")));
}

void TestPyShardsImporter::zeroBasedVShardIdsAreKeptWithoutWarning()
{
    VShardRows rows;
    for (int i = 0; i < 6; ++i)
        rows.append({i, i < 3 ? 1 : 4});
    rows.append({6, 6});
    writeSource(rows);
    const Result<PyShardsImporter::Report> report = import(true);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QCOMPARE(report->vshardCount, 7);
    QCOMPARE(report->topology.vshards.heads(), (std::vector<std::int32_t>{1, 1, 1, 4, 4, 4, 6}));
    QVERIFY(!report->warnings.join(QLatin1Char('\n')).contains(QLatin1String("renumbered")));
}

void TestPyShardsImporter::unusableVShardIdsAreRefused_data()
{
    QTest::addColumn<VShardRows>("rows");

    QTest::newRow("no vshards") << VShardRows();
    QTest::newRow("gap from 0") << VShardRows{{0, 1}, {1, 4}, {3, 6}};
    QTest::newRow("gap from 1") << VShardRows{{1, 1}, {2, 4}, {4, 6}};
    QTest::newRow("starting at 5") << VShardRows{{5, 1}, {6, 4}, {7, 6}};
}

void TestPyShardsImporter::unusableVShardIdsAreRefused()
{
    QFETCH(VShardRows, rows);
    writeSource(rows);
    const Result<PyShardsImporter::Report> report = import(true);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, Error::Kind::Validation);
    // Nothing was moved, so nothing was cleared.
    QCOMPARE(sourcePasswords().value(0), QStringLiteral("pw-Alpha-1"));
    QCOMPARE(m_credentials->read(CredentialStore::referenceFor(QStringLiteral("root"), QStringLiteral("127.0.0.1:3306")))
                 .error()
                 .kind,
             Error::Kind::NotFound);
}

void TestPyShardsImporter::refusesWhatIsNotPyShards()
{
    PyShardsImporter::Options options;
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    const Result<PyShardsImporter::Report> none =
        PyShardsImporter::import(ConfigLocation::sqlite(missing), {}, *m_credentials, options);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::NotFound);
    QVERIFY(!QFile::exists(missing));

    const QString shardDesk = m_dir->filePath(QStringLiteral("shardconf.sqlite"));
    {
        ConfigStore store;
        QVERIFY(store.open(ConfigLocation::sqlite(shardDesk)).ok());
    }
    const Result<PyShardsImporter::Report> own =
        PyShardsImporter::import(ConfigLocation::sqlite(shardDesk), {}, *m_credentials, options);
    QVERIFY(!own.ok());
    QVERIFY2(own.error().message.contains(QLatin1String("already a ShardDesk config store")),
             qPrintable(own.error().message));
}


// Regression: a source whose topology cannot be stored used to lose its passwords before anything was
// stored (the database name "shard-1" is not valid).
void TestPyShardsImporter::invalidSourceChangesNothing()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), RawConnection);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE shard SET database = 'shard-1' WHERE id = 1")));
    }
    QSqlDatabase::removeDatabase(RawConnection);
    const QStringList before = sourcePasswords();
    const Result<PyShardsImporter::Report> report = import(true);
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(QStringLiteral("shard-1")));
    QCOMPARE(sourcePasswords(), before);
    QCOMPARE(m_credentials->read(QStringLiteral("root@127.0.0.1:3306")).error().kind, Error::Kind::NotFound);
}

void TestPyShardsImporter::clearSourcePasswordsBlanksOnlyStoredSecrets()
{
    const Result<PyShardsImporter::Report> report = import(false);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QVERIFY(!sourcePasswords().contains(QString()));
    // Someone replaced shard 4's secret in the store meanwhile: its source password must stay.
    QVERIFY(m_credentials->write(report->topology.shard(4)->credentialRef, QStringLiteral("rotated")).ok());
    const Result<QList<int>> kept =
        PyShardsImporter::clearSourcePasswords(source(), {}, report->topology, *m_credentials);
    QVERIFY2(kept.ok(), qPrintable(kept.error().fullText()));
    QCOMPARE(*kept, (QList<int>{4, 5, 6})); // all three share the login whose secret changed
    const QStringList after = sourcePasswords();
    QCOMPARE(after.mid(0, 3), (QStringList{QString(), QString(), QString()}));
    QCOMPARE(after.value(3), QStringLiteral("pw-Beta-2"));
}

void TestPyShardsImporter::warnsThatExistingRowsWereRoutedByPythonHash()
{
    const Result<PyShardsImporter::Report> report = import(false);
    QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
    QVERIFY(report->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("hash()")));
}

QTEST_GUILESS_MAIN(TestPyShardsImporter)
#include "TestPyShardsImporter.moc"
