#include "EditorTestSupport.h"
#include "Sandbox.h"
#include "ShardTreeModel.h"
#include "credentials/MemoryCredentialStore.h"
#include "editor/CredentialSession.h"
#include "editor/ShardEditActions.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// "Test connection" against the sandbox's real servers: a good login, a wrong password and a closed
// port, each shown in the Reachable column with the server's own words. Fails when the sandbox is down.
class TestShardConnections : public QObject
{
    Q_OBJECT

private slots:
    void testAllShowsEachShardsOutcome();
};

void TestShardConnections::testAllShowsEachShardsOutcome()
{
    const QStringList servers = sandboxServers();
    QVERIFY(servers.size() >= 2);
    const QString host = servers.at(0).section(QLatin1Char(':'), 0, 0);
    const QString otherHost = servers.at(1).section(QLatin1Char(':'), 0, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shardconf.sqlite"));
    Topology t;
    t.settings.vshardCount = 16;
    t.shards = {makeShard(1, 0, host, QStringLiteral("information_schema")),
                makeShard(2, 0, otherHost, QStringLiteral("information_schema")),
                makeShard(3, 0, host, QStringLiteral("information_schema"))};
    for (Shard &s : t.shards)
        s.user = sandboxUser();
    t.shards[0].credentialRef = QStringLiteral("good");
    t.shards[1].credentialRef = QStringLiteral("bad");
    t.shards[2].port = 1; // nothing listens there
    t.vshards = VShardMap(16);
    t.vshards.spreadEvenly(t.headIds());
    {
        ConfigStore store;
        QVERIFY(store.open(ConfigLocation::sqlite(path)));
        const auto replaced = store.replace(t, QStringLiteral("test"));
        QVERIFY2(replaced, qPrintable(replaced.error().fullText()));
    }

    MainWindow window;
    window.show();
    QVERIFY(openAndWait(window, path));
    auto credentials = std::make_shared<MemoryCredentialStore>();
    QVERIFY(credentials->write(QStringLiteral("good"), sandboxPassword()));
    QVERIFY(credentials->write(QStringLiteral("bad"), QStringLiteral("not-the-password")));
    window.shardActions()->credentials()->useStore(credentials);

    window.findChild<QAction *>(QStringLiteral("testAllConnectionsAction"))->trigger();
    auto *model = static_cast<ShardTreeModel *>(window.findChild<QTreeView *>(QStringLiteral("shardView"))->model());
    auto cell = [model](int id) { return model->indexOf(id, ShardTreeModel::ReachableColumn); };
    QTRY_COMPARE_WITH_TIMEOUT(cell(1).data().toString(), QStringLiteral("reachable"), 15000);
    QVERIFY2(cell(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("MariaDB")), // the server's version
             qPrintable(cell(1).data(Qt::ToolTipRole).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(cell(2).data().toString().startsWith(QStringLiteral("unreachable")), 15000);
    QVERIFY2(cell(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Access denied")),
             qPrintable(cell(2).data(Qt::ToolTipRole).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(cell(3).data().toString().startsWith(QStringLiteral("unreachable")), 15000);
    QVERIFY(cell(1).data(Qt::DecorationRole).isValid());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QApplication::setApplicationName(QStringLiteral("TestShardConnections"));
    TestShardConnections test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestShardConnections.moc"
