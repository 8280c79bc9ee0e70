#include "MainWindow.h"
#include "ShardTreeModel.h"
#include "editor/AssignVShardsCommand.h"
#include "editor/TopologyDocument.h"

#include "config/ConfigStore.h"

#include <QLabel>
#include <QTabWidget>
#include <QMenuBar>
#include <QMenu>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace ShardDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsBucketsMapAndStatusOfOpenedConfig();
    void routesTypedKey();
    void clusterMenuAndMonitorTabFollowTheConfig();
    void routesPastedKeysInTable();
    void emptyStoreSaysHowToCreateACluster();
    void corruptFileShowsErrorWithoutBlocking();
    void openedConfigJoinsRecentList();

private:
    QString writeConfig();
    static bool openAndWait(MainWindow &window, const ConfigLocation &location);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Two buckets on two servers: head 1 with overflow 3, head 2 alone; 1024 vshards, half each.
QString TestMainWindow::writeConfig()
{
    const QString path = m_dir->filePath(QStringLiteral("shardconf.sqlite"));
    ConfigStore store;
    if (auto opened = store.open(ConfigLocation::sqlite(path)); !opened) {
        qWarning() << opened.error().fullText();
        return {};
    }
    ClusterSettings settings;
    settings.vshardCount = 1024;
    auto base = store.initialize(settings, QStringLiteral("test"));
    if (!base) {
        qWarning() << base.error().fullText();
        return {};
    }
    Topology edited = base.value();
    for (int id : {1, 2, 3}) {
        Shard s;
        s.id = id;
        s.parentId = id == 3 ? 1 : 0;
        s.host = id == 2 ? QStringLiteral("127.0.0.2") : QStringLiteral("127.0.0.1");
        s.database = QStringLiteral("shard_%1").arg(id);
        s.user = QStringLiteral("app");
        s.capacityMb = 100;
        s.currentMb = id == 1 ? 100 : 10;
        s.full = id == 1;
        edited.shards.append(s);
    }
    edited.vshards.spreadEvenly({1, 2});
    if (auto applied = store.apply(base.value(), edited, QStringLiteral("test")); !applied) {
        qWarning() << applied.error().fullText();
        return {};
    }
    return path;
}

bool TestMainWindow::openAndWait(MainWindow &window, const ConfigLocation &location)
{
    QSignalSpy loaded(&window, &MainWindow::configLoaded);
    window.openConfig(location);
    return loaded.wait(10000);
}

void TestMainWindow::showsBucketsMapAndStatusOfOpenedConfig()
{
    const QString path = writeConfig();
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, ConfigLocation::sqlite(path)));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("shardView"));
    QVERIFY(tree && tree->isVisible());
    QAbstractItemModel *shards = tree->model();
    QCOMPARE(shards->rowCount(), 2); // two buckets
    QCOMPARE(shards->index(0, ShardTreeModel::HostColumn).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(shards->index(0, ShardTreeModel::DatabaseColumn).data().toString(), QStringLiteral("shard_1"));
    const QModelIndex head = shards->index(0, 0);
    QCOMPARE(shards->rowCount(head), 1); // the overflow shard under its head
    QCOMPARE(shards->index(0, ShardTreeModel::DatabaseColumn, head).data().toString(), QStringLiteral("shard_3"));
    QCOMPARE(shards->index(0, ShardTreeModel::FullColumn).data().toString(), QStringLiteral("full"));

    auto *map = window.findChild<QTableView *>(QStringLiteral("vshardView"));
    QVERIFY(map);
    QCOMPARE(map->model()->rowCount(), 1024);
    QCOMPARE(map->model()->index(0, 2).data().toString(), QStringLiteral("127.0.0.1:3306/shard_1"));
    QCOMPARE(map->model()->index(1023, 1).data().toInt(), 2);

    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLocation"));
    QVERIFY(status->text().contains(path));
    QVERIFY(status->text().contains(QStringLiteral("version 2")));
    QVERIFY(window.windowTitle().contains(path));
}

void TestMainWindow::routesTypedKey()
{
    const QString path = writeConfig();
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, ConfigLocation::sqlite(path)));

    auto *key = window.findChild<QLineEdit *>(QStringLiteral("routeKey"));
    QVERIFY(key);
    QTest::keyClicks(key, QStringLiteral("a@b.com")); // crc32 0x871d7197, vshard 407 -> head 1 (full)
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("routeVShard"))->text(), QStringLiteral("407 of 1024"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("routeCrc"))->text().contains(QStringLiteral("871d7197")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("routeHead"))->text().startsWith(QStringLiteral("shard 1,")));
    // Head 1 is full: writes overflow to shard 3; reads visit 1 then 3.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("routeWrite"))->text().startsWith(QStringLiteral("shard 3,")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("routeReads"))->text().contains(QStringLiteral("1 → 3")));
}

void TestMainWindow::routesPastedKeysInTable()
{
    const QString path = writeConfig();
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, ConfigLocation::sqlite(path)));
    auto *keys = window.findChild<QPlainTextEdit *>(QStringLiteral("routeKeys"));
    QVERIFY(keys);
    keys->setPlainText(QStringLiteral("a@b.com\n\nbob@example.org\n"));
    QAbstractItemModel *table = window.findChild<QTableView *>(QStringLiteral("routeTable"))->model();
    QCOMPARE(table->rowCount(), 2); // the empty line is skipped
    QCOMPARE(table->index(0, 1).data().toString(), QStringLiteral("0x871d7197"));
    QCOMPARE(table->index(0, 2).data().toInt(), 407);
    QCOMPARE(table->index(0, 3).data().toInt(), 1);
    QVERIFY(table->index(0, 4).data().toString().startsWith(QStringLiteral("shard 3,"))); // head 1 is full
    QCOMPARE(table->index(1, 0).data().toString(), QStringLiteral("bob@example.org"));

    // The table follows the edited topology: map vshard 407 to head 2 and route again.
    window.document()->undoStack()->push(
        new AssignVShardsCommand(window.document(), 407, {2}, QStringLiteral("move 407")));
    QTRY_COMPARE(table->index(0, 3).data().toInt(), 2);
    QVERIFY(table->index(0, 4).data().toString().startsWith(QStringLiteral("shard 2,")));
}

void TestMainWindow::clusterMenuAndMonitorTabFollowTheConfig()
{
    MainWindow window;
    window.show();
    QMenu *cluster = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == QStringLiteral("&Cluster"))
            cluster = action->menu();
    }
    QVERIFY(cluster);
    QAction *monitor = nullptr;
    QStringList texts;
    for (QAction *action : cluster->actions()) {
        texts.append(action->text());
        if (action->text() == QStringLiteral("&Monitor Servers"))
            monitor = action;
    }
    QVERIFY(texts.contains(QStringLiteral("New &Test Cluster…")));
    QVERIFY(texts.contains(QStringLiteral("&Load Test…")));
    QVERIFY(monitor && !monitor->isEnabled()); // nothing to poll before a config is open
    QCOMPARE(window.menuBar()->actions().last()->text(), QStringLiteral("&Help"));

    QVERIFY(openAndWait(window, ConfigLocation::sqlite(writeConfig())));
    QTRY_VERIFY(monitor->isEnabled());
    bool hasMonitorTab = false;
    for (int i = 0; i < window.tabs()->count(); ++i)
        hasMonitorTab = hasMonitorTab || window.tabs()->tabText(i) == QStringLiteral("Monitor");
    QVERIFY(hasMonitorTab);
}

void TestMainWindow::emptyStoreSaysHowToCreateACluster()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, ConfigLocation::sqlite(m_dir->filePath(QStringLiteral("new.sqlite")))));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("init --vshards")));
}

void TestMainWindow::corruptFileShowsErrorWithoutBlocking()
{
    const QString path = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x5a'));
    file.close();

    const QString good = writeConfig();
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, ConfigLocation::sqlite(good)));
    QSignalSpy failed(&window, &MainWindow::configFailed);
    window.openConfig(ConfigLocation::sqlite(path));
    QVERIFY(failed.wait(10000)); // returns: the message box does not block the event loop
    QCOMPARE(window.location().path(), good); // Apply still writes where the shown configuration came from
    QVERIFY(window.windowTitle().contains(good));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("openFailedMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(path));
    box->accept();
}

void TestMainWindow::openedConfigJoinsRecentList()
{
    const QString path = writeConfig();
    MainWindow window;
    QVERIFY(openAndWait(window, ConfigLocation::sqlite(path)));
    QCOMPARE(QSettings().value(QStringLiteral("recentConfigs")).toStringList().value(0), path);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestMainWindow.moc"
