#include "db/ConnectionPool.h"
#include "db/NativeStatement.h"

#include "Sandbox.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace ShardDesk;
using namespace ShardDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int KilledServer = 5;

ConnectionOptions sandboxOptions()
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    options.connectTimeoutSec = 3;
    options.readTimeoutSec = 3;
    options.writeTimeoutSec = 3;
    return options;
}

ServerAddress server(int k)
{
    return *ServerAddress::parse(sandboxServers().at(k - 1));
}

// A status counter of the session (scope SESSION) or of the whole server (GLOBAL), -1 when unreadable.
qint64 status(const QSqlDatabase &db, const QString &scope, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"SHOW "_s + scope + u" STATUS LIKE '"_s + name + u"'"_s) || !query.next())
        return -1;
    return query.value(1).toLongLong();
}

const QString Insert = u"INSERT INTO nativestmt_test.t (n, s, u) VALUES (?, ?, ?)"_s;
const QString Context = u"Could not insert the test row."_s;

} // namespace

// NativeStatement against a real server: what it binds arrives as bound, it executes without the
// reset round trip QMYSQL adds, errors keep the pool's classification, and statements are closed with
// their connections.
class TestNativeStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bindsValuesAsTheServerStoresThem_data();
    void bindsValuesAsTheServerStoresThem();
    void reusesOneStatementWithoutResetRoundTrips();
    void serverErrorKeepsItsCodeAndTheStatementStaysUsable();
    void prepareFailsWithTheServersWords_data();
    void prepareFailsWithTheServersWords();
    void refusesAConnectionThatIsNotOpen();
    void killedServerIsAnUnknownOutcomeThenUnreachable();
    void statementsAreClosedWithTheirConnection_data();
    void statementsAreClosedWithTheirConnection();

private:
    QSqlDatabase connection();

    std::unique_ptr<ConnectionPool> m_pool;
};

QSqlDatabase TestNativeStatement::connection()
{
    auto db = m_pool->connection(server(1), QString(), sandboxOptions());
    return db ? *db : QSqlDatabase();
}

void TestNativeStatement::initTestCase()
{
    // Integration tests fail, not skip, without their servers.
    m_pool = std::make_unique<ConnectionPool>();
    for (int k = 1; k <= sandboxServers().size(); ++k) {
        auto db = m_pool->connection(server(k), QString(), sandboxOptions());
        QVERIFY2(db.ok(),
                 qPrintable(u"Sandbox server %1 is not reachable (%2). Start the sandbox with: "
                            u"scripts/sandbox start 5"_s.arg(server(k).toString(), db.error().fullText())));
    }
    QSqlQuery query(connection());
    for (const QString &sql : {u"DROP DATABASE IF EXISTS nativestmt_test"_s, u"CREATE DATABASE nativestmt_test"_s,
                               u"CREATE TABLE nativestmt_test.t (id BIGINT AUTO_INCREMENT PRIMARY KEY, n BIGINT NULL,"
                               u" s TEXT NULL, u VARCHAR(20) NULL UNIQUE) DEFAULT CHARSET utf8mb4"_s})
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

void TestNativeStatement::cleanupTestCase()
{
    if (!m_pool)
        return;
    {
        QSqlQuery query(connection());
        query.exec(u"DROP DATABASE IF EXISTS nativestmt_test"_s);
    }
    m_pool.reset();
}

void TestNativeStatement::bindsValuesAsTheServerStoresThem_data()
{
    QTest::addColumn<QVariant>("number");
    QTest::addColumn<QVariant>("text");
    QTest::newRow("integer and NULL") << QVariant(qint64(42)) << QVariant();
    QTest::newRow("large negative") << QVariant(qint64(-9007199254740993LL)) << QVariant(u"x"_s);
    QTest::newRow("both NULL") << QVariant() << QVariant();
    QTest::newRow("empty text is not NULL") << QVariant(qint64(0)) << QVariant(QString(u""_s));
    QTest::newRow("1000 characters") << QVariant(qint64(7)) << QVariant(QString(1000, u'q'));
    QTest::newRow("outside ASCII and the BMP") << QVariant(qint64(8)) << QVariant(u"Zürich ✓ \U0001D11E 'quote' \\"_s);
}

void TestNativeStatement::bindsValuesAsTheServerStoresThem()
{
    QFETCH(QVariant, number);
    QFETCH(QVariant, text);
    auto statement = m_pool->preparedNative(connection(), Insert, Context);
    QVERIFY2(statement.ok(), qPrintable(statement.error().fullText()));
    NativeStatement *s = *statement;
    QCOMPARE(s->parameterCount(), 3);
    number.isValid() ? s->bindInt(0, number.toLongLong()) : s->bindNull(0);
    text.isValid() ? s->bindText(1, text.toString()) : s->bindNull(1);
    s->bindNull(2);
    auto done = s->execute(Context);
    QVERIFY2(done.ok(), qPrintable(done.error().fullText()));
    QCOMPARE(s->affectedRows(), 1);
    const qint64 id = s->insertId();
    QVERIFY(id > 0);

    QSqlQuery query(connection());
    QVERIFY(
        query.exec(u"SELECT n, s, n IS NULL, s IS NULL FROM nativestmt_test.t WHERE id = "_s + QString::number(id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toInt(), number.isValid() ? 0 : 1);
    QCOMPARE(query.value(3).toInt(), text.isValid() ? 0 : 1);
    if (number.isValid())
        QCOMPARE(query.value(0).toLongLong(), number.toLongLong());
    if (text.isValid())
        QCOMPARE(query.value(1).toString(), text.toString());
}

void TestNativeStatement::reusesOneStatementWithoutResetRoundTrips()
{
    const QSqlDatabase db = connection();
    auto first = m_pool->preparedNative(db, Insert, Context);
    QVERIFY(first.ok());
    const qint64 executes = status(db, u"SESSION"_s, u"Com_stmt_execute"_s);
    const qint64 resets = status(db, u"SESSION"_s, u"Com_stmt_reset"_s);
    const qint64 prepares = status(db, u"SESSION"_s, u"Com_stmt_prepare"_s);
    QVERIFY(executes >= 0 && resets >= 0 && prepares >= 0);
    qint64 lastId = 0;
    for (int i = 0; i < 50; ++i) {
        auto statement = m_pool->preparedNative(db, Insert, Context);
        QVERIFY(statement.ok());
        QCOMPARE(*statement, *first); // the pool's, not a new one
        (*statement)->bindInt(0, i);
        (*statement)->bindText(1, u"row %1"_s.arg(i));
        (*statement)->bindNull(2);
        QVERIFY((*statement)->execute(Context).ok());
        QVERIFY((*statement)->insertId() > lastId);
        lastId = (*statement)->insertId();
    }
    QCOMPARE(status(db, u"SESSION"_s, u"Com_stmt_execute"_s) - executes, 50);
    QCOMPARE(status(db, u"SESSION"_s, u"Com_stmt_reset"_s) - resets, 0);
    QCOMPARE(status(db, u"SESSION"_s, u"Com_stmt_prepare"_s) - prepares, 0);
}

void TestNativeStatement::serverErrorKeepsItsCodeAndTheStatementStaysUsable()
{
    auto statement = m_pool->preparedNative(connection(), Insert, Context);
    QVERIFY(statement.ok());
    NativeStatement *s = *statement;
    s->bindInt(0, 1);
    s->bindText(1, u"first"_s);
    s->bindText(2, u"unique-key"_s);
    QVERIFY(s->execute(Context).ok());
    auto duplicate = s->execute(Context);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, Error::Kind::Server);
    QCOMPARE(duplicate.error().serverCode, 1062); // ER_DUP_ENTRY
    QVERIFY2(duplicate.error().serverText.contains(u"unique-key"_s), qPrintable(duplicate.error().serverText));
    QVERIFY(duplicate.error().message.startsWith(Context));
    s->bindText(2, u"another-key"_s);
    auto again = s->execute(Context);
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
}

void TestNativeStatement::prepareFailsWithTheServersWords_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("serverCode");
    QTest::newRow("syntax error") << u"INSERT INTO nativestmt_test.t VALUES ("_s << int(Error::Kind::Server) << 1064;
    QTest::newRow("no such table") << u"INSERT INTO nativestmt_test.nope (n) VALUES (?)"_s << int(Error::Kind::Server)
                                   << 1146;
    QTest::newRow("returns rows") << u"SELECT n FROM nativestmt_test.t WHERE id = ?"_s << int(Error::Kind::Usage) << 0;
}

void TestNativeStatement::prepareFailsWithTheServersWords()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QFETCH(int, serverCode);
    auto statement = m_pool->preparedNative(connection(), sql, Context);
    QVERIFY(!statement.ok());
    QCOMPARE(int(statement.error().kind), kind);
    QCOMPARE(statement.error().serverCode, serverCode);
    QVERIFY(statement.error().message.startsWith(Context));
    // The connection is still good for the next statement.
    QVERIFY(m_pool->preparedNative(connection(), Insert, Context).ok());
}

void TestNativeStatement::refusesAConnectionThatIsNotOpen()
{
    auto statement = NativeStatement::prepare(QSqlDatabase(), Insert, Context);
    QVERIFY(!statement.ok());
    QCOMPARE(statement.error().kind, Error::Kind::Usage);
}

void TestNativeStatement::killedServerIsAnUnknownOutcomeThenUnreachable()
{
    QVERIFY(sandboxServers().size() >= KilledServer);
    const ServerAddress target = server(KilledServer);
    auto db = m_pool->connection(target, QString(), sandboxOptions());
    QVERIFY(db.ok());
    auto statement = m_pool->preparedNative(*db, u"DO ?"_s, Context);
    QVERIFY2(statement.ok(), qPrintable(statement.error().fullText()));
    (*statement)->bindInt(0, 1);
    QVERIFY((*statement)->execute(Context).ok());

    QString output;
    QVERIFY2(runSandbox({u"kill"_s, QString::number(KilledServer)}, &output), qPrintable(output));
    (*statement)->bindInt(0, 2);
    auto lost = (*statement)->execute(Context);
    QVERIFY(!lost.ok());
    // Sent and not answered: the load test counts that as unknown, as it did with QMYSQL.
    QCOMPARE(lost.error().kind, Error::Kind::Timeout);
    QVERIFY(lost.error().serverCode == 2006 || lost.error().serverCode == 2013);

    // Discarding closes the statement on a dead handle (no crash, no leak under ASan); reconnecting
    // then fails before anything is sent.
    db.value() = QSqlDatabase();
    m_pool->discard(target, QString(), sandboxOptions().user);
    auto reconnect = m_pool->connection(target, QString(), sandboxOptions());
    const bool restarted = runSandbox({u"restart"_s, QString::number(KilledServer)}, &output);
    QVERIFY(!reconnect.ok());
    QCOMPARE(reconnect.error().kind, Error::Kind::Unreachable);
    QVERIFY2(restarted, qPrintable(output));
    QTRY_VERIFY_WITH_TIMEOUT(m_pool->connection(target, QString(), sandboxOptions()).ok(), 30000);
}

void TestNativeStatement::statementsAreClosedWithTheirConnection_data()
{
    QTest::addColumn<bool>("closeExplicitly");
    QTest::newRow("closeThreadConnections") << true;
    QTest::newRow("thread ends") << false;
}

void TestNativeStatement::statementsAreClosedWithTheirConnection()
{
    QFETCH(bool, closeExplicitly);
    const QSqlDatabase observer = connection();
    const qint64 before = status(observer, u"GLOBAL"_s, u"Prepared_stmt_count"_s);
    QVERIFY(before >= 0);
    std::atomic<int> prepared {0};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ConnectionPool &pool = *m_pool;
        auto db = pool.connection(server(1), QString(), sandboxOptions());
        if (!db)
            return;
        for (const QString &sql : {Insert, u"DO ?"_s, u"DO ?, ?"_s}) {
            if (pool.preparedNative(*db, sql, Context).ok())
                ++prepared;
        }
        // Seen by the server while the thread still holds them.
        if (status(*db, u"GLOBAL"_s, u"Prepared_stmt_count"_s) - before >= 3)
            prepared += 10;
        db.value() = QSqlDatabase();
        if (closeExplicitly)
            pool.closeThreadConnections();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QCOMPARE(prepared.load(), 13);
    // COM_STMT_CLOSE has no answer: the server counts it down when it has read it.
    QTRY_COMPARE(status(observer, u"GLOBAL"_s, u"Prepared_stmt_count"_s), before);
}

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "TestNativeStatement.moc"
