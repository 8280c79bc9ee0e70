#include "EditorTestSupport.h"
#include "Sandbox.h"
#include "SandboxSql.h"
#include "VShardMapModel.h"
#include "credentials/MemoryCredentialStore.h"
#include "editor/CredentialSession.h"
#include "editor/ShardEditActions.h"
#include "editor/TopologyDocument.h"
#include "editor/VShardMapPanel.h"
#include "rebalance/MoveDialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// The vshard map's Measure Sizes against the sandbox's real servers, through the main window as a user
// has it: the session's logins, the count on a worker thread, the Rows and Size columns filled in, and the
// assign warning then naming the vshards that hold rows and opening Move. Fails when the sandbox is down.
class TestVShardMapMeasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void measureFillsTheColumnsAndTheWarningOpensMove();
    void aFailedMeasurementIsShownAndTheButtonComesBack();
    void aShardWithoutItsDatabaseCountsAsEmpty();

private:
    bool run(int server, const QString &sql);
    VShardMapPanel *openWindow(MainWindow &window, const Topology &t);
    static bool measure(VShardMapPanel *panel);

    QStringList m_hosts;
    QTemporaryDir m_dir;
    std::shared_ptr<MemoryCredentialStore> m_credentials = std::make_shared<MemoryCredentialStore>();
};

namespace {

QString database(int k)
{
    return QStringLiteral("sd_it_vmap_%1").arg(k);
}

// Heads 1 and 2, one per server, 1,024 vshards: 0..511 on head 1, 512..1023 on head 2.
Topology topology(const QStringList &hosts, const QString &secondDatabase)
{
    Topology t = twoBucketTopology(1024);
    t.shards = {makeShard(1, 0, hosts.at(0), database(1)), makeShard(2, 0, hosts.at(1), secondDatabase)};
    for (Shard &s : t.shards) {
        s.user = sandboxUser();
        s.credentialRef = QStringLiteral("login");
    }
    return t;
}

} // namespace

bool TestVShardMapMeasure::run(int server, const QString &sql)
{
    return runOnSandbox(m_hosts.at(server), sql);
}

// Vshard 10 (head 1): 5 users. Vshard 600 (head 2): 3 users with a comment each.
void TestVShardMapMeasure::initTestCase()
{
    for (const QString &server : sandboxServers().mid(0, 2))
        m_hosts << server.section(QLatin1Char(':'), 0, 0);
    QVERIFY2(m_hosts.size() == 2, "the test needs two sandbox servers: scripts/sandbox start 5");
    QVERIFY(m_credentials->write(QStringLiteral("login"), sandboxPassword()));
    for (int k = 1; k <= 2; ++k) {
        const QString db = database(k);
        QVERIFY(run(k - 1, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db)));
        QVERIFY(run(k - 1, QStringLiteral("CREATE DATABASE %1").arg(db)));
        QVERIFY(run(k - 1,
                    QStringLiteral("CREATE TABLE %1.user (id INT AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT "
                                   "NOT NULL, userid VARCHAR(255) NOT NULL)")
                        .arg(db)));
        QVERIFY(run(k - 1,
                    QStringLiteral("CREATE TABLE %1.user_comment (id INT AUTO_INCREMENT PRIMARY KEY, "
                                   "VIRTUAL_SHARD INT NOT NULL, comment TEXT)")
                        .arg(db)));
    }
    QVERIFY(run(0,
                QStringLiteral("INSERT INTO %1.user (VIRTUAL_SHARD, userid) VALUES (10, 'a'), (10, 'b'), (10, 'c'), "
                               "(10, 'd'), (10, 'e')")
                    .arg(database(1))));
    QVERIFY(run(1,
                QStringLiteral("INSERT INTO %1.user (VIRTUAL_SHARD, userid) VALUES (600, 'f'), (600, 'g'), "
                               "(600, 'h')")
                    .arg(database(2))));
    QVERIFY(run(1,
                QStringLiteral("INSERT INTO %1.user_comment (VIRTUAL_SHARD, comment) VALUES (600, 'x'), (600, 'y'), "
                               "(600, 'z')")
                    .arg(database(2))));
}

void TestVShardMapMeasure::cleanupTestCase()
{
    for (int k = 1; k <= m_hosts.size(); ++k)
        run(k - 1, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database(k)));
}

VShardMapPanel *TestVShardMapMeasure::openWindow(MainWindow &window, const Topology &t)
{
    const QString path = m_dir.filePath(QStringLiteral("vmap-%1.sqlite").arg(t.shards[1].database));
    if (!storeAndOpen(window, path, t))
        return nullptr;
    window.shardActions()->credentials()->useStore(m_credentials);
    return window.findChild<VShardMapPanel *>();
}

bool TestVShardMapMeasure::measure(VShardMapPanel *panel)
{
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("measureSizes"));
    if (!button->isEnabled())
        return false;
    QSignalSpy done(panel, &VShardMapPanel::sizesMeasured);
    QTest::mouseClick(button, Qt::LeftButton);
    if (button->isEnabled()) // busy while it runs
        return false;
    return done.wait(20000) && button->isEnabled();
}

void TestVShardMapMeasure::measureFillsTheColumnsAndTheWarningOpensMove()
{
    MainWindow window;
    VShardMapPanel *panel = openWindow(window, topology(m_hosts, database(2)));
    QVERIFY(panel);
    const QAbstractItemModel *model = panel->view()->model();
    QCOMPARE(model->index(10, VShardMapModel::RowsColumn).data().toString(), QString());
    QVERIFY(measure(panel));

    QCOMPARE(model->index(10, VShardMapModel::RowsColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model->index(600, VShardMapModel::RowsColumn).data().toString(), QStringLiteral("6"));
    QCOMPARE(model->index(11, VShardMapModel::RowsColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(panel->model()->sizeOf(600).mb > 0);
    const QString status = panel->findChild<QLabel *>(QStringLiteral("vshardSizeStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Measured %1 vshard(s)").arg(QLocale().toString(1024)))
                 && status.contains(QStringLiteral(": 11 rows")),
             qPrintable(status));

    // Assign vshards 0..19 to head 2: vshard 10's rows would stay behind, so the warning says so; Move.
    panel->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(19, 0)),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QString warning;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = panel->findChild<QMessageBox *>(QStringLiteral("assignRowsWarning")); box && box->isVisible()) {
            warning = box->text();
            box->findChild<QPushButton *>(QStringLiteral("moveInstead"))->click();
        } else if (auto *ask = panel->findChild<QInputDialog *>(); ask && ask->isVisible()) {
            ask->setTextValue(ask->comboBoxItems().value(1)); // shard 2
            ask->accept();
        }
    });
    poll.start();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("assignSelection")), Qt::LeftButton);
    poll.stop();
    QCOMPARE(warning,
             QStringLiteral("1 of the selected vshards hold rows (5 rows).")); // source text: no English plural loaded
    QCOMPARE(window.document()->edited().vshards.headOf(10), 1); // not assigned

    auto *move = waitForChild<MoveDialog>(&window, QString());
    QVERIFY(move);
    QVERIFY(move->plan().ok());
    QCOMPARE(move->plan()->moves().size(), 20);
    QCOMPARE(move->plan()->moves().first().targetHead, 2);
    move->close();
}

void TestVShardMapMeasure::aFailedMeasurementIsShownAndTheButtonComesBack()
{
    MainWindow window;
    Topology t = topology(m_hosts, database(2));
    t.shards[1].user = QStringLiteral("sd_it_vmap_nobody"); // no such account: the server refuses the login
    VShardMapPanel *panel = openWindow(window, t);
    QVERIFY(panel);
    QVERIFY(measure(panel));
    const QString status = panel->findChild<QLabel *>(QStringLiteral("vshardSizeStatus"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("Could not measure the vshards' sizes:"))
                 && status.contains(QStringLiteral("sd_it_vmap_nobody")),
             qPrintable(status));
    QVERIFY(!panel->model()->hasSizes());
    QCOMPARE(panel->view()->model()->index(10, VShardMapModel::RowsColumn).data().toString(), QString());
}

// A shard described but not created yet holds nothing: the others are measured, and it counts as empty.
void TestVShardMapMeasure::aShardWithoutItsDatabaseCountsAsEmpty()
{
    MainWindow window;
    VShardMapPanel *panel = openWindow(window, topology(m_hosts, QStringLiteral("sd_it_vmap_missing")));
    QVERIFY(panel);
    QVERIFY(measure(panel));
    const QString status = panel->findChild<QLabel *>(QStringLiteral("vshardSizeStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral(": 5 rows")), qPrintable(status));
    QVERIFY(panel->model()->hasSizes());
    const QAbstractItemModel *model = panel->view()->model();
    QCOMPARE(model->index(10, VShardMapModel::RowsColumn).data().toString(), QLocale().toString(5));
    QCOMPARE(model->index(600, VShardMapModel::RowsColumn).data().toString(), QLocale().toString(0));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestVShardMapMeasure"));
    TestVShardMapMeasure test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVShardMapMeasure.moc"
