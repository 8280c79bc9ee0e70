#include "CliRunner.h"
#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk::Testing;

namespace {

const QString PasswordVariable = QStringLiteral("SD_MONITOR_TEST_PASSWORD");

} // namespace

// sharddesk-cli monitor as a user runs it: a real process against the five sandbox servers, the
// password from the environment only.
class TestMonitorCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void onceJsonPrintsOneSamplePerServer();
    void onceTextPrintsOneLinePerServer();
    void intervalJsonPrintsAnObjectPerLineForCountTicks();
    void unreachableServerExitsWithTwoAndSaysWhy();
    void badIntervalIsAUsageError();

private:
    using Run = ShardDesk::Testing::CliRun;
    Run cli(QStringList args, const QString &config);
    QString makeCluster(const QStringList &hosts);

    QTemporaryDir m_dir;
    QString m_config;
};

TestMonitorCli::Run TestMonitorCli::cli(QStringList args, const QString &config)
{
    args << QStringLiteral("--config") << config << QStringLiteral("--password-env") << PasswordVariable;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(PasswordVariable, sandboxPassword());
    return ShardDesk::Testing::runCli(QStringLiteral(SHARDDESK_CLI_PATH), args, env, 60000);
}

QString TestMonitorCli::makeCluster(const QStringList &hosts)
{
    const QString config = m_dir.filePath(QStringLiteral("cluster-%1.sqlite").arg(hosts.size()));
    QProcess init;
    init.start(QStringLiteral(SHARDDESK_CLI_PATH),
               {QStringLiteral("--config"), config, QStringLiteral("init"), QStringLiteral("--vshards"),
                QStringLiteral("64")});
    if (!init.waitForFinished(30000) || init.exitCode() != 0)
        return {};
    for (int i = 0; i < hosts.size(); ++i) {
        QProcess add;
        // "mysql" exists on every server, so its size is known.
        add.start(QStringLiteral(SHARDDESK_CLI_PATH),
                  {QStringLiteral("--config"), config, QStringLiteral("shard"), QStringLiteral("add"),
                   QStringLiteral("--host"), hosts.at(i), QStringLiteral("--database"), QStringLiteral("mysql"),
                   QStringLiteral("--user"), sandboxUser(), QStringLiteral("--capacity-mb"), QStringLiteral("512")});
        if (!add.waitForFinished(30000) || add.exitCode() != 0)
            return {};
    }
    return config;
}

void TestMonitorCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_config = makeCluster(sandboxServers().mid(0, 5));
    QVERIFY(!m_config.isEmpty());
}

void TestMonitorCli::onceJsonPrintsOneSamplePerServer()
{
    const Run r = cli({QStringLiteral("monitor"), QStringLiteral("--once"), QStringLiteral("--json")}, m_config);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString() + QLatin1Char('\n') + r.out));
    const QJsonArray samples = doc.array();
    QCOMPARE(samples.size(), 5);
    QStringList seen;
    for (const QJsonValue &value : samples) {
        const QJsonObject s = value.toObject();
        seen << s.value(QStringLiteral("server")).toString();
        QVERIFY2(s.value(QStringLiteral("reachable")).toBool(),
                 qPrintable(s.value(QStringLiteral("error")).toString()));
        QVERIFY(s.value(QStringLiteral("version")).toString().contains(QLatin1String("MariaDB")));
        QVERIFY(s.value(QStringLiteral("memoryUsedBytes")).toDouble() > 1024 * 1024);
        QVERIFY(s.value(QStringLiteral("bufferPoolSizeBytes")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("hostRamBytes")).toDouble() > 0);
        QVERIFY(s.value(QStringLiteral("databaseSizeMb")).toObject().value(QStringLiteral("mysql")).toDouble() > 0);
        // One poll has no previous counters: rates are unknown, shown as null rather than 0.
        QVERIFY(s.value(QStringLiteral("queriesPerSec")).isNull());
    }
    for (const QString &server : sandboxServers().mid(0, 5))
        QVERIFY2(seen.contains(server + QStringLiteral(":3306")), qPrintable(seen.join(QLatin1Char(' '))));
    QVERIFY(!r.out.contains(sandboxPassword()));
}

void TestMonitorCli::onceTextPrintsOneLinePerServer()
{
    const Run r = cli({QStringLiteral("monitor"), QStringLiteral("--once")}, m_config);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (const QString &line : lines) {
        QVERIFY2(line.contains(QLatin1String("\tup\t")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("mysql=")), qPrintable(line));
    }
}

void TestMonitorCli::intervalJsonPrintsAnObjectPerLineForCountTicks()
{
    const Run r = cli({QStringLiteral("monitor"), QStringLiteral("--interval"), QStringLiteral("0.5"),
                       QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--json")},
                      m_config);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15);
    int withRates = 0;
    for (const QString &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(line));
        QVERIFY(doc.object().value(QStringLiteral("reachable")).toBool());
        if (doc.object().value(QStringLiteral("queriesPerSec")).toDouble(-1) > 0)
            ++withRates;
    }
    QVERIFY2(withRates >= 10, qPrintable(r.out)); // from the second tick on, every server has a rate
}

void TestMonitorCli::unreachableServerExitsWithTwoAndSaysWhy()
{
    // 127.0.0.250 is a loopback address with no server on it: the connection is refused at once.
    const QString config = makeCluster({sandboxServers().constFirst(), QStringLiteral("127.0.0.250")});
    QVERIFY(!config.isEmpty());
    const Run r = cli({QStringLiteral("monitor"), QStringLiteral("--once"), QStringLiteral("--json"),
                       QStringLiteral("--timeout"), QStringLiteral("1")},
                      config);
    QCOMPARE(r.exitCode, 2);
    const QJsonArray samples = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(samples.size(), 2);
    int unreachable = 0;
    for (const QJsonValue &value : samples) {
        const QJsonObject s = value.toObject();
        if (s.value(QStringLiteral("server")).toString().startsWith(QLatin1String("127.0.0.250"))) {
            QVERIFY(!s.value(QStringLiteral("reachable")).toBool());
            QVERIFY(!s.value(QStringLiteral("error")).toString().isEmpty());
            QVERIFY(s.value(QStringLiteral("memoryUsedBytes")).isNull());
            ++unreachable;
        } else {
            QVERIFY(s.value(QStringLiteral("reachable")).toBool());
        }
    }
    QCOMPARE(unreachable, 1);
}

void TestMonitorCli::badIntervalIsAUsageError()
{
    const Run r = cli({QStringLiteral("monitor"), QStringLiteral("--interval"), QStringLiteral("0")}, m_config);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("--interval")));
}

QTEST_GUILESS_MAIN(TestMonitorCli)
#include "TestMonitorCli.moc"
