#include "config/ConfigStore.h"
#include "config/MoveJournal.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using Step = MoveJournal::Step;

Q_DECLARE_METATYPE(ShardDesk::MoveJournal::Step)

// The move journal's state machine and its life in an SQLite config store (issue 6).
class TestMoveJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stepsAreAllowedOrRefused_data();
    void stepsAreAllowedOrRefused();
    void stepNamesRoundTrip();
    void planRecordsEveryVShardAsPlanned();
    void planRefusedWhileAMoveIsUnfinished();
    void planRefusesAVShardTwice();
    void recordFollowsTheStateMachine();
    void finishedMoveIsForgottenByTheNextPlan();
    void recordOfUnknownVShardIsNotFound();

private:
    QList<MoveJournal::Entry> twoMoves() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
};

void TestMoveJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConfigStore>();
    const auto opened = m_store->open(ConfigLocation::sqlite(m_dir->filePath(QStringLiteral("store.sqlite"))));
    QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
}

void TestMoveJournal::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<MoveJournal::Entry> TestMoveJournal::twoMoves() const
{
    return {{17, 1, 2, Step::Planned, 0, {}, {}}, {40, 1, 3, Step::Planned, 0, {}, {}}};
}

void TestMoveJournal::stepsAreAllowedOrRefused_data()
{
    QTest::addColumn<Step>("from");
    QTest::addColumn<Step>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("planned -> copying") << Step::Planned << Step::Copying << true;
    QTest::newRow("copying -> frozen") << Step::Copying << Step::Frozen << true;
    QTest::newRow("frozen -> verified") << Step::Frozen << Step::Verified << true;
    QTest::newRow("verified -> switched") << Step::Verified << Step::Switched << true;
    QTest::newRow("switched -> cleaned") << Step::Switched << Step::Cleaned << true;
    QTest::newRow("resume: frozen -> copying") << Step::Frozen << Step::Copying << true;
    QTest::newRow("resume: verified -> copying") << Step::Verified << Step::Copying << true;
    QTest::newRow("resume: switched again") << Step::Switched << Step::Switched << true;
    QTest::newRow("skip: copying -> verified") << Step::Copying << Step::Verified << false;
    QTest::newRow("skip: frozen -> switched") << Step::Frozen << Step::Switched << false;
    QTest::newRow("skip: planned -> switched") << Step::Planned << Step::Switched << false;
    QTest::newRow("back after switch: switched -> copying") << Step::Switched << Step::Copying << false;
    QTest::newRow("back after clean-up: cleaned -> copying") << Step::Cleaned << Step::Copying << false;
    QTest::newRow("back: verified -> frozen") << Step::Verified << Step::Frozen << false;
    QTest::newRow("back: copying -> planned") << Step::Copying << Step::Planned << false;
}

void TestMoveJournal::stepsAreAllowedOrRefused()
{
    QFETCH(Step, from);
    QFETCH(Step, to);
    QFETCH(bool, allowed);
    QCOMPARE(MoveJournal::allows(from, to), allowed);
}

void TestMoveJournal::stepNamesRoundTrip()
{
    for (Step step : {Step::Planned, Step::Copying, Step::Frozen, Step::Verified, Step::Switched, Step::Cleaned})
        QCOMPARE(MoveJournal::stepFromName(MoveJournal::stepName(step)), std::optional<Step>(step));
    QCOMPARE(MoveJournal::stepName(Step::Switched), QStringLiteral("switched"));
    QVERIFY(!MoveJournal::stepFromName(QStringLiteral("moved")).has_value());
}

void TestMoveJournal::planRecordsEveryVShardAsPlanned()
{
    MoveJournal journal(*m_store, QStringLiteral("tester"));
    QVERIFY(journal.plan(twoMoves()).ok());
    const auto open = journal.unfinished();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).vshard, 17);
    QCOMPARE(open->at(0).targetHead, 2);
    QCOMPARE(open->at(1).vshard, 40);
    QCOMPARE(open->at(1).step, Step::Planned);
    QCOMPARE(open->at(1).changedBy, QStringLiteral("tester"));
    QVERIFY(open->at(1).changedAt.isValid());
}

void TestMoveJournal::planRefusedWhileAMoveIsUnfinished()
{
    MoveJournal journal(*m_store);
    QVERIFY(journal.plan(twoMoves()).ok());
    const auto again = journal.plan({{99, 1, 2, Step::Planned, 0, {}, {}}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(journal.entries()->size(), 2); // the first move is untouched
}

void TestMoveJournal::planRefusesAVShardTwice()
{
    MoveJournal journal(*m_store);
    auto moves = twoMoves();
    moves.append(moves.first());
    const auto planned = journal.plan(moves);
    QVERIFY(!planned.ok());
    QCOMPARE(planned.error().kind, Error::Kind::Usage);
    QVERIFY(journal.entries()->isEmpty());
}

void TestMoveJournal::recordFollowsTheStateMachine()
{
    MoveJournal journal(*m_store);
    QVERIFY(journal.plan(twoMoves()).ok());
    QVERIFY(journal.record(17, Step::Copying, 100).ok());
    const auto skipped = journal.record(17, Step::Verified);
    QVERIFY(!skipped.ok());
    QCOMPARE(skipped.error().kind, Error::Kind::Validation);
    QVERIFY(journal.record(17, Step::Frozen).ok());
    const auto entries = journal.entries();
    QCOMPARE(entries->at(0).step, Step::Frozen);
    QCOMPARE(entries->at(0).rowsCopied, 100); // kept when not given
}

void TestMoveJournal::finishedMoveIsForgottenByTheNextPlan()
{
    MoveJournal journal(*m_store);
    QVERIFY(journal.plan(twoMoves()).ok());
    for (int v : {17, 40}) {
        for (Step step : {Step::Copying, Step::Frozen, Step::Verified, Step::Switched, Step::Cleaned})
            QVERIFY(journal.record(v, step).ok());
    }
    QVERIFY(journal.unfinished()->isEmpty());
    QCOMPARE(journal.entries()->size(), 2);
    QVERIFY(journal.plan({{5, 2, 1, Step::Planned, 0, {}, {}}}).ok());
    QCOMPARE(journal.entries()->size(), 1);
    QCOMPARE(journal.entries()->at(0).vshard, 5);
}

void TestMoveJournal::recordOfUnknownVShardIsNotFound()
{
    MoveJournal journal(*m_store);
    QVERIFY(journal.plan(twoMoves()).ok());
    QVERIFY(journal.remove(40).ok());
    const auto recorded = journal.record(40, Step::Copying);
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().kind, Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestMoveJournal)
#include "TestMoveJournal.moc"
