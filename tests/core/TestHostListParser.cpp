#include "provision/HostListParser.h"

#include <QtTest>

using namespace ShardDesk;

// The provisioning host list: every bad line is named with its number and reason; duplicates too.
class TestHostListParser : public QObject
{
    Q_OBJECT

private slots:
    void acceptsEverySpelling_data();
    void acceptsEverySpelling();
    void namesBadLinesWithNumberAndReason_data();
    void namesBadLinesWithNumberAndReason();
    void flagsTwoSpellingsOfOneServerAsDuplicate();
    void emptyListIsAProblem();
};

void TestHostListParser::acceptsEverySpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("servers");
    QTest::newRow("plain") << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("127.0.0.1:3306")};
    QTest::newRow("port") << QStringLiteral("127.0.0.2:3307") << QStringList{QStringLiteral("127.0.0.2:3307")};
    QTest::newRow("ipv6 with port") << QStringLiteral("[::1]:3310") << QStringList{QStringLiteral("[::1]:3310")};
    QTest::newRow("ipv6 bare") << QStringLiteral("::1") << QStringList{QStringLiteral("[::1]:3306")};
    QTest::newRow("dns") << QStringLiteral("DB-1.Example.org") << QStringList{QStringLiteral("db-1.example.org:3306")};
    QTest::newRow("comments and blanks")
        << QStringLiteral("# servers\n\n127.0.0.1  # first\n   \n127.0.0.2\n")
        << QStringList{QStringLiteral("127.0.0.1:3306"), QStringLiteral("127.0.0.2:3306")};
}

void TestHostListParser::acceptsEverySpelling()
{
    QFETCH(QString, text);
    QFETCH(QStringList, servers);
    const HostList list = HostListParser::parse(text);
    QVERIFY2(list.ok(), qPrintable(list.messages().join(QLatin1Char('\n'))));
    QStringList got;
    for (const ServerAddress &a : list.addresses())
        got.append(a.toString());
    QCOMPARE(got, servers);
}

void TestHostListParser::namesBadLinesWithNumberAndReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("garbage") << QStringLiteral("127.0.0.1\nnot a host!") << 2 << QStringLiteral("contains a space");
    QTest::newRow("octet out of range") << QStringLiteral("# x\n127.0.0.1\n10.0.0.300") << 3
                                        << QStringLiteral("not a valid IPv4 address");
    QTest::newRow("port out of range") << QStringLiteral("host:99999") << 1 << QStringLiteral("1 to 65535");
    QTest::newRow("ipv6 port without brackets") << QStringLiteral("\n::1:3306") << 2 << QStringLiteral("brackets");
    QTest::newRow("bad characters") << QStringLiteral("a_b.example") << 1 << QStringLiteral("letters a-z");
}

void TestHostListParser::namesBadLinesWithNumberAndReason()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const HostList list = HostListParser::parse(text);
    QVERIFY(!list.ok());
    QCOMPARE(list.problems.size(), 1);
    QCOMPARE(list.problems.constFirst().line, line);
    const QString message = list.problems.constFirst().message;
    QVERIFY2(message.startsWith(QStringLiteral("Line %1: ").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY(!list.problems.constFirst().duplicate);
}

void TestHostListParser::flagsTwoSpellingsOfOneServerAsDuplicate()
{
    const HostList list = HostListParser::parse(QStringLiteral("127.0.0.1\n127.0.0.2\n127.1:3306\n127.0.0.2"));
    QCOMPARE(list.servers.size(), 2);
    QCOMPARE(list.problems.size(), 2);
    QVERIFY(list.problems[0].duplicate);
    QCOMPARE(list.problems[0].line, 3);
    QCOMPARE(list.problems[0].message, QStringLiteral("Line 3: \"127.1:3306\" is the same server as line 1 (127.0.0.1:3306)."));
    QCOMPARE(list.problems[1].line, 4);
    QVERIFY(list.problems[1].message.contains(QStringLiteral("same server as line 2")));
}

void TestHostListParser::emptyListIsAProblem()
{
    const HostList list = HostListParser::parse(QStringLiteral("# nothing\n\n"));
    QVERIFY(!list.ok());
    QCOMPARE(list.messages(), QStringList{HostListParser::emptyListMessage()});
}

QTEST_GUILESS_MAIN(TestHostListParser)
#include "TestHostListParser.moc"
