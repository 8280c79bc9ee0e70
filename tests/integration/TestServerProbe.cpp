#include "monitor/ServerProbe.h"

#include "MonitorSandbox.h"
#include "PausedServerGuard.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

constexpr int Servers = 5;
const QString Admin = QStringLiteral("sd-it-probe-admin");

QString databaseOf(int k)
{
    return QStringLiteral("sd_it_probe_%1").arg(k);
}

const QString EmptyDatabase = QStringLiteral("sd_it_probe_empty");
const QString MissingDatabase = QStringLiteral("sd_it_probe_missing");

} // namespace

class TestServerProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyServerGivesPlausibleNonZeroFigures();
    void shardSizesComeFromOneQueryAndGrowWithData();
    void emptyDatabaseIsZeroAndMissingOneIsUnknown();
    void countersGrowBetweenProbes();
    void wrongPasswordIsUnreachableWithoutThePassword();
    void pausedServerIsUnreachableWithinTheTimeout();
    void recoversOnTheNextProbeAfterAFailure();

private:
    ProbeSample probe(int k, const QStringList &databases, int timeoutSec = 2);

    ConnectionPool m_pool;
};

void TestServerProbe::initTestCase()
{
    for (int k = 1; k <= Servers; ++k) {
        QString error;
        QVERIFY2(openAdmin(Admin, k, &error), qPrintable(error));
        error = adminExec(
            Admin, k,
            {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(databaseOf(k)),
             QStringLiteral("CREATE DATABASE %1").arg(databaseOf(k)),
             QStringLiteral("CREATE TABLE %1.t (id INT PRIMARY KEY, filler VARCHAR(1000))").arg(databaseOf(k)),
             QStringLiteral("DROP DATABASE IF EXISTS %1").arg(EmptyDatabase),
             QStringLiteral("CREATE DATABASE %1").arg(EmptyDatabase),
             QStringLiteral("DROP DATABASE IF EXISTS %1").arg(MissingDatabase)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestServerProbe::cleanupTestCase()
{
    m_pool.closeThreadConnections();
    for (int k = 1; k <= Servers; ++k) {
        const QString error = adminExec(Admin, k,
                                        {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(databaseOf(k)),
                                         QStringLiteral("DROP DATABASE IF EXISTS %1").arg(EmptyDatabase)});
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        closeAdmin(Admin, k);
    }
}

ProbeSample TestServerProbe::probe(int k, const QStringList &databases, int timeoutSec)
{
    return ServerProbe(sandboxAddress(k), databases, monitorOptions(timeoutSec)).run(m_pool);
}

void TestServerProbe::everyServerGivesPlausibleNonZeroFigures()
{
    for (int k = 1; k <= Servers; ++k) {
        const ProbeSample s = probe(k, {databaseOf(k)});
        QVERIFY2(s.reachable, qPrintable(s.error));
        QCOMPARE(s.serverKey, sandboxKey(k));
        QVERIFY2(s.version.contains(QLatin1String("MariaDB")), qPrintable(s.version));
        QVERIFY(s.uptimeSec >= 0);
        // A running MariaDB holds at least a few MB, and less than this machine has.
        QVERIFY2(s.memoryUsedBytes > 1024 * 1024, qPrintable(QString::number(s.memoryUsedBytes)));
        QVERIFY(s.bufferPoolSizeBytes >= 5 * 1024 * 1024);
        QVERIFY(s.bufferPoolDataBytes > 0);
        QVERIFY(s.bufferPoolDataBytes <= s.bufferPoolSizeBytes);
        QVERIFY(s.threadsConnected >= 1);
        QVERIFY(s.questions > 0);
        QVERIFY(s.inserts >= 0);
        QVERIFY(s.latencyMs >= 0 && s.latencyMs < 2000);
        QVERIFY(s.timestampMs > 0);
        // Rates and host RAM are the Poller's part.
        QCOMPARE(s.queriesPerSec, -1.0);
        QCOMPARE(s.hostRamBytes, qint64(-1));
    }
}

void TestServerProbe::shardSizesComeFromOneQueryAndGrowWithData()
{
    const ProbeSample before = probe(1, {databaseOf(1)});
    QVERIFY2(before.reachable, qPrintable(before.error));
    QVERIFY(before.databaseSizeMb.contains(databaseOf(1)));
    const double emptyMb = before.databaseSizeMb.value(databaseOf(1));
    QVERIFY(emptyMb > 0); // an InnoDB table has pages even when empty

    // InnoDB's DATA_LENGTH is a statistic: ANALYZE TABLE makes it current (the probe never does).
    const QString error = adminExec(
        Admin, 1,
        {QStringLiteral("INSERT INTO %1.t SELECT seq, REPEAT('x', 1000) FROM %1.seq_1_to_3000").arg(databaseOf(1)),
         QStringLiteral("ANALYZE TABLE %1.t").arg(databaseOf(1))});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ProbeSample after = probe(1, {databaseOf(1)});
    QVERIFY2(after.reachable, qPrintable(after.error));
    const double grownMb = after.databaseSizeMb.value(databaseOf(1));
    QVERIFY2(grownMb > emptyMb + 2.0, qPrintable(QStringLiteral("%1 MB -> %2 MB").arg(emptyMb).arg(grownMb)));
}

void TestServerProbe::emptyDatabaseIsZeroAndMissingOneIsUnknown()
{
    const ProbeSample s = probe(2, {databaseOf(2), EmptyDatabase, MissingDatabase});
    QVERIFY2(s.reachable, qPrintable(s.error));
    QCOMPARE(s.databaseSizeMb.value(EmptyDatabase, -1), 0.0);
    QVERIFY(!s.databaseSizeMb.contains(MissingDatabase));
    QVERIFY(s.databaseSizeMb.contains(databaseOf(2)));
    QCOMPARE(s.databaseSizeMb.size(), 2);
}

void TestServerProbe::countersGrowBetweenProbes()
{
    const ProbeSample first = probe(3, {});
    const ProbeSample second = probe(3, {});
    QVERIFY(first.reachable && second.reachable);
    QVERIFY(second.questions > first.questions); // the probe's own statements count
    QVERIFY(second.uptimeSec >= first.uptimeSec);
}

void TestServerProbe::wrongPasswordIsUnreachableWithoutThePassword()
{
    ConnectionOptions options = monitorOptions();
    options.password = QStringLiteral("not-the-password-%1").arg(QRandomGenerator::global()->generate());
    const ProbeSample s = ServerProbe(sandboxAddress(4), {databaseOf(4)}, options).run(m_pool);
    QVERIFY(!s.reachable);
    QVERIFY(!s.error.isEmpty());
    QVERIFY2(s.error.contains(QLatin1String("denied")), qPrintable(s.error));
    QVERIFY(!s.error.contains(options.password));
    QVERIFY(s.databaseSizeMb.isEmpty());
    QCOMPARE(s.memoryUsedBytes, qint64(-1));
}

void TestServerProbe::pausedServerIsUnreachableWithinTheTimeout()
{
    QVERIFY(probe(2, {databaseOf(2)}).reachable); // a pooled connection exists: the read timeout applies
    constexpr int TimeoutSec = 1;
    PausedServerGuard paused(2);
    QVERIFY2(paused.paused(), qPrintable(paused.output()));
    QElapsedTimer timer;
    timer.start();
    const ProbeSample s = probe(2, {databaseOf(2)}, TimeoutSec);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!s.reachable);
    QVERIFY(!s.error.isEmpty());
    // The bound: unreachable within the timeout + 1 s.
    QVERIFY2(elapsed <= TimeoutSec * 1000 + 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestServerProbe::recoversOnTheNextProbeAfterAFailure()
{
    // The previous test left a failed connection to server 2 behind; the probe discarded it.
    const ProbeSample s = probe(2, {databaseOf(2)});
    QVERIFY2(s.reachable, qPrintable(s.error));
    QVERIFY(s.memoryUsedBytes > 0);
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "TestServerProbe.moc"
