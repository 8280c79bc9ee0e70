#include "db/ConnectionPool.h"
#include "routing/KeyHash.h"
#include "routing/RoutingTable.h"

#include "Sandbox.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

namespace {

constexpr int KeyCount = 10000;
constexpr int Batch = 200; // keys per statement: 50 round trips instead of 10,000

// Characters from several scripts and sizes of UTF-8 encoding (1 to 4 bytes).
QString randomText(QRandomGenerator &random, int length)
{
    static const QString alphabet
        = QStringLiteral("abcXYZ019.@_-+ äöüßéñçøÅЖщ中文字한국語ไทย") + QString::fromUcs4(U"😀🎉𝄞");
    const QList<uint> codePoints = alphabet.toUcs4();
    QString text = QStringLiteral(""); // empty, not null: a null QString binds as SQL NULL
    for (int i = 0; i < length; ++i) {
        const char32_t c = codePoints.at(random.bounded(int(codePoints.size())));
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

// Seeded, so a failure can be reproduced: plain ASCII mail addresses, the empty key, multi-byte UTF-8,
// emoji (4-byte UTF-8, surrogate pairs in QString) and 1,000-character keys.
QStringList makeKeys()
{
    QRandomGenerator random(20240601);
    QStringList keys = {QStringLiteral(""), QStringLiteral("ü@ß.de"), QStringLiteral("a@b.com"),
                        QString::fromUcs4(U"😀@example.com"), QString(1000, QLatin1Char('x'))};
    while (keys.size() < KeyCount) {
        switch (keys.size() % 5) {
        case 0:
            keys << QStringLiteral("user%1@example.com").arg(random.generate());
            break;
        case 1:
            keys << randomText(random, 1 + random.bounded(40));
            break;
        case 2:
            keys << randomText(random, 1000);
            break;
        case 3:
            keys << QString::number(random.generate64());
            break;
        default:
            keys << randomText(random, random.bounded(3)); // includes more empty keys
            break;
        }
    }
    return keys;
}

// SELECT 0, CRC32(?) % N UNION ALL SELECT 1, CRC32(?) % N ... with the row number, as the order of a
// UNION is not promised. N is our own integer, never caller text.
QString batchSql(int vshardCount)
{
    QStringList parts;
    for (int i = 0; i < Batch; ++i)
        parts << QStringLiteral("SELECT %1, CRC32(?) % %2").arg(i).arg(vshardCount);
    return parts.join(QStringLiteral(" UNION ALL "));
}

std::shared_ptr<const Topology> singleShardTopology(int vshardCount)
{
    auto topology = std::make_shared<Topology>();
    Shard shard;
    shard.id = 1;
    shard.host = QStringLiteral("127.0.0.1");
    shard.database = QStringLiteral("sd_route");
    topology->shards = {shard};
    topology->settings.vshardCount = vshardCount;
    topology->vshards = VShardMap(vshardCount, 1);
    return topology;
}

} // namespace

class TestRoutingAgainstServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void routingMatchesServerCrc32Modulo_data();
    void routingMatchesServerCrc32Modulo();

private:
    const QString m_connectionName = QStringLiteral("routing-check");
    QStringList m_keys;
};

void TestRoutingAgainstServer::initTestCase()
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    const auto address = ServerAddress::parse(sandboxServers().constFirst());
    QVERIFY(address.ok());
    // openConnection sets the connection's character set to utf8mb4, so a bound QString arrives as its
    // UTF-8 bytes and CRC32() hashes exactly the bytes KeyHash hashes.
    auto db = ConnectionPool::openConnection(m_connectionName, *address, {}, options);
    QVERIFY2(db.ok(),
             qPrintable(QStringLiteral("Sandbox server %1 is not reachable (%2). Start the sandbox with: "
                                       "scripts/sandbox start 5")
                            .arg(address->toString(), db.error().fullText())));
    m_keys = makeKeys();
    QCOMPARE(m_keys.size(), KeyCount);
    for (const QString &key : std::as_const(m_keys))
        QVERIFY2(!key.isNull(), "a null key would be bound as NULL, and CRC32(NULL) is NULL");
}

void TestRoutingAgainstServer::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(m_connectionName);
}

void TestRoutingAgainstServer::routingMatchesServerCrc32Modulo_data()
{
    QTest::addColumn<int>("vshardCount");
    QTest::newRow("1024") << 1024;
    QTest::newRow("1000003") << 1000003;
}

void TestRoutingAgainstServer::routingMatchesServerCrc32Modulo()
{
    QFETCH(int, vshardCount);
    const RoutingTable routing(singleShardTopology(vshardCount));
    QElapsedTimer timer;
    timer.start();

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QVERIFY2(query.prepare(batchSql(vshardCount)), qPrintable(query.lastError().text()));
    int checked = 0;
    for (int first = 0; first < m_keys.size(); first += Batch) {
        for (int i = 0; i < Batch; ++i)
            query.bindValue(i, m_keys.at(first + i));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        while (query.next()) {
            const int index = first + query.value(0).toInt();
            const QString &key = m_keys.at(index);
            QVERIFY(!query.value(1).isNull());
            const int server = query.value(1).toInt();
            const int ours = routing.route(key).vshard;
            QVERIFY2(ours == server,
                     qPrintable(QStringLiteral("key #%1 (%2 UTF-8 bytes, starting \"%3\"): we route "
                                               "to vshard %4, the server computes %5")
                                    .arg(QString::number(index), QString::number(key.toUtf8().size()), key.left(20),
                                         QString::number(ours), QString::number(server))));
            ++checked;
        }
        query.finish();
    }
    QCOMPARE(checked, KeyCount);
    qInfo("%d keys checked against CRC32() %% %d in %lld ms", checked, vshardCount, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestRoutingAgainstServer)
#include "TestRoutingAgainstServer.moc"
