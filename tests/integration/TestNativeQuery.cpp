#include "db/ConnectionPool.h"
#include "db/NativeQuery.h"
#include "db/ServerAddress.h"
#include "rebalance/ShardLink.h"

#include "SandboxLogin.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace ShardDesk;
using namespace ShardDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Context = u"Could not run the test statement."_s;

// Enough padded rows that the result spans far more than the socket buffers hold: a kill after the first
// rows lands while most of them are still on the server.
constexpr qint64 KilledRows = 200000;
constexpr qint64 KillAtRow = 1000;
const QByteArray KilledSelect = "SELECT seq, REPEAT('x', 200) FROM nativequery_test.seq_1_to_200000";

// Keeps the first column of each row in value: for one-row results.
NativeQuery::RowHandler keepFirstValue(QByteArray &value)
{
    return [&value](const NativeQuery::Row &row) -> Result<void> {
        value = row.value(0).toByteArray();
        return {};
    };
}

} // namespace

// NativeQuery against a real server: rows arrive as the server's bytes (NULL apart from empty, binary
// bytes intact, in order, streamed past what one read holds), statements report the rows they affected,
// and errors keep the pool's classification with the server's words, also when a result is cut short: a
// connection killed mid-result fails as lost (so a ShardLink reconnects), a killed statement with the
// server's code on a connection that stays usable.
class TestNativeQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rowsArriveAsTheServersBytes();
    void manyRowsStreamInOrder();
    void executeCountsAffectedRows();
    void serverErrorKeepsItsCodeAndTheConnectionStaysUsable();
    void handlerErrorStopsTheReadingAndTheConnectionStaysUsable();
    void refusesTheWrongKindOfStatement();
    void killedConnectionFailsAsLostAndTheLinkReconnects();
    void killedQueryFailsWithTheServersCodeAndTheConnectionStays();

private:
    QSqlDatabase connection(const QString &database = QString());
    // Another of this thread's pooled connections (another database, so another name): the one that kills.
    QSqlDatabase admin();
    // Counts the rows into seen and, at row KillAtRow, has admin() run kill ("KILL <id>" or
    // "KILL QUERY <id>"); a failed KILL is returned as the handler's error.
    NativeQuery::RowHandler killAt(qint64 &seen, const QString &kill);

    std::unique_ptr<ConnectionPool> m_pool;
};

QSqlDatabase TestNativeQuery::connection(const QString &database)
{
    auto db = m_pool->connection(*ServerAddress::parse(sandboxServers().at(0)), database, sandboxLogin());
    return db ? *db : QSqlDatabase();
}

QSqlDatabase TestNativeQuery::admin()
{
    return connection(u"nativequery_test"_s);
}

NativeQuery::RowHandler TestNativeQuery::killAt(qint64 &seen, const QString &kill)
{
    return [this, &seen, kill](const NativeQuery::Row &) -> Result<void> {
        if (++seen != KillAtRow)
            return {};
        QSqlQuery query(admin());
        if (!query.exec(kill))
            return makeError(kill + u": "_s + query.lastError().text());
        return {};
    };
}

void TestNativeQuery::initTestCase()
{
    m_pool = std::make_unique<ConnectionPool>();
    QSqlDatabase db = connection();
    QVERIFY2(db.isOpen(), "Sandbox server 1 is not reachable. Start the sandbox with: scripts/sandbox start 5");
    QSqlQuery query(db);
    for (const QString &sql :
         {u"DROP DATABASE IF EXISTS nativequery_test"_s, u"CREATE DATABASE nativequery_test"_s,
          u"CREATE TABLE nativequery_test.t (id BIGINT PRIMARY KEY, s VARCHAR(20) NULL, b VARBINARY(8) NULL)"
          u" DEFAULT CHARSET utf8mb4"_s,
          u"INSERT INTO nativequery_test.t VALUES (1, 'Zürich', X'00FF27'), (2, '', NULL), (3, NULL, X'')"_s,
          u"CREATE TABLE nativequery_test.many (id BIGINT PRIMARY KEY)"_s,
          u"INSERT INTO nativequery_test.many SELECT seq FROM nativequery_test.seq_1_to_20000"_s})
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

void TestNativeQuery::cleanupTestCase()
{
    if (!m_pool)
        return;
    {
        QSqlQuery query(connection());
        query.exec(u"DROP DATABASE IF EXISTS nativequery_test"_s);
    }
    m_pool.reset();
}

void TestNativeQuery::rowsArriveAsTheServersBytes()
{
    QList<QList<std::optional<QByteArray>>> rows;
    auto read = NativeQuery::select(
        connection(), "SELECT id, s, b FROM nativequery_test.t ORDER BY id",
        [&rows](const NativeQuery::Row &row) -> Result<void> {
            QList<std::optional<QByteArray>> values;
            for (int c = 0; c < row.columns(); ++c)
                values.append(row.isNull(c) ? std::nullopt : std::optional(row.value(c).toByteArray()));
            rows.append(values);
            return {};
        },
        Context);
    QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
    QCOMPARE(*read, 3);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0][0], QByteArray("1"));
    QCOMPARE(rows[0][1], u"Zürich"_s.toUtf8());
    QCOMPARE(rows[0][2], QByteArray("\x00\xff\x27", 3));
    QCOMPARE(rows[1][1], QByteArray("")); // empty, not NULL
    QCOMPARE(rows[1][2], std::nullopt);
    QCOMPARE(rows[2][1], std::nullopt);
    QCOMPARE(rows[2][2], QByteArray(""));
}

void TestNativeQuery::manyRowsStreamInOrder()
{
    qint64 expected = 1;
    bool inOrder = true;
    auto read = NativeQuery::select(
        connection(), "SELECT id FROM nativequery_test.many ORDER BY id",
        [&](const NativeQuery::Row &row) -> Result<void> {
            inOrder = inOrder && row.value(0).toByteArray().toLongLong() == expected++;
            return {};
        },
        Context);
    QVERIFY2(read.ok(), qPrintable(read.error().fullText()));
    QCOMPARE(*read, 20000);
    QVERIFY(inOrder);
}

void TestNativeQuery::executeCountsAffectedRows()
{
    auto updated = NativeQuery::execute(connection(),
                                        "UPDATE nativequery_test.many SET id = id + 100000 WHERE id <= 10", Context);
    QVERIFY2(updated.ok(), qPrintable(updated.error().fullText()));
    QCOMPARE(*updated, 10);
    auto deleted = NativeQuery::execute(connection(), "DELETE FROM nativequery_test.many WHERE id > 100000", Context);
    QVERIFY(deleted.ok());
    QCOMPARE(*deleted, 10);
}

void TestNativeQuery::serverErrorKeepsItsCodeAndTheConnectionStaysUsable()
{
    auto duplicate = NativeQuery::execute(connection(), "INSERT INTO nativequery_test.t (id) VALUES (1)", Context);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, Error::Kind::Server);
    QCOMPARE(duplicate.error().serverCode, 1062); // ER_DUP_ENTRY
    QVERIFY(duplicate.error().message.startsWith(Context));
    auto missing = NativeQuery::select(
        connection(), "SELECT * FROM nativequery_test.absent", [](const NativeQuery::Row &) { return Result<void>(); },
        Context);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().serverCode, 1146); // ER_NO_SUCH_TABLE
    QSqlQuery query(connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM nativequery_test.t"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
}

void TestNativeQuery::handlerErrorStopsTheReadingAndTheConnectionStaysUsable()
{
    int seen = 0;
    auto read = NativeQuery::select(
        connection(), "SELECT id FROM nativequery_test.many ORDER BY id",
        [&seen](const NativeQuery::Row &) -> Result<void> {
            if (++seen == 100)
                return makeError(u"enough"_s, Error::Kind::Validation);
            return {};
        },
        Context);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, u"enough"_s);
    QCOMPARE(seen, 100);
    // The rest of the streamed result was read off, so the next statements work, native or not.
    QByteArray counted;
    auto count = NativeQuery::select(connection(), "SELECT COUNT(*) FROM nativequery_test.many",
                                     keepFirstValue(counted), Context);
    QVERIFY2(count.ok(), qPrintable(count.error().fullText()));
    QSqlQuery query(connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM nativequery_test.many"_s) && query.next());
    QVERIFY(query.value(0).toInt() > 100);
    QCOMPARE(counted, query.value(0).toByteArray());
}

void TestNativeQuery::refusesTheWrongKindOfStatement()
{
    auto rows = NativeQuery::execute(connection(), "SELECT 1", Context);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().kind, Error::Kind::Usage);
    auto none = NativeQuery::select(
        connection(), "DO 1", [](const NativeQuery::Row &) { return Result<void>(); }, Context);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::Usage);
    auto closed = NativeQuery::execute(QSqlDatabase(), "DO 1", Context);
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().kind, Error::Kind::Usage);
    auto fine = NativeQuery::execute(connection(), "DO 1", Context);
    QVERIFY2(fine.ok(), qPrintable(fine.error().fullText()));
}

void TestNativeQuery::killedConnectionFailsAsLostAndTheLinkReconnects()
{
    const auto server = ServerAddress::parse(sandboxServers().at(0));
    QVERIFY(server.ok());
    Shard shard;
    shard.host = server->host();
    shard.port = server->port();
    shard.database = u"nativequery_test"_s;
    ShardLink link(shard, [](const Shard &) -> Result<ConnectionOptions> { return sandboxLogin(); });
    auto id = link.scalar(u"SELECT CONNECTION_ID()"_s, {}, Context);
    QVERIFY2(id.ok(), qPrintable(id.error().fullText()));

    qint64 seen = 0;
    auto read = link.select(KilledSelect, killAt(seen, u"KILL "_s + id->toString()), Context);
    // Not a success with the rows read so far: to mysql_fetch_row, the end of the rows and a lost connection
    // look the same.
    QVERIFY2(!read.ok(), qPrintable(u"a success after %1 of %2 rows"_s.arg(seen).arg(KilledRows)));
    QVERIFY2(read.error().kind == Error::Kind::Timeout, qPrintable(read.error().fullText()));
    QVERIFY(read.error().message.startsWith(Context));
    QVERIFY(seen >= KillAtRow);
    QVERIFY(seen < KilledRows);

    // Lost, so the link dropped the connection: its next call opens a new one instead of failing again.
    auto again = link.scalar(u"SELECT CONNECTION_ID()"_s, {}, Context);
    QVERIFY2(again.ok(), qPrintable(again.error().fullText()));
    QVERIFY(again->toString() != id->toString());
    QByteArray counted;
    auto count = link.select("SELECT COUNT(*) FROM nativequery_test.t", keepFirstValue(counted), Context);
    QVERIFY2(count.ok(), qPrintable(count.error().fullText()));
    QCOMPARE(counted, QByteArray("3"));
}

void TestNativeQuery::killedQueryFailsWithTheServersCodeAndTheConnectionStays()
{
    QSqlQuery query(connection());
    QVERIFY(query.exec(u"SELECT CONNECTION_ID()"_s) && query.next());
    const QString id = query.value(0).toString();
    query = QSqlQuery();

    qint64 seen = 0;
    auto read = NativeQuery::select(connection(), KilledSelect, killAt(seen, u"KILL QUERY "_s + id), Context);
    QVERIFY2(!read.ok(), qPrintable(u"a success after %1 of %2 rows"_s.arg(seen).arg(KilledRows)));
    QVERIFY2(read.error().kind == Error::Kind::Server, qPrintable(read.error().fullText()));
    QCOMPARE(read.error().serverCode, 1317); // ER_QUERY_INTERRUPTED
    QVERIFY(seen >= KillAtRow);
    QVERIFY(seen < KilledRows);

    // Only the statement was interrupted: the same connection runs the next ones, native or not.
    QByteArray sameId;
    auto next = NativeQuery::select(connection(), "SELECT CONNECTION_ID()", keepFirstValue(sameId), Context);
    QVERIFY2(next.ok(), qPrintable(next.error().fullText()));
    QCOMPARE(QString::fromLatin1(sameId), id);
    QSqlQuery after(connection());
    QVERIFY2(after.exec(u"SELECT COUNT(*) FROM nativequery_test.t"_s) && after.next(),
             qPrintable(after.lastError().text()));
    QCOMPARE(after.value(0).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestNativeQuery)
#include "TestNativeQuery.moc"
