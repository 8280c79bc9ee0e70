#include "db/ServerAddress.h"

#include <QtTest>

using namespace ShardDesk;

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndCanonicalises_data();
    void parsesAndCanonicalises();
    void refusesMalformedAddresses_data();
    void refusesMalformedAddresses();
    void localhostBecomesTcpLoopbackWithWarning_data();
    void localhostBecomesTcpLoopbackWithWarning();
    void spellingsOfOneServerAreEqual_data();
    void spellingsOfOneServerAreEqual();
    void fromHostPortChecksHostAndPort_data();
    void fromHostPortChecksHostAndPort();
    void toStringBracketsIPv6();
    void storedHostIsTheCanonicalSpelling_data();
    void storedHostIsTheCanonicalSpelling();
};

void TestServerAddress::parsesAndCanonicalises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("ipv6");

    QTest::newRow("dotted quad") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1") << 3306 << false;
    QTest::newRow("shorthand 127.1") << QStringLiteral("127.1") << QStringLiteral("127.0.0.1") << 3306 << false;
    QTest::newRow("hex 0x7f.1") << QStringLiteral("0x7f.1") << QStringLiteral("127.0.0.1") << 3306 << false;
    QTest::newRow("ipv4 with port") << QStringLiteral("127.0.0.1:3307") << QStringLiteral("127.0.0.1") << 3307 << false;
    QTest::newRow("surrounding blanks") << QStringLiteral("  10.0.0.7:3310 ") << QStringLiteral("10.0.0.7") << 3310
                                        << false;
    QTest::newRow("bracketed v6 with port") << QStringLiteral("[::1]:3306") << QStringLiteral("::1") << 3306 << true;
    QTest::newRow("bare v6") << QStringLiteral("::1") << QStringLiteral("::1") << 3306 << true;
    QTest::newRow("bracketed v6 without port") << QStringLiteral("[::1]") << QStringLiteral("::1") << 3306 << true;
    QTest::newRow("long v6 compressed") << QStringLiteral("[0:0:0:0:0:0:0:1]") << QStringLiteral("::1") << 3306 << true;
    QTest::newRow("v6 upper case") << QStringLiteral("[FE80:0:0:0:0:0:0:AB]:3400") << QStringLiteral("fe80::ab") << 3400
                                   << true;
    QTest::newRow("v6 longest zero run") << QStringLiteral("[1:0:0:2:0:0:0:3]") << QStringLiteral("1:0:0:2::3") << 3306
                                         << true;
    QTest::newRow("v6 first of equal runs")
        << QStringLiteral("[1:0:0:2:3:0:0:4]") << QStringLiteral("1::2:3:0:0:4") << 3306 << true;
    QTest::newRow("v6 single zero kept") << QStringLiteral("[1:0:2:3:4:5:6:7]") << QStringLiteral("1:0:2:3:4:5:6:7")
                                         << 3306 << true;
    QTest::newRow("v6 all zero") << QStringLiteral("[0:0:0:0:0:0:0:0]") << QStringLiteral("::") << 3306 << true;
    QTest::newRow("v4-mapped v6") << QStringLiteral("[::FFFF:127.0.0.1]:3306") << QStringLiteral("::ffff:127.0.0.1")
                                  << 3306 << true;
    QTest::newRow("full bare v6") << QStringLiteral("1:2:3:4:5:6:7:8") << QStringLiteral("1:2:3:4:5:6:7:8") << 3306
                                  << true;
    QTest::newRow("dns lower-cased") << QStringLiteral("Db.Example.COM") << QStringLiteral("db.example.com") << 3306
                                     << false;
    QTest::newRow("dns with port") << QStringLiteral("shard-7.internal:3399") << QStringLiteral("shard-7.internal")
                                   << 3399 << false;
    QTest::newRow("dns trailing dot") << QStringLiteral("db.example.com.") << QStringLiteral("db.example.com") << 3306
                                      << false;
    QTest::newRow("63-char label") << QString(QString(63, QLatin1Char('a')) + QStringLiteral(".example"))
                                   << QString(QString(63, QLatin1Char('a')) + QStringLiteral(".example")) << 3306
                                   << false;
    QTest::newRow("port 1") << QStringLiteral("db:1") << QStringLiteral("db") << 1 << false;
    QTest::newRow("port 65535") << QStringLiteral("db:65535") << QStringLiteral("db") << 65535 << false;
}

void TestServerAddress::parsesAndCanonicalises()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, ipv6);

    const auto address = ServerAddress::parse(text);
    QVERIFY2(address.ok(), qPrintable(address.error().message));
    QCOMPARE(address->host(), host);
    QCOMPARE(address->port(), port);
    QCOMPARE(address->isIPv6(), ipv6);
    QVERIFY(address->isValid());
    QVERIFY(address->warning().isEmpty());
}

void TestServerAddress::refusesMalformedAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageMentions"); // the bad value or the way to fix it

    QTest::newRow("empty") << QString() << QStringLiteral("Enter a server address");
    QTest::newRow("blank") << QStringLiteral("   \t ") << QStringLiteral("Enter a server address");
    QTest::newRow("ambiguous v6 with port") << QStringLiteral("::1:3306") << QStringLiteral("[::1]:3306");
    QTest::newRow("port too large") << QStringLiteral("host:99999") << QStringLiteral("99999");
    QTest::newRow("port zero") << QStringLiteral("host:0") << QStringLiteral("\"0\"");
    QTest::newRow("port not a number") << QStringLiteral("host:abc") << QStringLiteral("abc");
    QTest::newRow("port empty") << QStringLiteral("host:") << QStringLiteral("1 to 65535");
    QTest::newRow("port negative") << QStringLiteral("host:-5") << QStringLiteral("-5");
    QTest::newRow("64-char label") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".example"))
                                   << QStringLiteral("1 to 63");
    QTest::newRow("254-char name") << QString(QStringList(51, QStringLiteral("abcd")).join(QLatin1Char('.')))
                                   << QStringLiteral("254 characters");
    QTest::newRow("empty label") << QStringLiteral("db..example") << QStringLiteral("1 to 63");
    QTest::newRow("label starts with hyphen") << QStringLiteral("-db.example") << QStringLiteral("hyphen");
    QTest::newRow("label ends with hyphen") << QStringLiteral("db-.example") << QStringLiteral("hyphen");
    QTest::newRow("underscore") << QStringLiteral("db_1.example") << QStringLiteral("db_1.example");
    QTest::newRow("bad dotted quad") << QStringLiteral("999.1.1.1") << QStringLiteral("999.1.1.1");
    QTest::newRow("inner space") << QStringLiteral("db example") << QStringLiteral("space");
    QTest::newRow("non-ascii name") << QStringLiteral("bücher.example") << QStringLiteral("bücher.example");
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:3306") << QStringLiteral("bracket");
    QTest::newRow("ipv4 in brackets") << QStringLiteral("[127.0.0.1]:3306") << QStringLiteral("127.0.0.1");
    QTest::newRow("junk after bracket") << QStringLiteral("[::1]3306") << QStringLiteral("[address]:port");
    QTest::newRow("not v6") << QStringLiteral("1:2:3:4:5:6:7:8:9") << QStringLiteral("1:2:3:4:5:6:7:8:9");
}

void TestServerAddress::refusesMalformedAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, messageMentions);

    const auto address = ServerAddress::parse(text);
    QVERIFY2(!address.ok(),
             qPrintable(QStringLiteral("accepted as ") + (address.ok() ? address->toString() : QString())));
    QCOMPARE(address.error().kind, Error::Kind::Usage);
    QVERIFY2(address.error().message.contains(messageMentions), qPrintable(address.error().message));
}

void TestServerAddress::localhostBecomesTcpLoopbackWithWarning_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("port");

    QTest::newRow("bare") << QStringLiteral("localhost") << 3306;
    QTest::newRow("with port") << QStringLiteral("localhost:3307") << 3307;
    QTest::newRow("upper case") << QStringLiteral("LocalHost:3308") << 3308;
}

void TestServerAddress::localhostBecomesTcpLoopbackWithWarning()
{
    QFETCH(QString, text);
    QFETCH(int, port);

    const auto address = ServerAddress::parse(text);
    QVERIFY2(address.ok(), qPrintable(address.error().message));
    QCOMPARE(address->host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(address->port(), port);
    QCOMPARE(address->warning(),
             QStringLiteral("\"localhost\" would use the local socket and ignore the port; "
                            "using TCP to 127.0.0.1 instead."));
}

void TestServerAddress::spellingsOfOneServerAreEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("127.1 = 127.0.0.1") << QStringLiteral("127.1") << QStringLiteral("127.0.0.1:3306") << true;
    QTest::newRow("0x7f.1 = 127.0.0.1") << QStringLiteral("0x7f.1:3306") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("long = short v6") << QStringLiteral("[0:0:0:0:0:0:0:1]:3306") << QStringLiteral("::1") << true;
    QTest::newRow("dns case") << QStringLiteral("DB.example.com") << QStringLiteral("db.EXAMPLE.com:3306") << true;
    QTest::newRow("localhost = 127.0.0.1") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("other port") << QStringLiteral("127.0.0.1:3307") << QStringLiteral("127.0.0.1") << false;
    QTest::newRow("other host") << QStringLiteral("127.0.0.2") << QStringLiteral("127.0.0.1") << false;
}

void TestServerAddress::spellingsOfOneServerAreEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);

    const auto first = ServerAddress::parse(a);
    const auto second = ServerAddress::parse(b);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*first == *second, equal);
    QCOMPARE(*first != *second, !equal);
    if (equal) {
        QCOMPARE(qHash(*first), qHash(*second));
        QCOMPARE(first->toString(), second->toString());
    }
}

void TestServerAddress::fromHostPortChecksHostAndPort_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected"); // toString(), or empty when refused
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("v4") << QStringLiteral("127.1") << 3310 << QStringLiteral("127.0.0.1:3310") << QString();
    QTest::newRow("v6 bare") << QStringLiteral("::1") << 3306 << QStringLiteral("[::1]:3306") << QString();
    QTest::newRow("v6 bracketed") << QStringLiteral("[::1]") << 3306 << QStringLiteral("[::1]:3306") << QString();
    QTest::newRow("v6 ::1:3306 is an address here")
        << QStringLiteral("::1:3306") << 3306 << QStringLiteral("[::1:3306]:3306") << QString();
    QTest::newRow("port 0") << QStringLiteral("db") << 0 << QString() << QStringLiteral("0");
    QTest::newRow("port 70000") << QStringLiteral("db") << 70000 << QString() << QStringLiteral("70000");
    QTest::newRow("empty host") << QString() << 3306 << QString() << QStringLiteral("host name");
    QTest::newRow("bad v6") << QStringLiteral("::g") << 3306 << QString() << QStringLiteral("::g");
}

void TestServerAddress::fromHostPortChecksHostAndPort()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QFETCH(QString, messageMentions);

    const auto address = ServerAddress::fromHostPort(host, port);
    if (expected.isEmpty()) {
        QVERIFY(!address.ok());
        QVERIFY2(address.error().message.contains(messageMentions), qPrintable(address.error().message));
    } else {
        QVERIFY2(address.ok(), qPrintable(address.error().message));
        QCOMPARE(address->toString(), expected);
    }
}

void TestServerAddress::toStringBracketsIPv6()
{
    QCOMPARE(ServerAddress::parse(QStringLiteral("[::1]:3307"))->toString(), QStringLiteral("[::1]:3307"));
    QCOMPARE(ServerAddress::parse(QStringLiteral("127.0.0.1"))->toString(), QStringLiteral("127.0.0.1:3306"));
    QVERIFY(!ServerAddress().isValid());
}

void TestServerAddress::storedHostIsTheCanonicalSpelling_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("stored");
    QTest::newRow("shorthand") << QStringLiteral(" 127.1 ") << QStringLiteral("127.0.0.1");
    QTest::newRow("localhost") << QStringLiteral("LocalHost") << QStringLiteral("127.0.0.1");
    QTest::newRow("long v6") << QStringLiteral("0:0:0:0:0:0:0:1") << QStringLiteral("::1");
    QTest::newRow("bracketed v6") << QStringLiteral("[::1]") << QStringLiteral("::1");
    QTest::newRow("name") << QStringLiteral("DB1.Example.COM") << QStringLiteral("db1.example.com");
    QTest::newRow("not a host: kept") << QStringLiteral(" no such host! ") << QStringLiteral("no such host!");
    QTest::newRow("empty") << QString() << QString();
}

void TestServerAddress::storedHostIsTheCanonicalSpelling()
{
    QFETCH(QString, host);
    QFETCH(QString, stored);
    QCOMPARE(ServerAddress::storedHost(host), stored);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
