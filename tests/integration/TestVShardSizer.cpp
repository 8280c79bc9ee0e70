#include "rebalance/VShardSizer.h"

#include "Sandbox.h"
#include "SandboxLogin.h"
#include "TopologyFixtures.h"
#include "db/ConnectionPool.h"
#include "db/ServerAddress.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// What VShardSizer measures on real servers (issues 3 and 6): per vshard, the rows of every sharded table
// on every shard (a bucket's overflow shard too), and those rows weighed by each table's average row
// length; tables without a VIRTUAL_SHARD column and vshards without rows count for nothing.
class TestVShardSizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsTheRowsOfEveryShardedTableOnEveryShard();
    void weighsRowsByEachTablesAverageLength();
    void aShardWithoutItsDatabaseCountsAsEmpty();
    void aShardThatCannotBeReadFailsTheMeasurement();
    void countsOnlyTheVShardsAskedFor();

private:
    Topology topology() const;
    // sum over shards and sharded tables of rows(vshard) * AVG_ROW_LENGTH / MiB, read by the test itself.
    double expectedMb(int vshard);

    QStringList m_hosts;
};

namespace {

// Database k and the server it lives on: 1 (a head) and 2 (its overflow) on the first server, 3 on the second.
QString database(int k)
{
    return QStringLiteral("sd_it_sizer_%1").arg(k);
}

int serverOf(int k)
{
    return k == 3 ? 1 : 0;
}

QString admin(int k)
{
    return QStringLiteral("sd-it-sizer-admin-%1").arg(k);
}

Result<QSqlQuery> run(int k, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(admin(k), false));
    if (!query.exec(sql))
        return makeError(sql + QStringLiteral(": ") + query.lastError().text());
    return query;
}

ConnectionOptions login()
{
    ConnectionOptions options = sandboxLogin();
    options.connectTimeoutSec = options.readTimeoutSec = options.writeTimeoutSec = 5;
    return options;
}

// The sandbox login, with a wrong password for shard shardId: that shard cannot be read.
ConnectionOptionsProvider wrongPasswordFor(int shardId)
{
    return [shardId](const Shard &shard) {
        ConnectionOptions options = login();
        if (shard.id == shardId)
            options.password = QStringLiteral("not-the-password");
        return Result<ConnectionOptions>(options);
    };
}

// (database, table, vshard, rows): vshard 0 is in both shards of bucket 1, with comments; 5 only on shard 3;
// 3 is one user without comments; 7 has no rows. The settings table has no VIRTUAL_SHARD column.
struct Rows
{
    int database;
    QString table;
    int vshard;
    int count;
};

const QList<Rows> Data = {
    {1, QStringLiteral("user"), 0, 3}, {1, QStringLiteral("user_comment"), 0, 6},
    {2, QStringLiteral("user"), 0, 2}, {1, QStringLiteral("user"), 3, 1},
    {3, QStringLiteral("user"), 5, 4}, {3, QStringLiteral("user_comment"), 5, 40},
};

} // namespace

Topology TestVShardSizer::topology() const
{
    Topology t;
    t.settings.vshardCount = 8;
    t.shards = {makeShard(1, 0, m_hosts.at(0), database(1)), makeShard(2, 1, m_hosts.at(0), database(2)),
                makeShard(3, 0, m_hosts.at(1), database(3))};
    t.vshards = VShardMap(8);
    t.vshards.spreadEvenly({1, 3});
    return t;
}

void TestVShardSizer::initTestCase()
{
    for (const QString &server : sandboxServers().mid(0, 2)) {
        const auto address = ServerAddress::parse(server);
        QVERIFY2(address, qPrintable(server));
        m_hosts << address->host();
    }
    QVERIFY2(m_hosts.size() == 2, "the test needs two sandbox servers: scripts/sandbox start 2");
    for (int k = 1; k <= 3; ++k) {
        const auto address = ServerAddress::parse(sandboxServers().at(serverOf(k)));
        auto db = ConnectionPool::openConnection(admin(k), *address, {}, login());
        QVERIFY2(db,
                 qPrintable(QStringLiteral("sandbox server %1 is not reachable (%2); start it with "
                                           "scripts/sandbox start 5")
                                .arg(address->toString(), db ? QString() : db.error().fullText())));
        const QString d = database(k);
        for (const QString &sql :
             {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(d), QStringLiteral("CREATE DATABASE %1").arg(d),
              QStringLiteral("CREATE TABLE %1.user (id BIGINT AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT NOT NULL, "
                             "userid VARCHAR(255), KEY(VIRTUAL_SHARD)) ENGINE=InnoDB")
                  .arg(d),
              QStringLiteral("CREATE TABLE %1.user_comment (id BIGINT AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT "
                             "NOT NULL, user_id BIGINT, comment TEXT, KEY(VIRTUAL_SHARD)) ENGINE=InnoDB")
                  .arg(d),
              QStringLiteral("CREATE TABLE %1.settings (name VARCHAR(64) PRIMARY KEY, value TEXT) ENGINE=InnoDB")
                  .arg(d),
              QStringLiteral("INSERT INTO %1.settings VALUES ('a', REPEAT('x', 500)), ('b', 'y')").arg(d)}) {
            auto done = run(k, sql);
            QVERIFY2(done, qPrintable(done.error().fullText()));
        }
    }
    for (const Rows &rows : Data) {
        for (int i = 0; i < rows.count; ++i) {
            const QString sql = rows.table == QStringLiteral("user")
                ? QStringLiteral("INSERT INTO %1.user (VIRTUAL_SHARD, userid) VALUES (%2, "
                                 "CONCAT('user', %3, '@example.com'))")
                : QStringLiteral("INSERT INTO %1.user_comment (VIRTUAL_SHARD, user_id, comment) "
                                 "VALUES (%2, %3, REPEAT('comment ', 40))");
            auto done = run(rows.database, sql.arg(database(rows.database)).arg(rows.vshard).arg(i));
            QVERIFY2(done, qPrintable(done.error().fullText()));
        }
    }
    // AVG_ROW_LENGTH is refreshed by ANALYZE, as it would be over time on a live server.
    for (int k = 1; k <= 3; ++k) {
        auto done = run(k, QStringLiteral("ANALYZE TABLE %1.user, %1.user_comment").arg(database(k)));
        QVERIFY2(done, qPrintable(done.error().fullText()));
    }
}

void TestVShardSizer::cleanupTestCase()
{
    for (int k = 1; k <= 3; ++k) {
        if (QSqlDatabase::contains(admin(k))) {
            (void)run(k, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database(k)));
            QSqlDatabase::removeDatabase(admin(k));
        }
    }
}

double TestVShardSizer::expectedMb(int vshard)
{
    double mb = 0;
    for (const Rows &rows : Data) {
        if (rows.vshard != vshard)
            continue;
        auto average = run(rows.database,
                           QStringLiteral("SELECT COALESCE(AVG_ROW_LENGTH, 0) FROM information_schema.TABLES "
                                          "WHERE TABLE_SCHEMA = '%1' AND TABLE_NAME = '%2'")
                               .arg(database(rows.database), rows.table));
        if (!average || !average->next())
            return -1;
        mb += rows.count * std::max(1.0, average->value(0).toDouble()) / (1024.0 * 1024.0);
    }
    return mb;
}

void TestVShardSizer::countsTheRowsOfEveryShardedTableOnEveryShard()
{
    const auto sizes
        = VShardSizer::measure(topology(), [](const Shard &) { return Result<ConnectionOptions>(login()); });
    QVERIFY2(sizes, qPrintable(sizes.error().fullText()));
    QCOMPARE(sizes->value(0).rows, qint64(3 + 6 + 2)); // users and comments, head and overflow shard
    QCOMPARE(sizes->value(3).rows, qint64(1));
    QCOMPARE(sizes->value(5).rows, qint64(4 + 40));
    QVERIFY(!sizes->contains(7)); // no rows: not measured, taken as empty
    QCOMPARE(sizes->size(), 3);
}

void TestVShardSizer::weighsRowsByEachTablesAverageLength()
{
    const auto sizes
        = VShardSizer::measure(topology(), [](const Shard &) { return Result<ConnectionOptions>(login()); });
    QVERIFY2(sizes, qPrintable(sizes.error().fullText()));
    for (int vshard : {0, 3, 5}) {
        const double expected = expectedMb(vshard);
        QVERIFY(expected > 0);
        QVERIFY2(qAbs(sizes->value(vshard).mb - expected) < 1e-9,
                 qPrintable(QStringLiteral("vshard %1: %2 MB, expected %3")
                                .arg(vshard)
                                .arg(sizes->value(vshard).mb)
                                .arg(expected)));
    }
    QVERIFY(sizes->value(5).mb > sizes->value(3).mb);
}

void TestVShardSizer::aShardWithoutItsDatabaseCountsAsEmpty()
{
    // A shard described but not created yet holds nothing: the others are still measured.
    Topology t = topology();
    t.shards[1].database = QStringLiteral("sd_it_sizer_missing");
    const auto sizes = VShardSizer::measure(t, [](const Shard &) { return Result<ConnectionOptions>(login()); });
    QVERIFY2(sizes, qPrintable(sizes.error().fullText()));
    QCOMPARE(sizes->value(0).rows, qint64(3 + 6)); // not the 2 users of the overflow shard
    QCOMPARE(sizes->value(5).rows, qint64(4 + 40));
}

void TestVShardSizer::aShardThatCannotBeReadFailsTheMeasurement()
{
    const auto sizes = VShardSizer::measure(topology(), wrongPasswordFor(3));
    QVERIFY(!sizes);
    QVERIFY2(sizes.error().fullText().contains(m_hosts.at(1)), qPrintable(sizes.error().fullText()));
}

void TestVShardSizer::countsOnlyTheVShardsAskedFor()
{
    const auto sizes
        = VShardSizer::measure(topology(), [](const Shard &) { return Result<ConnectionOptions>(login()); }, {0, 7});
    QVERIFY2(sizes, qPrintable(sizes.error().fullText()));
    QCOMPARE(sizes->value(0).rows, qint64(3 + 6 + 2));
    QCOMPARE(sizes->size(), 1); // 3 and 5 hold rows but were not asked for; 7 holds none
    QVERIFY(qAbs(sizes->value(0).mb - expectedMb(0)) < 1e-9);

    // Vshard 0's bucket is shards 1 and 2: shard 3, which cannot be read, is not asked.
    const auto onlyBucket1 = VShardSizer::measure(topology(), wrongPasswordFor(3), {0});
    QVERIFY2(onlyBucket1, qPrintable(onlyBucket1.error().fullText()));
    QCOMPARE(onlyBucket1->value(0).rows, qint64(3 + 6 + 2));
}

QTEST_GUILESS_MAIN(TestVShardSizer)
#include "TestVShardSizer.moc"
