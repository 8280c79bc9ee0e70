// The test-cluster wizard's pages without servers: the host list's line-numbered problems block Next,
// the layout's rules block Next, and the schema text round-trips. The run against real servers is in
// TestClusterWizardCreate.
#include "ClusterWizard.h"
#include "SchemaPage.h"
#include "credentials/MemoryCredentialStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;

class TestClusterWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClusterWizard> makeWizard()
    {
        auto wizard
            = std::make_unique<ClusterWizard>(ConfigLocation::sqlite(m_dir.filePath(QStringLiteral("c.sqlite"))),
                                              std::make_shared<MemoryCredentialStore>());
        wizard->show();
        return wizard;
    }
    static void typeHosts(ClusterWizard &wizard, const QString &text)
    {
        auto *edit = wizard.findChild<QPlainTextEdit *>(QStringLiteral("hostList"));
        QVERIFY(edit);
        edit->setFocus();
        // Typed line by line as a user would; Return starts the next line.
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }

    QTemporaryDir m_dir;

private slots:
    void badHostLineIsNamedAndBlocksNext_data()
    {
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QStringLiteral("127.0.0.1\n# spare\nnot a host!") << QStringLiteral("Line 3:");
        QTest::newRow("out-of-range octet") << QStringLiteral("\n127.0.0.300") << QStringLiteral("Line 2:");
        QTest::newRow("port too large") << QStringLiteral("127.0.0.1\n127.0.0.2:99999") << QStringLiteral("Line 2:");
        QTest::newRow("duplicate") << QStringLiteral("127.0.0.1\n127.0.0.2\n127.0.0.1:3306")
                                   << QStringLiteral("Line 3: \"127.0.0.1:3306\" is the same server as line 1");
    }
    void badHostLineIsNamedAndBlocksNext()
    {
        QFETCH(QString, hosts);
        QFETCH(QString, expected);
        auto wizard = makeWizard();
        typeHosts(*wizard, hosts);
        auto *problems = wizard->findChild<QLabel *>(QStringLiteral("hostProblems"));
        QVERIFY(problems);
        QVERIFY2(problems->isVisible(), "the problems are shown");
        QVERIFY2(problems->text().contains(expected), qPrintable(problems->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    }

    void goodHostListEnablesNext()
    {
        auto wizard = makeWizard();
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        typeHosts(*wizard, QStringLiteral("# the sandbox\n127.0.0.1\n\n127.0.0.2:3307\n[::1]:3306"));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("hostProblems"))->isHidden());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClusterWizard::CredentialsPageId));
        QCOMPARE(wizard->plan().servers.size(), 3);
    }

    void layoutRefusesTooFewVShardsAndWarnsOfNonPowerOfTwo()
    {
        auto wizard = makeWizard();
        typeHosts(*wizard, QStringLiteral("127.0.0.1\n127.0.0.2"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("user")), QStringLiteral("app"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClusterWizard::LayoutPageId));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // the defaults are a valid plan

        auto *vshards = wizard->findChild<QSpinBox *>(QStringLiteral("vshardCount"));
        auto *messages = wizard->findChild<QLabel *>(QStringLiteral("layoutMessages"));
        vshards->setValue(7); // 2 servers x 4 shards as one bucket each: 2 heads need at least 8
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY2(messages->text().contains(QStringLiteral("7")), qPrintable(messages->text()));
        vshards->setValue(1000);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY2(messages->text().contains(QStringLiteral("power of two")), qPrintable(messages->text()));

        auto *pattern = wizard->findChild<QLineEdit *>(QStringLiteral("databasePattern"));
        pattern->clear();
        QTest::keyClicks(pattern, QStringLiteral("shard"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    }

    void schemaTextRoundTrips()
    {
        const QStringList schema = ClusterPlan::defaultSchema(QStringLiteral("login"));
        QCOMPARE(SchemaPage::fromText(SchemaPage::toText(schema)), schema);
        QCOMPARE(SchemaPage::fromText(QStringLiteral("CREATE TABLE a (b INT COMMENT 'x;y');\n\n  ;\nDROP TABLE c")),
                 QStringList({QStringLiteral("CREATE TABLE a (b INT COMMENT 'x;y')"), QStringLiteral("DROP TABLE c")}));
    }

    void schemaPageShowsTheKeyColumnsDdl()
    {
        auto wizard = makeWizard();
        typeHosts(*wizard, QStringLiteral("127.0.0.1"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("user")), QStringLiteral("app"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        auto *key = wizard->findChild<QLineEdit *>(QStringLiteral("keyColumn"));
        key->clear();
        QTest::keyClicks(key, QStringLiteral("login"));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClusterWizard::SchemaPageId));
        const QString ddl = wizard->findChild<QPlainTextEdit *>(QStringLiteral("schemaDdl"))->toPlainText();
        QVERIFY2(ddl.contains(QStringLiteral("login")) && ddl.contains(QStringLiteral("FULLTEXT")), qPrintable(ddl));
    }
};

QTEST_MAIN(TestClusterWizard)
#include "TestClusterWizard.moc"
