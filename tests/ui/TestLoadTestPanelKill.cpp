// Issue 5 from the GUI: a sandbox server is crashed with SIGKILL in the middle of a load test run from
// LoadTestPanel. The run still finishes by count; the panel shows acknowledged / failed / unknown apart and
// errors on the killed server's shards only; the GUI thread never stalls; every acknowledged row on the
// other servers is there while the killed one is down, and the whole run checks out once it is back.
// Needs scripts/sandbox with five servers; restarts the killed one and drops its databases at the end,
// also when a check fails.
#include "Heartbeat.h"
#include "LoadTestPanel.h"
#include "Sandbox.h"
#include "SandboxLogin.h"
#include "loadtest/LoadTestSpec.h"
#include "loadtest/Verifier.h"
#include "provision/Provisioner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace ShardDesk;
using namespace Qt::StringLiterals;

class TestLoadTestPanelKill : public QObject
{
    Q_OBJECT

private:
    static constexpr int Users = 8000;
    static constexpr int Seed = 5001;
    static constexpr int KilledServer = 3; // scripts/sandbox's K: the third address of the sandbox
    static constexpr qint64 MaxGapMs = 500;

    template<typename T> T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static ConnectionOptionsProvider login()
    {
        return [](const Shard &) -> Result<ConnectionOptions> {
            return Testing::sandboxLogin();
        };
    }
    // "host:3306/" of the killed server, the start of its shards' names.
    QString killedPrefix() const { return Testing::sandboxServers().at(KilledServer - 1) + u":3306/"_s; }
    bool sandbox(const QStringList &args);
    bool restartKilledServer();
    // Verifier over the cluster for the run the panel made, reading sample keys back.
    Verifier::Report verifyRun(int sample) const;

    ClusterPlan m_plan;
    std::shared_ptr<const Topology> m_topology;
    bool m_killed = false;
    LoadTestResult m_run;
    QHash<QString, qint64> m_acknowledgedShown; // per shard, as the panel's table shows it

private slots:
    void initTestCase();
    void killedServerFailsOnlyItsShardsWhileGuiStaysResponsive();
    void acknowledgedRowsOnTheOtherServersAreThereWhileItIsDown();
    void restartedServerKeepsTheRunWithinAcknowledgedAndUnknown();
    void cleanupTestCase();
};

// scripts/sandbox args... with the event loop running, so that the heartbeat measures the GUI and not
// this test's wait for the script (Testing::runSandbox blocks the thread).
bool TestLoadTestPanelKill::sandbox(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    process.start(Testing::sandboxScript(), args);
    loop.exec();
    const bool ok = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit
        && process.error() == QProcess::UnknownError && process.exitCode() == 0;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (!ok)
        qWarning("scripts/sandbox %s failed: %s %s", qPrintable(args.join(u' ')), qPrintable(process.errorString()),
                 qPrintable(QString::fromLocal8Bit(process.readAll())));
    return ok;
}

// `scripts/sandbox restart K` waits until the server answers a login.
Verifier::Report TestLoadTestPanelKill::verifyRun(int sample) const
{
    Verifier verifier(m_topology, login());
    Verifier::Options options;
    options.users = Users;
    options.seed = Seed;
    options.commentsPerUser = 1;
    options.sample = sample;
    options.acknowledged = m_run.acknowledged;
    options.unknown = m_run.unknown;
    return verifier.run(options);
}

bool TestLoadTestPanelKill::restartKilledServer()
{
    if (!m_killed)
        return true;
    QString out;
    if (!Testing::runSandbox({u"restart"_s, QString::number(KilledServer)}, &out)) {
        qWarning("%s", qPrintable(out));
        return false;
    }
    m_killed = false;
    return true;
}

void TestLoadTestPanelKill::initTestCase()
{
    const QStringList servers = Testing::sandboxServers();
    QVERIFY2(servers.size() >= 5, "the sandbox has five servers");
    for (const QString &server : servers.mid(0, 5))
        m_plan.servers.append(*ServerAddress::parse(server));
    // Every shard a bucket head, so both shards of the killed server take writes (and fail).
    m_plan.shardsPerServer = 2;
    m_plan.chaining = ClusterPlan::Chaining::AllHeads;
    m_plan.vshardCount = 128;
    m_plan.databasePattern = u"ltkill_%1"_s;
    m_plan.clusterName = u"killtest"_s;
    m_plan.user = Testing::sandboxUser();
    Provisioner provisioner(m_plan, Testing::sandboxLogin());
    provisioner.setDropExisting(true); // a run interrupted earlier may have left them
    const Provisioner::Outcome created = provisioner.create();
    QVERIFY2(created.ok(), qPrintable(created.errors().join(u'\n')));
    auto topology = m_plan.topology();
    QVERIFY(topology);
    m_topology = std::make_shared<const Topology>(*topology);
}

void TestLoadTestPanelKill::killedServerFailsOnlyItsShardsWhileGuiStaysResponsive()
{
    QVERIFY(m_topology);
    LoadTestPanel panel(m_topology, login());
    panel.resize(1000, 800);
    panel.show();
    // Rate-limited to about four seconds, so that the run is still going when the server dies.
    child<QSpinBox>(&panel, "users")->setValue(Users);
    child<QSpinBox>(&panel, "commentsPerUser")->setValue(1);
    child<QSpinBox>(&panel, "threads")->setValue(4);
    auto *mode = child<QComboBox>(&panel, "mode");
    mode->setCurrentIndex(mode->findData(int(LoadTestSpec::Mode::Transaction)));
    child<QDoubleSpinBox>(&panel, "ratePerSecond")->setValue(2000);
    child<QSpinBox>(&panel, "durationSeconds")->setValue(0);
    child<QSpinBox>(&panel, "seed")->setValue(Seed);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents(); // the first layout and paint are not part of the run

    Testing::Heartbeat heartbeat;
    QSignalSpy finished(&panel, &LoadTestPanel::runFinished);
    heartbeat.start();
    QTest::mouseClick(child<QPushButton>(&panel, "startLoadTest"), Qt::LeftButton);
    QVERIFY(panel.isRunning());
    // Killed once the panel shows progress: users have been acknowledged on every server.
    auto *progress = panel.findChild<QProgressBar *>();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
    m_killed = true; // from here on, cleanupTestCase restarts it whatever happens
    QVERIFY(sandbox({u"kill"_s, QString::number(KilledServer)}));
    QVERIFY2(panel.isRunning(), "the run ended before the server was killed");
    QVERIFY(finished.wait(120000));
    heartbeat.stop();
    const qint64 maxGap = heartbeat.longestGapMs();
    qInfo("longest gap between 10 ms heartbeats during the run and the kill: %lld ms", maxGap);

    m_run = panel.lastResult();
    QVERIFY2(m_run.setupError.isEmpty(), qPrintable(m_run.setupError));
    QVERIFY(!m_run.cancelled);
    QCOMPARE(m_run.done(), qint64(Users)); // finished by count, errors included
    QVERIFY(m_run.acknowledged > 0);
    QVERIFY(m_run.failed + m_run.unknown > 0);
    const QString outcomes = child<QLabel>(&panel, "outcomes")->text();
    qInfo("%s", qPrintable(outcomes));
    QCOMPARE(outcomes,
             u"%1 acknowledged, %2 failed, %3 unknown (may have been written)."_s.arg(m_run.acknowledged)
                 .arg(m_run.failed)
                 .arg(m_run.unknown));

    // The panel's table: errors on the killed server's shards and nowhere else.
    auto *shards = child<QTreeWidget>(&panel, "shardCounts");
    QCOMPARE(shards->topLevelItemCount(), m_topology->shards.size());
    qint64 errorsOnKilled = 0, acknowledgedOnKilled = 0, acknowledged = 0;
    QHash<QString, qint64> acknowledgedPerServer;
    m_acknowledgedShown.clear();
    for (int row = 0; row < shards->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = shards->topLevelItem(row);
        const QString name = item->text(0);
        const qint64 shardAcknowledged = item->text(1).toLongLong();
        const qint64 errors = item->text(2).toLongLong() + item->text(3).toLongLong() + item->text(4).toLongLong();
        m_acknowledgedShown.insert(name, shardAcknowledged);
        acknowledged += shardAcknowledged;
        if (name.startsWith(killedPrefix())) {
            errorsOnKilled += errors;
            acknowledgedOnKilled += shardAcknowledged;
            continue;
        }
        QVERIFY2(errors == 0, qPrintable(name + u": "_s + item->text(5)));
        acknowledgedPerServer[name.section(u'/', 0, 0)] += shardAcknowledged;
    }
    QCOMPARE(acknowledged, m_run.acknowledged);
    QVERIFY2(errorsOnKilled > 0, "no errors shown for the killed server's shards");
    QVERIFY2(acknowledgedOnKilled > 0, "the killed server took no rows before it died");
    QCOMPARE(acknowledgedPerServer.size(), 4);
    for (auto it = acknowledgedPerServer.cbegin(); it != acknowledgedPerServer.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(it.key()));

    QVERIFY2(maxGap < MaxGapMs, qPrintable(u"the event loop stalled for %1 ms"_s.arg(maxGap)));
}

void TestLoadTestPanelKill::acknowledgedRowsOnTheOtherServersAreThereWhileItIsDown()
{
    QVERIFY(m_killed);
    QVERIFY(m_run.acknowledged > 0);
    const Verifier::Report report = verifyRun(100);
    QCOMPARE(report.shards.size(), m_topology->shards.size());
    int checked = 0;
    for (const Verifier::ShardReport &shard : report.shards) {
        if (shard.name.startsWith(killedPrefix())) {
            QVERIFY2(!shard.status, qPrintable(shard.name + u" answered: it should be down"_s));
            continue;
        }
        QVERIFY2(shard.status, qPrintable(shard.status ? QString() : shard.status.error().fullText()));
        // No errors on this shard: every user tried here was acknowledged, so as many rows as the panel
        // showed, each key once, mean that every acknowledged row is there.
        QVERIFY2(m_acknowledgedShown.contains(shard.name), qPrintable(shard.name));
        QCOMPARE(shard.users, m_acknowledgedShown.value(shard.name));
        QCOMPARE(shard.distinctKeys, shard.users);
        QCOMPARE(shard.usersWithoutComments, 0);
        QCOMPARE(shard.wrongVShard + shard.wrongBucket, 0);
        ++checked;
    }
    QCOMPARE(checked, 8);
}

void TestLoadTestPanelKill::restartedServerKeepsTheRunWithinAcknowledgedAndUnknown()
{
    QVERIFY(m_run.acknowledged > 0);
    QVERIFY(restartKilledServer());
    const Verifier::Report report = verifyRun(200);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QVERIFY(report.found >= m_run.acknowledged && report.found <= m_run.acknowledged + m_run.unknown);
}

void TestLoadTestPanelKill::cleanupTestCase()
{
    // First the server, so that later tests find the whole sandbox up and the drop reaches every server.
    QVERIFY(restartKilledServer());
    Provisioner provisioner(m_plan, Testing::sandboxLogin());
    const Provisioner::Outcome dropped = provisioner.rollBack(Provisioner::everyPlannedDatabase(m_plan));
    QVERIFY2(dropped.ok(), qPrintable(dropped.errors().join(u'\n')));
}

QTEST_MAIN(TestLoadTestPanelKill)
#include "TestLoadTestPanelKill.moc"
