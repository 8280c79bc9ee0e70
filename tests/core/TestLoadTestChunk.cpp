#include "loadtest/LoadTestWorker.h"

#include <QtTest>

using namespace ShardDesk;

// A worker's chunk of users is written grouped by server, starting on the chunk's own server, so
// consecutive round trips go to one server; a rate limit makes chunks small.
class TestLoadTestChunk : public QObject
{
    Q_OBJECT

private slots:
    void chunkIsGroupedByServerFromTheFirstServer_data();
    void chunkIsGroupedByServerFromTheFirstServer();
    void usersOfOneServerKeepTheirOrder();
    void rateLimitMakesChunksSmall_data();
    void rateLimitMakesChunksSmall();
};

namespace {

// Users 0..n-1 with server i % servers (as round-robin as routing ever gets: the worst case).
std::vector<LoadTestWorker::RoutedUser> interleaved(int n, int servers)
{
    std::vector<LoadTestWorker::RoutedUser> users;
    for (int i = 0; i < n; ++i)
        users.push_back({i, i % servers, i, i % servers});
    return users;
}

QList<int> serversOf(const std::vector<LoadTestWorker::RoutedUser> &users)
{
    QList<int> servers;
    for (const auto &u : users)
        servers.append(u.server);
    return servers;
}

} // namespace

void TestLoadTestChunk::chunkIsGroupedByServerFromTheFirstServer_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<int>("firstServer");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("one server") << 1 << 0 << QList<int> {0, 0, 0, 0, 0, 0};
    QTest::newRow("three from 0") << 3 << 0 << QList<int> {0, 0, 1, 1, 2, 2};
    QTest::newRow("three from 1") << 3 << 1 << QList<int> {1, 1, 2, 2, 0, 0};
    QTest::newRow("three from 2") << 3 << 2 << QList<int> {2, 2, 0, 0, 1, 1};
    QTest::newRow("first wraps") << 3 << 4 << QList<int> {1, 1, 2, 2, 0, 0};
}

void TestLoadTestChunk::chunkIsGroupedByServerFromTheFirstServer()
{
    QFETCH(int, servers);
    QFETCH(int, firstServer);
    QFETCH(QList<int>, expected);
    auto users = interleaved(6, servers);
    LoadTestWorker::orderByServer(users, servers, firstServer);
    QCOMPARE(serversOf(users), expected);
}

void TestLoadTestChunk::usersOfOneServerKeepTheirOrder()
{
    auto users = interleaved(LoadTestWorker::ChunkSize, 5);
    LoadTestWorker::orderByServer(users, 5, 3);
    // Every user still there once, and each server's users ascending: the rate schedule and the
    // latency of the earliest users are not reordered within a server.
    QSet<qint64> seen;
    for (size_t i = 0; i < users.size(); ++i) {
        seen.insert(users[i].index);
        QCOMPARE(users[i].vshard, int(users[i].index)); // fields move together
        if (i > 0 && users[i].server == users[i - 1].server)
            QVERIFY(users[i].index > users[i - 1].index);
    }
    QCOMPARE(seen.size(), LoadTestWorker::ChunkSize);
    // 5 servers: exactly 4 changes of server in the whole chunk.
    int changes = 0;
    for (size_t i = 1; i < users.size(); ++i)
        changes += users[i].server != users[i - 1].server ? 1 : 0;
    QCOMPARE(changes, 4);
}

void TestLoadTestChunk::rateLimitMakesChunksSmall_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("expected");
    QTest::newRow("no limit") << 0.0 << LoadTestWorker::ChunkSize;
    QTest::newRow("slow") << 10.0 << 1;
    QTest::newRow("1000/s is 20 ms") << 1000.0 << 20;
    QTest::newRow("fast is capped") << 1e6 << LoadTestWorker::ChunkSize;
}

void TestLoadTestChunk::rateLimitMakesChunksSmall()
{
    QFETCH(double, rate);
    QFETCH(int, expected);
    QCOMPARE(LoadTestWorker::chunkSize(rate), expected);
}

QTEST_APPLESS_MAIN(TestLoadTestChunk)
#include "TestLoadTestChunk.moc"
