#include "db/ConnectionPool.h"

#include "PausedServerGuard.h"
#include "Sandbox.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

constexpr int PausedServer = 2;

ConnectionOptions sandboxOptions(int timeoutSec = 3)
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    options.connectTimeoutSec = timeoutSec;
    options.readTimeoutSec = timeoutSec;
    options.writeTimeoutSec = timeoutSec;
    return options;
}

ServerAddress server(int k)
{
    return *ServerAddress::parse(sandboxServers().at(k - 1));
}

// One value from the server, or an invalid QVariant when the query failed.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestConnectionPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsToEveryServerWithTimeoutsAndUtf8mb4();
    void reusesTheCallingThreadsConnection();
    void eachThreadGetsItsOwnConnection();
    void threadConnectionsAreRemovedWhenTheThreadEnds();
    void discardReconnectsExplicitly();
    void destructorRemovesCallingThreadsConnections();
    void requireTlsRefusesPlainTextServer();
    void requireTlsIsNotSatisfiedByAnEarlierPlainConnection();
    void tlsCaFileAgainstPlainServerIsRefused();
    void tlsFilePathCannotInjectDriverOptions();
    void wrongPasswordFailsWithServerTextButNoPassword();
    void unreachablePortFailsAsUnreachable();
    void pausedServerFailsQueryAndConnectWithinTimeout();
    void preparedStatementsAreReused();
};

void TestConnectionPool::initTestCase()
{
    // Integration tests fail, not skip, without their servers: a skipped suite looks like a passing one.
    for (int k = 1; k <= 5; ++k) {
        const QString name = QStringLiteral("probe-%1").arg(k);
        {
            auto db = ConnectionPool::openConnection(name, server(k), {}, sandboxOptions());
            QVERIFY2(db.ok(),
                     qPrintable(QStringLiteral("Sandbox server %1 is not reachable (%2). Start the "
                                               "sandbox with: scripts/sandbox start 5")
                                    .arg(server(k).toString(), db.error().fullText())));
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void TestConnectionPool::connectsToEveryServerWithTimeoutsAndUtf8mb4()
{
    ConnectionPool pool;
    for (int k = 1; k <= 5; ++k) {
        auto db = pool.connection(server(k), {}, sandboxOptions(4));
        QVERIFY2(db.ok(), qPrintable(db.error().fullText()));
        // The server we meant, over TCP (a socket connection would report no bind address of ours).
        QCOMPARE(scalar(*db, QStringLiteral("SELECT @@bind_address")).toString(), server(k).host());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT @@character_set_client")).toString(), QStringLiteral("utf8mb4"));
        const QString options = db->connectOptions();
        QVERIFY2(options.contains(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=4")), qPrintable(options));
        QVERIFY2(options.contains(QStringLiteral("MYSQL_OPT_READ_TIMEOUT=4")), qPrintable(options));
        QVERIFY2(options.contains(QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=4")), qPrintable(options));
        QVERIFY2(!options.contains(QStringLiteral("RECONNECT")), qPrintable(options));
    }
}

void TestConnectionPool::reusesTheCallingThreadsConnection()
{
    ConnectionPool pool;
    auto first = pool.connection(server(1), {}, sandboxOptions());
    QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
    const QVariant id = scalar(*first, QStringLiteral("SELECT CONNECTION_ID()"));
    auto second = pool.connection(server(1), {}, sandboxOptions());
    QVERIFY(second.ok());
    QCOMPARE(second->connectionName(), first->connectionName());
    QCOMPARE(scalar(*second, QStringLiteral("SELECT CONNECTION_ID()")), id);
}

void TestConnectionPool::eachThreadGetsItsOwnConnection()
{
    ConnectionPool pool;
    struct Seen
    {
        QString name;
        qint64 connectionId = 0;
        QString error;
    };
    Seen seen[2];
    const auto work = [&pool](Seen *out) {
        auto db = pool.connection(server(1), {}, sandboxOptions());
        if (!db) {
            out->error = db.error().fullText();
            return;
        }
        out->name = db->connectionName();
        out->connectionId = scalar(*db, QStringLiteral("SELECT CONNECTION_ID()")).toLongLong();
    };
    std::unique_ptr<QThread> a(QThread::create(work, &seen[0]));
    std::unique_ptr<QThread> b(QThread::create(work, &seen[1]));
    a->start();
    b->start();
    QVERIFY(a->wait(30000) && b->wait(30000));

    QVERIFY2(seen[0].error.isEmpty(), qPrintable(seen[0].error));
    QVERIFY2(seen[1].error.isEmpty(), qPrintable(seen[1].error));
    QVERIFY(seen[0].connectionId > 0 && seen[1].connectionId > 0);
    QVERIFY(seen[0].name != seen[1].name);
    QVERIFY(seen[0].connectionId != seen[1].connectionId);
}

void TestConnectionPool::threadConnectionsAreRemovedWhenTheThreadEnds()
{
    ConnectionPool pool;
    QString name;
    std::unique_ptr<QThread> thread(QThread::create([&pool, &name] {
        auto db = pool.connection(server(1), {}, sandboxOptions());
        if (db)
            name = db->connectionName();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY(!name.isEmpty());
    // Removed by the thread's own registry as the thread exits, just after QThread::wait() returns.
    QTRY_VERIFY(!QSqlDatabase::contains(name));
}

void TestConnectionPool::discardReconnectsExplicitly()
{
    ConnectionPool pool;
    const ConnectionOptions options = sandboxOptions();
    qint64 before = 0;
    QString name;
    {
        auto first = pool.connection(server(3), {}, options);
        QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
        before = scalar(*first, QStringLiteral("SELECT CONNECTION_ID()")).toLongLong();
        name = first->connectionName();
    } // our handle is gone before the pool removes the connection

    pool.discard(server(3), {}, options.user);
    QVERIFY(!QSqlDatabase::contains(name));
    auto second = pool.connection(server(3), {}, options);
    QVERIFY(second.ok());
    QVERIFY(scalar(*second, QStringLiteral("SELECT CONNECTION_ID()")).toLongLong() != before);
}

void TestConnectionPool::destructorRemovesCallingThreadsConnections()
{
    QStringList names;
    {
        ConnectionPool pool;
        for (int k = 1; k <= 2; ++k) {
            auto db = pool.connection(server(k), {}, sandboxOptions());
            QVERIFY(db.ok());
            names << db->connectionName();
        }
    }
    for (const QString &name : std::as_const(names))
        QVERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
}

void TestConnectionPool::requireTlsRefusesPlainTextServer()
{
    ConnectionPool pool;
    ConnectionOptions options = sandboxOptions();
    options.requireTls = true;
    const QStringList before = QSqlDatabase::connectionNames();
    auto db = pool.connection(server(1), {}, options);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().message,
             QStringLiteral("The server did not negotiate TLS, and TLS is required: refusing to "
                            "continue in plain text."));
    QCOMPARE(QSqlDatabase::connectionNames(), before); // nothing half-open left behind
}

// The sandbox servers have no TLS: asking for it with a CA must not end in a plain-text session.
void TestConnectionPool::tlsCaFileAgainstPlainServerIsRefused()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
    file.close();
    ConnectionPool pool;
    ConnectionOptions options = sandboxOptions();
    options.requireTls = true;
    options.tlsCaFile = ca;
    auto db = pool.connection(server(1), {}, options);
    QVERIFY(!db.ok());
}

void TestConnectionPool::tlsFilePathCannotInjectDriverOptions()
{
    ConnectionPool pool;
    ConnectionOptions options = sandboxOptions();
    options.tlsCaFile = QStringLiteral("/tmp/x.pem;MYSQL_OPT_RECONNECT=1");
    auto db = pool.connection(server(1), {}, options);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Usage);
}

void TestConnectionPool::requireTlsIsNotSatisfiedByAnEarlierPlainConnection()
{
    ConnectionPool pool;
    ConnectionOptions options = sandboxOptions();
    QVERIFY(pool.connection(server(1), {}, options).ok());
    options.requireTls = true;
    auto db = pool.connection(server(1), {}, options);
    QVERIFY2(!db.ok(), "a plain-text connection was handed out although TLS was required");
    QVERIFY(db.error().message.contains(QStringLiteral("TLS is required")));
}

void TestConnectionPool::wrongPasswordFailsWithServerTextButNoPassword()
{
    ConnectionPool pool;
    ConnectionOptions options = sandboxOptions();
    options.password = QStringLiteral("not-the-Password-4711");
    auto db = pool.connection(server(1), {}, options);
    QVERIFY(!db.ok());
    const Error &error = db.error();
    QVERIFY(error.kind == Error::Kind::Server || error.kind == Error::Kind::Unreachable);
    QCOMPARE(error.serverCode, 1045); // ER_ACCESS_DENIED_ERROR
    QVERIFY2(error.serverText.contains(QStringLiteral("Access denied")), qPrintable(error.serverText));
    QVERIFY2(error.message.contains(server(1).toString()), qPrintable(error.message));
    QVERIFY2(!error.fullText().contains(options.password), qPrintable(error.fullText()));
}

void TestConnectionPool::unreachablePortFailsAsUnreachable()
{
    ConnectionPool pool;
    // Loopback, and no sandbox server listens on this port: the connect is refused at once.
    auto db = pool.connection(*ServerAddress::parse(QStringLiteral("127.0.0.1:1")), {}, sandboxOptions());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Unreachable);
    QVERIFY2(!db.error().serverText.isEmpty(), "the client library's words should be kept");
}

void TestConnectionPool::pausedServerFailsQueryAndConnectWithinTimeout()
{
    constexpr int TimeoutSec = 2;
    constexpr qint64 LimitMs = TimeoutSec * 1000 + 1500; // the timeout plus slack for a loaded machine
    ConnectionPool pool;
    const ConnectionOptions options = sandboxOptions(TimeoutSec);
    QVERIFY(pool.connection(server(PausedServer), {}, options).ok()); // open before the pause
    {
        PausedServerGuard pause(PausedServer);
        QVERIFY2(pause.paused(), qPrintable(pause.output()));

        // A query on the open connection: the read timeout ends it.
        QElapsedTimer timer;
        Error queryError;
        {
            auto db = pool.connection(server(PausedServer), {}, options);
            QVERIFY(db.ok());
            timer.start();
            QSqlQuery query(*db);
            QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
            queryError = ConnectionPool::errorFrom(query.lastError(), QStringLiteral("The query failed."));
        }
        const qint64 queryMs = timer.elapsed();
        QVERIFY2(queryMs < LimitMs, qPrintable(QStringLiteral("the query failed only after %1 ms").arg(queryMs)));
        QCOMPARE(queryError.kind, Error::Kind::Timeout);
        QVERIFY2(queryError.message.contains(QStringLiteral("may or may not have been applied")),
                 qPrintable(queryError.message));
        pool.discard(server(PausedServer), {}, options.user);

        // A new connection: TCP connects, the handshake hangs, the connect timeout ends it.
        timer.restart();
        auto again = pool.connection(server(PausedServer), {}, options);
        const qint64 connectMs = timer.elapsed();
        QVERIFY(!again.ok());
        QVERIFY2(connectMs < LimitMs, qPrintable(QStringLiteral("the connect failed only after %1 ms").arg(connectMs)));
        QCOMPARE(again.error().kind, Error::Kind::Unreachable);
        qInfo("paused server: query failed after %lld ms, connect after %lld ms", queryMs, connectMs);
    }
    // Resumed: the pool connects again.
    auto resumed = pool.connection(server(PausedServer), {}, options);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error().fullText()));
    QCOMPARE(scalar(*resumed, QStringLiteral("SELECT 1")).toInt(), 1);
}

void TestConnectionPool::preparedStatementsAreReused()
{
    ConnectionPool pool;
    auto db = pool.connection(server(1), {}, sandboxOptions());
    QVERIFY(db.ok());
    const QString sql = QStringLiteral("SELECT ? + 1");
    auto first = pool.prepared(*db, sql, QStringLiteral("Could not prepare."));
    QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
    auto second = pool.prepared(*db, sql, QStringLiteral("Could not prepare."));
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);
    for (int i = 0; i < 3; ++i) {
        QSqlQuery *query = *first;
        query->bindValue(0, i);
        QVERIFY2(query->exec(), qPrintable(query->lastError().text()));
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toInt(), i + 1);
        query->finish();
    }
}

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "TestConnectionPool.moc"
