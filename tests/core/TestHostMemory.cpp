#include "monitor/HostMemory.h"

#include <QtTest>

using namespace ShardDesk;

class TestHostMemory : public QObject
{
    Q_OBJECT

private slots:
    void parsesMemTotal_data();
    void parsesMemTotal();
    void loopbackServerGetsThisMachinesRam_data();
    void loopbackServerGetsThisMachinesRam();
    void otherServersAreUnknown_data();
    void otherServersAreUnknown();
};

void TestHostMemory::parsesMemTotal_data()
{
    QTest::addColumn<QByteArray>("meminfo");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("kB") << QByteArray("MemTotal:       16314572 kB\nMemFree: 1 kB\n") << qint64(16314572) * 1024;
    QTest::newRow("not first line") << QByteArray("Foo: 1 kB\nMemTotal: 2048 kB\n") << qint64(2048) * 1024;
    QTest::newRow("missing") << QByteArray("MemFree: 1 kB\n") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("MemTotal: lots kB\n") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestHostMemory::parsesMemTotal()
{
    QFETCH(QByteArray, meminfo);
    QFETCH(qint64, bytes);
    QCOMPARE(HostMemory::parseMemTotal(meminfo), bytes);
}

void TestHostMemory::loopbackServerGetsThisMachinesRam_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("127.0.0.45") << QStringLiteral("127.0.0.45");
    QTest::newRow("127.1 spelling") << QStringLiteral("127.1");
    QTest::newRow("::1") << QStringLiteral("::1");
}

void TestHostMemory::loopbackServerGetsThisMachinesRam()
{
    QFETCH(QString, host);
    const qint64 local = HostMemory::localTotalBytes();
    QVERIFY2(local > 64 * 1024 * 1024, "this Linux machine reports its MemTotal");
    QCOMPARE(HostMemory::detect(host), local);
}

void TestHostMemory::otherServersAreUnknown_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("private address") << QStringLiteral("10.0.0.5");
    QTest::newRow("DNS name") << QStringLiteral("db1.example.com");
    QTest::newRow("name starting like loopback") << QStringLiteral("127.example.com");
    QTest::newRow("IPv6 non-loopback") << QStringLiteral("fe80::1");
    QTest::newRow("empty") << QString();
}

void TestHostMemory::otherServersAreUnknown()
{
    QFETCH(QString, host);
    QCOMPARE(HostMemory::detect(host), qint64(-1));
}

QTEST_GUILESS_MAIN(TestHostMemory)
#include "TestHostMemory.moc"
