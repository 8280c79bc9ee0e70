#include "EditorTestSupport.h"
#include "RecentConfigs.h"
#include "credentials/MemoryCredentialStore.h"
#include "editor/CredentialSession.h"
#include "editor/JsonTransfer.h"
#include "editor/ShardEditActions.h"
#include "editor/TopologyDocument.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// Where the main window's configuration comes from: an original pyshards shardconf (File → Open pyshards
// shardconf…) and a recent file that is gone.
class TestConfigSources : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pyshardsShardconfReplacesStoreAfterConfirmation();
    void missingRecentFileIsNotRecreated();

private:
    QString writePyShards();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestConfigSources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("shardconf.sqlite"));
    QVERIFY(writeTwoBucketStore(m_path) > 0);
}

// pyshards' Django tables: bucket 1 -> 2 on 127.0.0.1, head 3 on 127.0.0.2; vshards 1..8 over 1 and 3.
QString TestConfigSources::writePyShards()
{
    const QString path = m_dir->filePath(QStringLiteral("pyshards.sqlite"));
    const QStringList statements{
        QStringLiteral("CREATE TABLE \"shard\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"pid\" integer "
                       "NULL, \"capacity_MB\" real NOT NULL, \"current_MB\" real NOT NULL, \"full\" bool NOT NULL, "
                       "\"initialized\" bool NOT NULL, \"user\" varchar(64) NOT NULL, \"password\" varchar(128) NOT "
                       "NULL, \"host\" varchar(255) NOT NULL, \"database\" varchar(64) NOT NULL)"),
        QStringLiteral("CREATE TABLE \"vshard\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"pid\" integer NULL)"),
        QStringLiteral("INSERT INTO shard VALUES (1, NULL, 1000, 10, 0, 0, 'root', 'pw-one', '127.0.0.1', 'db_1')"),
        QStringLiteral("INSERT INTO shard VALUES (2, 1, 1000, 0, 0, 0, 'root', 'pw-one', '127.0.0.1', 'db_2')"),
        QStringLiteral("INSERT INTO shard VALUES (3, NULL, 500, 0, 0, 0, 'app', 'pw-three', '127.0.0.2', 'db_3')"),
    };
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pyshards"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements)
            ok = ok && query.exec(sql);
        for (int id = 1; id <= 8; ++id)
            ok = ok && query.exec(QStringLiteral("INSERT INTO vshard VALUES (%1, %2)").arg(id).arg(id <= 4 ? 1 : 3));
        if (!ok)
            qWarning() << query.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pyshards"));
    return ok ? path : QString();
}

void TestConfigSources::pyshardsShardconfReplacesStoreAfterConfirmation()
{
    const QString source = writePyShards();
    QVERIFY(!source.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, m_path));
    auto credentials = std::make_shared<MemoryCredentialStore>();
    window.shardActions()->credentials()->useStore(credentials);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("importPyShardsAction")));

    QSignalSpy loaded(&window, &MainWindow::configLoaded);
    window.jsonTransfer()->importPyShards(ConfigLocation::sqlite(source), {}, credentials);
    auto *confirm = waitForChild<QMessageBox>(&window, QStringLiteral("importConfirmMessage"));
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(source));
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("hash")), qPrintable(confirm->informativeText()));
    QCOMPARE(loadStore(m_path).shards.size(), qsizetype(3)); // the fixture's, until confirmed
    QCOMPARE(loadStore(m_path).shard(1)->database, QStringLiteral("shard_1"));
    confirm->findChild<QPushButton *>(QStringLiteral("importReplace"))->click();
    QVERIFY(loaded.wait(10000));

    const Topology stored = loadStore(m_path);
    QCOMPARE(stored.shard(2)->database, QStringLiteral("db_2"));
    QCOMPARE(stored.shard(2)->parentId, 1);
    QCOMPARE(stored.vshards.count(), 8);
    QCOMPARE(window.document()->base().shards.size(), qsizetype(3));
    auto secret = credentials->read(stored.shard(3)->credentialRef);
    QVERIFY(secret);
    QCOMPARE(secret.value(), QStringLiteral("pw-three"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("shardconf.sqlite.backup-*.json")}).size(), 1);
}

void TestConfigSources::missingRecentFileIsNotRecreated()
{
    const QString gone = m_dir->filePath(QStringLiteral("gone.sqlite"));
    RecentConfigs::add(gone);
    MainWindow window;
    window.show();
    QMenu *recent = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (action->menu() && action->menu()->objectName().isEmpty() && action->text().contains(QStringLiteral("Recent")))
                recent = action->menu();
    QVERIFY(recent);
    QAction *entry = nullptr;
    for (QAction *action : recent->actions())
        if (action->text() == gone)
            entry = action;
    QVERIFY(entry);
    entry->trigger();
    auto *box = waitForChild<QMessageBox>(&window, QStringLiteral("recentMissingMessage"));
    QVERIFY(box);
    QVERIFY(box->text().contains(gone));
    box->accept();
    QVERIFY(!QFile::exists(gone));
    QVERIFY(!RecentConfigs::list().contains(gone));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestConfigSources"));
    TestConfigSources test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestConfigSources.moc"
