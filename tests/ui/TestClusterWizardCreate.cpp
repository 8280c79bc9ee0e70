// The wizard driven through its pages against the sandbox up to a created cluster with an application
// user, then a small load test from LoadTestPanel on its own (with the GUI's responsiveness measured
// while it runs) and Verify, then the wizard's own load test and verify pages (7 and 8). Needs
// scripts/sandbox with at least two servers; fails when they are down. Drops its databases at the end.
#include "ClusterWizard.h"
#include "Heartbeat.h"
#include "LoadTestCharts.h"
#include "LoadTestPage.h"
#include "LoadTestPanel.h"
#include "Sandbox.h"
#include "VerifyPage.h"
#include "VerifyPanel.h"
#include "config/ConfigStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "provision/Provisioner.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace ShardDesk;

class TestClusterWizardCreate : public QObject
{
    Q_OBJECT

private:
    void next()
    {
        QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    }
    void back() { QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton); }
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<MemoryCredentialStore> m_credentials = std::make_shared<MemoryCredentialStore>();
    std::unique_ptr<ClusterWizard> m_wizard;
    LoadTestResult m_run;
    const QString m_appUser = QStringLiteral("wizard_app");
    const QString m_appPassword = QStringLiteral("wizard-app-secret");

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wizard = std::make_unique<ClusterWizard>(ConfigLocation::sqlite(m_dir.filePath(QStringLiteral("c.sqlite"))),
                                                   m_credentials);
        m_wizard->resize(900, 640);
        m_wizard->show();
    }

    void wizardCreatesClusterAndStoresTopology()
    {
        const QStringList servers = Testing::sandboxServers().mid(0, 2);
        QCOMPARE(servers.size(), 2);
        child<QPlainTextEdit>(m_wizard.get(), "hostList")
            ->setPlainText(QStringLiteral("# the sandbox\n%1\n").arg(servers.join(QLatin1Char('\n'))));
        next();
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "user"), Testing::sandboxUser());
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "password"), Testing::sandboxPassword());
        // The shards log in as a dedicated application user, made by the wizard.
        child<QGroupBox>(m_wizard.get(), "appUserGroup")->setChecked(true);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // its password is missing
        auto *appUser = child<QLineEdit>(m_wizard.get(), "appUser");
        appUser->clear();
        QTest::keyClicks(appUser, m_appUser);
        QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "appPassword"), m_appPassword);
        back(); // Test connections uses the login typed on the credentials page
        QTest::mouseClick(child<QPushButton>(m_wizard.get(), "testConnections"), Qt::LeftButton);
        auto *probes = child<QTreeWidget>(m_wizard.get(), "probeResults");
        QCOMPARE(probes->topLevelItemCount(), 2);
        for (int row = 0; row < 2; ++row)
            QTRY_COMPARE_WITH_TIMEOUT(probes->topLevelItem(row)->text(1), QStringLiteral("Connected"), 20000);
        QVERIFY2(probes->topLevelItem(0)->text(2).contains(QStringLiteral("MariaDB")),
                 qPrintable(probes->topLevelItem(0)->text(2)));
        QVERIFY(!probes->topLevelItem(0)->text(3).isEmpty());
        QVERIFY(m_wizard->smallestServerRamBytes() > 0);
        next();
        next();

        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::LayoutPageId));
        auto *name = child<QLineEdit>(m_wizard.get(), "clusterName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("wizardtest"));
        child<QSpinBox>(m_wizard.get(), "shardsPerServer")->setValue(2);
        auto *pattern = child<QLineEdit>(m_wizard.get(), "databasePattern");
        pattern->clear();
        QTest::keyClicks(pattern, QStringLiteral("wiz_%1"));
        child<QSpinBox>(m_wizard.get(), "vshardCount")->setValue(64);
        next();
        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::SchemaPageId));
        next();

        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::ReviewPageId));
        const QString dryRun = child<QPlainTextEdit>(m_wizard.get(), "dryRun")->toPlainText();
        QVERIFY(dryRun.contains(QStringLiteral("wiz_4")));
        QVERIFY(
            dryRun.contains(QStringLiteral("CREATE USER IF NOT EXISTS 'wizard_app'@'%' IDENTIFIED BY PASSWORD '***'")));
        QVERIFY(!dryRun.contains(m_appPassword));
        auto *existing = child<QLabel>(m_wizard.get(), "existingDatabases");
        QTRY_VERIFY_WITH_TIMEOUT(!existing->text().endsWith(QStringLiteral("…")), 20000);
        auto *drop = child<QCheckBox>(m_wizard.get(), "dropExisting");
        if (drop->isEnabled()) { // left over by an interrupted run: refused until confirmed
            QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
            // On its box: a click in the middle of a wide check box misses its text and does not toggle it.
            QTest::mouseClick(drop, Qt::LeftButton, {}, QPoint(6, drop->height() / 2));
            QVERIFY(drop->isChecked());
            QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
            QTest::keyClicks(child<QLineEdit>(m_wizard.get(), "confirmName"), QStringLiteral("wizardtest"));
        }
        next();

        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::CreatePageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->createdTopology() != nullptr, 60000);
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());

        ConfigStore store;
        QVERIFY(store.open(m_wizard->configLocation(), {}, ConfigStore::OpenMode::OpenExisting));
        auto topology = store.load();
        QVERIFY2(topology, qPrintable(topology ? QString() : topology.error().fullText()));
        QCOMPARE(topology->shards.size(), 4);
        QCOMPARE(topology->vshards.count(), 64);
        QCOMPARE(topology->settings.name, QStringLiteral("wizardtest"));
        QCOMPARE(topology->shards.constFirst().user, m_appUser);
        auto password = m_credentials->read(topology->shards.constFirst().credentialRef);
        QVERIFY(password);
        QCOMPARE(*password, m_appPassword);
    }

    void loadTestFinishesWithCountsWhileGuiStaysResponsive()
    {
        QVERIFY(m_wizard->createdTopology());
        LoadTestPanel panel(m_wizard->createdTopology(), m_wizard->shardLogin());
        panel.resize(1000, 800);
        panel.show();
        // Rate-limited so the run spans a few progress snapshots (and the chart a few seconds).
        child<QSpinBox>(&panel, "users")->setValue(1500);
        child<QDoubleSpinBox>(&panel, "ratePerSecond")->setValue(500);
        child<QSpinBox>(&panel, "threads")->setValue(2);
        child<QSpinBox>(&panel, "seed")->setValue(7);
        // The first layout and paint of a new window are not part of the run being measured.
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();

        Testing::Heartbeat heartbeat;
        QSignalSpy finished(&panel, &LoadTestPanel::runFinished);
        heartbeat.start();
        QTest::mouseClick(child<QPushButton>(&panel, "startLoadTest"), Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(120000));
        heartbeat.stop();

        m_run = panel.lastResult();
        QVERIFY2(m_run.setupError.isEmpty(), qPrintable(m_run.setupError));
        QCOMPARE(m_run.acknowledged, 1500);
        QCOMPARE(m_run.failed + m_run.unknown, 0);
        const QString outcomes = child<QLabel>(&panel, "outcomes")->text();
        QVERIFY2(outcomes.startsWith(QStringLiteral("1500 acknowledged, 0 failed, 0 unknown")), qPrintable(outcomes));
        auto *shards = child<QTreeWidget>(&panel, "shardCounts");
        QCOMPARE(shards->topLevelItemCount(), 4);
        qint64 sum = 0;
        for (int row = 0; row < shards->topLevelItemCount(); ++row)
            sum += shards->topLevelItem(row)->text(1).toLongLong();
        QCOMPARE(sum, 1500);
        QVERIFY(panel.findChild<LoadTestCharts *>()->latencySeries().constFirst()->count() >= 2);
        const qint64 maxGap = heartbeat.longestGapMs();
        qInfo("longest gap between 10 ms heartbeats during the run: %lld ms", maxGap);
        QVERIFY2(maxGap < 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(maxGap)));

        QVERIFY(panel.saveReport(m_dir.filePath(QStringLiteral("report"))));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("report/loadtest.html"))));
    }

    void verifyPassesEveryCheck()
    {
        QVERIFY(m_run.acknowledged > 0);
        VerifyPanel panel(m_wizard->createdTopology(), m_wizard->shardLogin());
        panel.resize(900, 500);
        panel.show();
        panel.setRun(m_run);
        child<QSpinBox>(&panel, "sample")->setValue(100);
        QSignalSpy verified(&panel, &VerifyPanel::verified);
        QTest::mouseClick(child<QPushButton>(&panel, "verify"), Qt::LeftButton);
        QVERIFY(verified.wait(60000));
        QVERIFY2(verified.constFirst().constFirst().toBool(),
                 qPrintable(child<QLabel>(&panel, "verifySummary")->text()));
        auto *checks = child<QTreeWidget>(&panel, "checks");
        QCOMPARE(checks->topLevelItemCount(), 7);
        for (int row = 0; row < checks->topLevelItemCount(); ++row)
            QCOMPARE(checks->topLevelItem(row)->text(1), QStringLiteral("Passed"));
        QVERIFY(panel.saveJson(m_dir.filePath(QStringLiteral("verify.json"))));
    }

    void wizardLoadTestPageRunsOnTheCreatedCluster()
    {
        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::CreatePageId));
        QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::LoadTestPageId));
        auto *panel = static_cast<LoadTestPage *>(m_wizard->currentPage())->panel();
        QVERIFY(panel);
        child<QSpinBox>(panel, "users")->setValue(500);
        child<QSpinBox>(panel, "threads")->setValue(2);
        child<QSpinBox>(panel, "seed")->setValue(8);
        QSignalSpy finished(panel, &LoadTestPanel::runFinished);
        QTest::mouseClick(child<QPushButton>(panel, "startLoadTest"), Qt::LeftButton);
        // Neither on nor out while the run goes.
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(finished.wait(120000));
        const LoadTestResult run = panel->lastResult();
        QVERIFY2(run.setupError.isEmpty(), qPrintable(run.setupError));
        QCOMPARE(run.acknowledged, 500);
        QCOMPARE(run.failed + run.unknown, 0);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    }

    void wizardVerifyPagePassesAfterTheLoadTest()
    {
        next();
        QCOMPARE(m_wizard->currentId(), int(ClusterWizard::VerifyPageId));
        auto *panel = static_cast<VerifyPage *>(m_wizard->currentPage())->panel();
        QVERIFY(panel);
        // The run of page 7 is what is verified.
        QCOMPARE(child<QSpinBox>(panel, "verifyUsers")->value(), 500);
        QCOMPARE(child<QSpinBox>(panel, "verifySeed")->value(), 8);
        QCOMPARE(panel->options().acknowledged, 500);
        child<QSpinBox>(panel, "sample")->setValue(100);
        QSignalSpy verified(panel, &VerifyPanel::verified);
        QTest::mouseClick(child<QPushButton>(panel, "verify"), Qt::LeftButton);
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(verified.wait(60000));
        QVERIFY2(verified.constFirst().constFirst().toBool(),
                 qPrintable(child<QLabel>(panel, "verifySummary")->text()));
        auto *checks = child<QTreeWidget>(panel, "checks");
        QCOMPARE(checks->topLevelItemCount(), 7);
        for (int row = 0; row < checks->topLevelItemCount(); ++row)
            QCOMPARE(checks->topLevelItem(row)->text(1), QStringLiteral("Passed"));
        QTRY_VERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    }

    void cleanupTestCase()
    {
        // Drop this test's databases and application user through core, as the wizard's "Roll back" does.
        const ClusterPlan &plan = m_wizard->plan();
        Provisioner provisioner(plan, m_wizard->adminOptions());
        const auto dropped = provisioner.rollBack(Provisioner::everyPlannedDatabase(plan));
        QVERIFY2(dropped.ok(), qPrintable(dropped.errors().join(QLatin1Char('\n'))));
        m_wizard.reset();
    }
};

QTEST_MAIN(TestClusterWizardCreate)
#include "TestClusterWizardCreate.moc"
