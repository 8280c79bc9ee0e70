#include "rebalance/VShardTransfer.h"

#include "MoveCluster.h"

#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

constexpr int Source = 1;
constexpr int Target = 5;

QList<MoveJournal::Entry> allVShardsOf(const Topology &topology, int head)
{
    QList<MoveJournal::Entry> moves;
    for (int v = 0; v < topology.vshards.count(); ++v) {
        if (topology.vshards.headOf(v) != head)
            continue;
        MoveJournal::Entry entry;
        entry.vshard = v;
        entry.sourceHead = head;
        entry.targetHead = Target;
        moves.append(entry);
    }
    return moves;
}

qint64 rowsOn(int k, const QString &table)
{
    auto query = moveAdmin(k, QStringLiteral("SELECT COUNT(*) FROM %1.%2").arg(moveDatabase(k), table));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

// The row work of a move on its own (VShardMover's tests cover the journal, the map and the writers).
class TestVShardTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aFailingTableFailsTheCopyWithItsOwnError();
    void copyThenRemoveMovesEveryRow();

private:
    Topology m_topology;
};

void TestVShardTransfer::initTestCase()
{
    const auto created = createMoveCluster();
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    m_topology = moveTopology();
    const auto loaded = preloadUsers(m_topology);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
}

void TestVShardTransfer::cleanupTestCase()
{
    for (int k = 1; k <= MoveServers; ++k) {
        (void)moveAdmin(k, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(moveDatabase(k)));
        QSqlDatabase::removeDatabase(moveAdminConnection(k));
    }
}

void TestVShardTransfer::aFailingTableFailsTheCopyWithItsOwnError()
{
    // The target refuses comments, so the comments' copy fails at its first INSERT. Tables are taken by
    // name, so the users' copy is the lower-numbered task: whether it finished first or was stopped by the
    // failure (ParallelTasks' tests show the stop itself), the error reported is the comments', and
    // nothing of them reached the target.
    const QString trigger = QStringLiteral("%1.sd_refuse_comments").arg(moveDatabase(Target));
    auto refused = moveAdmin(Target,
                             QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2.user_comment FOR EACH ROW "
                                            "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no comments here'")
                                 .arg(trigger, moveDatabase(Target)));
    QVERIFY2(refused.ok(), qPrintable(refused.error().message));
    const auto dropTrigger
        = qScopeGuard([&] { (void)moveAdmin(Target, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger)); });

    const QList<MoveJournal::Entry> moves = allVShardsOf(m_topology, Source);
    QVERIFY(!moves.isEmpty());
    const qint64 commentsBefore = rowsOn(Source, QStringLiteral("user_comment"));
    const qint64 usersBefore = rowsOn(Source, QStringLiteral("user"));
    QVERIFY(commentsBefore > 0 && usersBefore > 0);
    VShardTransfer transfer(m_topology, moves,
                            [](const Shard &) -> Result<ConnectionOptions> { return moveOptions(); });
    const auto prepared = transfer.prepare();
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().fullText()));
    QCOMPARE(transfer.tables().size(), qsizetype(2));
    QCOMPARE(transfer.tables().constFirst().name, QStringLiteral("user"));
    const auto copied = transfer.copy({});
    QVERIFY(!copied.ok());
    QVERIFY2(copied.error().fullText().contains(QLatin1String("no comments here")),
             qPrintable(copied.error().fullText()));
    QCOMPARE(rowsOn(Target, QStringLiteral("user_comment")), qint64(0));
    QCOMPARE(rowsOn(Source, QStringLiteral("user_comment")), commentsBefore);
    QCOMPARE(rowsOn(Source, QStringLiteral("user")), usersBefore);
    // What the users' copy may have committed goes with a wipe, as a roll-back does.
    const auto wiped = transfer.wipeTarget();
    QVERIFY2(wiped.ok(), qPrintable(wiped.error().fullText()));
    QCOMPARE(rowsOn(Target, QStringLiteral("user")), qint64(0));
}

void TestVShardTransfer::copyThenRemoveMovesEveryRow()
{
    // The same batch without the trigger: the stop above is the failure's, not the transfer's.
    const QList<MoveJournal::Entry> moves = allVShardsOf(m_topology, Source);
    const qint64 users = rowsOn(Source, QStringLiteral("user"));
    const qint64 comments = rowsOn(Source, QStringLiteral("user_comment"));
    VShardTransfer transfer(m_topology, moves,
                            [](const Shard &) -> Result<ConnectionOptions> { return moveOptions(); });
    QVERIFY(transfer.prepare().ok());
    const auto copied = transfer.copy({});
    QVERIFY2(copied.ok(), qPrintable(copied.error().fullText()));
    QCOMPARE(*copied, users + comments);
    const auto differences = transfer.differences();
    QVERIFY2(differences.ok(), qPrintable(differences.error().fullText()));
    QVERIFY2(differences->isEmpty(), qPrintable(*differences));
    const auto removed = transfer.removeSource(transfer.takeCopiedKeys());
    QVERIFY2(removed.ok(), qPrintable(removed.error().fullText()));
    QCOMPARE(*removed, users + comments);
    QCOMPARE(rowsOn(Source, QStringLiteral("user")), qint64(0));
    QCOMPARE(rowsOn(Source, QStringLiteral("user_comment")), qint64(0));
    QCOMPARE(rowsOn(Target, QStringLiteral("user")), users);
    QCOMPARE(rowsOn(Target, QStringLiteral("user_comment")), comments);
}

QTEST_GUILESS_MAIN(TestVShardTransfer)
#include "TestVShardTransfer.moc"
