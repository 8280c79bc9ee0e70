#include "config/ConfigLocation.h"

#include "credentials/CredentialStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QtTest>

using namespace ShardDesk;

class TestConfigLocation : public QObject
{
    Q_OBJECT

private slots:
    void parsesFilePaths_data();
    void parsesFilePaths();
    void parsesMySqlUrls_data();
    void parsesMySqlUrls();
    void refusesMalformedText_data();
    void refusesMalformedText();
    void refusesPasswordWithoutRepeatingIt_data();
    void refusesPasswordWithoutRepeatingIt();
    void toStringRoundTrips_data();
    void toStringRoundTrips();
    void credentialRefUsesCanonicalServer();
    void defaultLocationIsInAppDataFolder();
};

void TestConfigLocation::parsesFilePaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    QTest::newRow("absolute") << QStringLiteral("/tmp/conf/shardconf.sqlite") << QStringLiteral("/tmp/conf/shardconf.sqlite");
    QTest::newRow("relative becomes absolute") << QStringLiteral("conf.sqlite")
                                               << QDir::current().absoluteFilePath(QStringLiteral("conf.sqlite"));
    QTest::newRow("dots cleaned") << QStringLiteral("/tmp/a/../b/./c.sqlite") << QStringLiteral("/tmp/b/c.sqlite");
    QTest::newRow("blanks trimmed") << QStringLiteral("  /tmp/x.sqlite\n") << QStringLiteral("/tmp/x.sqlite");
    QTest::newRow("colon in a file name") << QStringLiteral("/tmp/a:b.sqlite") << QStringLiteral("/tmp/a:b.sqlite");
}

void TestConfigLocation::parsesFilePaths()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    const Result<ConfigLocation> location = ConfigLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.error().message));
    QCOMPARE(location->kind(), ConfigLocation::Kind::SQLite);
    QCOMPARE(location->path(), path);
    QVERIFY(location->credentialRef().isEmpty());
}

void TestConfigLocation::parsesMySqlUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");

    QTest::newRow("full") << QStringLiteral("mysql://admin@10.0.0.5:3307/conf") << QStringLiteral("admin")
                          << QStringLiteral("10.0.0.5") << 3307 << QStringLiteral("conf");
    QTest::newRow("default port and database") << QStringLiteral("mysql://admin@db.example.com")
                                                << QStringLiteral("admin") << QStringLiteral("db.example.com") << 3306
                                                << QStringLiteral("shardconf");
    QTest::newRow("trailing slash: default database") << QStringLiteral("mysql://admin@10.0.0.5/")
                                                      << QStringLiteral("admin") << QStringLiteral("10.0.0.5") << 3306
                                                      << QStringLiteral("shardconf");
    QTest::newRow("ipv6 with port") << QStringLiteral("mysql://admin@[::1]:3310/conf") << QStringLiteral("admin")
                                    << QStringLiteral("::1") << 3310 << QStringLiteral("conf");
    QTest::newRow("ipv6 without port") << QStringLiteral("mysql://admin@[FE80::AB]/conf") << QStringLiteral("admin")
                                       << QStringLiteral("fe80::ab") << 3306 << QStringLiteral("conf");
    QTest::newRow("canonical ipv4") << QStringLiteral("mysql://admin@127.1/conf") << QStringLiteral("admin")
                                    << QStringLiteral("127.0.0.1") << 3306 << QStringLiteral("conf");
    QTest::newRow("scheme case") << QStringLiteral("MySQL://admin@10.0.0.5/conf") << QStringLiteral("admin")
                                 << QStringLiteral("10.0.0.5") << 3306 << QStringLiteral("conf");
    QTest::newRow("mariadb scheme") << QStringLiteral("mariadb://admin@10.0.0.5/conf") << QStringLiteral("admin")
                                    << QStringLiteral("10.0.0.5") << 3306 << QStringLiteral("conf");
    QTest::newRow("percent-encoded @ in user") << QStringLiteral("mysql://ops%40corp@10.0.0.5/conf")
                                               << QStringLiteral("ops@corp") << QStringLiteral("10.0.0.5") << 3306
                                               << QStringLiteral("conf");
}

void TestConfigLocation::parsesMySqlUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    const Result<ConfigLocation> location = ConfigLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.error().message));
    QCOMPARE(location->kind(), ConfigLocation::Kind::MySql);
    QCOMPARE(location->user(), user);
    QCOMPARE(location->server().host(), host);
    QCOMPARE(location->server().port(), port);
    QCOMPARE(location->database(), database);
}

void TestConfigLocation::refusesMalformedText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("no user") << QStringLiteral("mysql://10.0.0.5/conf");
    QTest::newRow("empty user") << QStringLiteral("mysql://@10.0.0.5/conf");
    QTest::newRow("port too large") << QStringLiteral("mysql://admin@10.0.0.5:99999/conf");
    QTest::newRow("port zero") << QStringLiteral("mysql://admin@10.0.0.5:0/conf");
    QTest::newRow("port not a number") << QStringLiteral("mysql://admin@10.0.0.5:abc/conf");
    QTest::newRow("unbracketed ipv6 with port") << QStringLiteral("mysql://admin@::1:3306/conf");
    QTest::newRow("no host") << QStringLiteral("mysql://admin@/conf");
    QTest::newRow("sub-path") << QStringLiteral("mysql://admin@10.0.0.5/conf/more");
    QTest::newRow("query") << QStringLiteral("mysql://admin@10.0.0.5/conf?ssl=1");
    QTest::newRow("database too long") << QStringLiteral("mysql://admin@10.0.0.5/") + QString(65, QLatin1Char('d'));
    QTest::newRow("other scheme") << QStringLiteral("postgres://admin@10.0.0.5/conf");
}

void TestConfigLocation::refusesMalformedText()
{
    QFETCH(QString, text);
    const Result<ConfigLocation> location = ConfigLocation::parse(text);
    QVERIFY(!location.ok());
    QCOMPARE(location.error().kind, Error::Kind::Usage);
    QVERIFY(!location.error().message.isEmpty());
}

void TestConfigLocation::refusesPasswordWithoutRepeatingIt_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("user and password") << QStringLiteral("mysql://admin:S3cr3t-pw@10.0.0.5/conf");
    QTest::newRow("empty password") << QStringLiteral("mysql://admin:@10.0.0.5/conf");
    QTest::newRow("password with @") << QStringLiteral("mysql://admin:S3cr3t@pw@10.0.0.5/conf");
}

void TestConfigLocation::refusesPasswordWithoutRepeatingIt()
{
    QFETCH(QString, text);
    const Result<ConfigLocation> location = ConfigLocation::parse(text);
    QVERIFY(!location.ok());
    QCOMPARE(location.error().kind, Error::Kind::Usage);
    QVERIFY2(location.error().message.contains(QLatin1String("command line")), qPrintable(location.error().message));
    QVERIFY(!location.error().fullText().contains(QLatin1String("S3cr3t")));
}

void TestConfigLocation::toStringRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("file") << QStringLiteral("/tmp/conf/shardconf.sqlite") << QStringLiteral("/tmp/conf/shardconf.sqlite");
    QTest::newRow("url with defaults") << QStringLiteral("mysql://admin@10.0.0.5")
                                       << QStringLiteral("mysql://admin@10.0.0.5:3306/shardconf");
    QTest::newRow("ipv6") << QStringLiteral("mysql://admin@[::1]:3310/conf")
                          << QStringLiteral("mysql://admin@[::1]:3310/conf");
    QTest::newRow("user with @") << QStringLiteral("mysql://ops%40corp@10.0.0.5/conf")
                                 << QStringLiteral("mysql://ops%40corp@10.0.0.5:3306/conf");
}

void TestConfigLocation::toStringRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<ConfigLocation> location = ConfigLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.error().message));
    QCOMPARE(location->toString(), canonical);
    const Result<ConfigLocation> again = ConfigLocation::parse(location->toString());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(*again, *location);
}

void TestConfigLocation::credentialRefUsesCanonicalServer()
{
    const Result<ConfigLocation> a = ConfigLocation::parse(QStringLiteral("mysql://admin@127.1/conf"));
    const Result<ConfigLocation> b = ConfigLocation::parse(QStringLiteral("mysql://admin@127.0.0.1:3306/other"));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->credentialRef(), CredentialStore::referenceFor(QStringLiteral("admin"), QStringLiteral("127.0.0.1:3306")));
    QCOMPARE(a->credentialRef(), b->credentialRef());
}

void TestConfigLocation::defaultLocationIsInAppDataFolder()
{
    const ConfigLocation location = ConfigLocation::defaultLocation();
    QCOMPARE(location.kind(), ConfigLocation::Kind::SQLite);
    QCOMPARE(location.path(), QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                              + QStringLiteral("/shardconf.sqlite")));
}

QTEST_GUILESS_MAIN(TestConfigLocation)
#include "TestConfigLocation.moc"
