#include "EditorTestSupport.h"
#include "RouteInspector.h"
#include "RowLookupPanel.h"
#include "Sandbox.h"
#include "SandboxSql.h"
#include "credentials/MemoryCredentialStore.h"
#include "editor/CredentialSession.h"
#include "editor/ShardEditActions.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// The routing inspector's "Look up row" against the sandbox's real servers: the key's rows come from
// every shard of its bucket, each labelled with its shard; a shard that fails is named with
// its error while the others still answer. Fails when the sandbox is down.
class TestRowLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsTheKeysRowsOnEveryShardOfItsBucket();
    void failingShardIsNamedAndOthersStillAnswer();
    void badTableNameDisablesTheButton();
    void declinedLoginsLeaveThePanelReady();

private:
    Topology topology(const QString &overflowDatabase) const;
    RowLookupPanel *openWindow(MainWindow &window, const Topology &t);
    static void lookUp(RowLookupPanel *panel);

    QString m_host;
    QTemporaryDir m_dir;
    std::shared_ptr<MemoryCredentialStore> m_credentials = std::make_shared<MemoryCredentialStore>();
};

static const QString Key = QStringLiteral("alice@example.com");

void TestRowLookup::initTestCase()
{
    const QStringList servers = sandboxServers();
    QVERIFY(!servers.isEmpty());
    m_host = servers.constFirst().section(QLatin1Char(':'), 0, 0);
    QVERIFY(m_credentials->write(QStringLiteral("login"), sandboxPassword()));
    // Head rl_1 and its overflow rl_2 on one server; the key's row sits in both, as after an overflow.
    for (const QString &db : {QStringLiteral("rl_1"), QStringLiteral("rl_2")}) {
        QVERIFY(runOnSandbox(m_host, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db)));
        QVERIFY(runOnSandbox(m_host, QStringLiteral("CREATE DATABASE %1").arg(db)));
        QVERIFY(runOnSandbox(m_host,
                             QStringLiteral("CREATE TABLE %1.user (id INT AUTO_INCREMENT PRIMARY KEY, "
                                            "VIRTUAL_SHARD INT NOT NULL, userid VARCHAR(255) NOT NULL, "
                                            "firstName VARCHAR(64) NULL)")
                                 .arg(db)));
        QVERIFY(runOnSandbox(m_host,
                             QStringLiteral("INSERT INTO %1.user (VIRTUAL_SHARD, userid, firstName) VALUES "
                                            "(0, 'bob@example.com', 'Bob'), (0, '%2', '%3')")
                                 .arg(db, Key, db == QStringLiteral("rl_1") ? QStringLiteral("Alice") : QString())));
    }
    QVERIFY(runOnSandbox(m_host, QStringLiteral("UPDATE rl_2.user SET firstName = NULL WHERE userid = '%1'").arg(Key)));
}

void TestRowLookup::cleanupTestCase()
{
    for (const QString &db : {QStringLiteral("rl_1"), QStringLiteral("rl_2")})
        runOnSandbox(m_host, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db));
}

// One bucket (1 -> 2) holding every vshard, so any key routes to it.
Topology TestRowLookup::topology(const QString &overflowDatabase) const
{
    Topology t;
    t.settings.vshardCount = 8;
    t.shards = {makeShard(1, 0, m_host, QStringLiteral("rl_1")), makeShard(2, 1, m_host, overflowDatabase)};
    for (Shard &s : t.shards) {
        s.user = sandboxUser();
        s.credentialRef = QStringLiteral("login");
    }
    t.vshards = VShardMap(8);
    t.vshards.spreadEvenly({1});
    return t;
}

RowLookupPanel *TestRowLookup::openWindow(MainWindow &window, const Topology &t)
{
    const QString path = m_dir.filePath(QStringLiteral("lookup-%1.sqlite").arg(t.shards[1].database));
    if (!storeAndOpen(window, path, t))
        return nullptr;
    window.shardActions()->credentials()->useStore(m_credentials);
    window.findChild<QLineEdit *>(QStringLiteral("routeKey"))->setText(Key);
    auto *panel = window.findChild<RowLookupPanel *>();
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("lookupButton"));
    return QTest::qWaitFor([button] { return button->isEnabled(); }, 5000) ? panel : nullptr;
}

void TestRowLookup::lookUp(RowLookupPanel *panel)
{
    QSignalSpy done(panel, &RowLookupPanel::lookedUp);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("lookupButton")), Qt::LeftButton);
    QVERIFY(done.wait(15000));
}

void TestRowLookup::findsTheKeysRowsOnEveryShardOfItsBucket()
{
    MainWindow window;
    RowLookupPanel *panel = openWindow(window, topology(QStringLiteral("rl_2")));
    QVERIFY(panel);
    QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("lookupColumn"))->text(), QStringLiteral("userid"));
    lookUp(panel);

    auto *model
        = qobject_cast<QStandardItemModel *>(panel->findChild<QTableView *>(QStringLiteral("lookupRows"))->model());
    QCOMPARE(model->rowCount(), 2);
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->horizontalHeaderItem(c)->text();
    const int firstName = int(header.indexOf(QStringLiteral("firstName")));
    QVERIFY2(firstName > 0 && header.contains(QStringLiteral("userid")), qPrintable(header.join(u',')));
    QVERIFY(model->item(0, 0)->text().contains(QStringLiteral("rl_1")));
    QCOMPARE(model->item(0, firstName)->text(), QStringLiteral("Alice"));
    QVERIFY(model->item(1, 0)->text().contains(QStringLiteral("rl_2")));
    QCOMPARE(model->item(1, firstName)->text(), QStringLiteral("NULL"));
    const QString status = panel->findChild<QLabel *>(QStringLiteral("lookupStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Found 2 row")), qPrintable(status));
}

void TestRowLookup::failingShardIsNamedAndOthersStillAnswer()
{
    MainWindow window;
    RowLookupPanel *panel = openWindow(window, topology(QStringLiteral("rl_missing"))); // no such database
    QVERIFY(panel);
    lookUp(panel);
    auto *model
        = qobject_cast<QStandardItemModel *>(panel->findChild<QTableView *>(QStringLiteral("lookupRows"))->model());
    QCOMPARE(model->rowCount(), 1);
    const QString status = panel->findChild<QLabel *>(QStringLiteral("lookupStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Found 1 row")) && status.contains(QStringLiteral("failed")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("/rl_missing")) && status.contains(QStringLiteral("rl_missing")),
             qPrintable(status)); // the failed shard, by its address, and the server's own words
}

void TestRowLookup::badTableNameDisablesTheButton()
{
    MainWindow window;
    RowLookupPanel *panel = openWindow(window, topology(QStringLiteral("rl_2")));
    QVERIFY(panel);
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("lookupButton"));
    auto *table = panel->findChild<QLineEdit *>(QStringLiteral("lookupTable"));
    table->clear();
    QVERIFY(!button->isEnabled());
    table->setText(QStringLiteral("user"));
    QVERIFY(button->isEnabled());
    window.findChild<QLineEdit *>(QStringLiteral("routeKey"))->clear();
    QVERIFY(!button->isEnabled());
}

// The user cancelled the choice of a credential store: no logins come, and the panel must not wait for them.
void TestRowLookup::declinedLoginsLeaveThePanelReady()
{
    MainWindow window;
    RowLookupPanel *panel = openWindow(window, topology(QStringLiteral("rl_2")));
    QVERIFY(panel);
    int asked = 0;
    panel->setLoginSource([&asked](std::function<void(ConnectionOptionsProvider)>) { ++asked; });
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("lookupButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(button->isEnabled());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("lookupStatus"))->text().isEmpty());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestRowLookup"));
    TestRowLookup test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRowLookup.moc"
