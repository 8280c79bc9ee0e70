#include "rebalance/RowCopier.h"
#include "rebalance/ShardLink.h"

#include "MoveCluster.h"

#include <QtTest>

using namespace ShardDesk;
using namespace ShardDesk::Testing;

// The mover's row copy (issue 6): rows travel as INSERT text statements whose literals must give back every
// stored value exactly, for every column type, however the rows are cut into statements; the batch's
// vshards and nothing else are copied and deleted.
class TestRowCopier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void copiesEveryColumnTypeExactly_data();
    void copiesEveryColumnTypeExactly();
    void copyLeavesAnotherVShardsRowWithTheSameIdAlone();
    void removeDeletesOnlyTheBatch_data();
    void removeDeletesOnlyTheBatch();
    void removeGoesOnUntilTheBatchIsGone_data();
    void removeGoesOnUntilTheBatchIsGone();
    void removeByKeysKeepsEachStatementWithinItsBytes();

private:
    Shard shard(int k) const;
    std::unique_ptr<ShardLink> link(int k) const;
    Result<ShardedTable> table();
    // Every row of side k as text, every column's bytes in hex (FLOATs as doubles, exactly), by id.
    QStringList rows(int k, const QString &where);
};

namespace {

constexpr int Source = 1;
constexpr int Target = 2;

QString database(int k)
{
    return QStringLiteral("sd_it_rowcopier_%1").arg(k);
}

QString admin(int k)
{
    return QStringLiteral("sd-it-rowcopier-admin-%1").arg(k);
}

Result<void> run(int k, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(admin(k), false));
    if (!query.exec(sql))
        return makeError(sql + QStringLiteral(": ") + query.lastError().text());
    return {};
}

const QString Columns = QStringLiteral(
    "id BIGINT NOT NULL PRIMARY KEY, VIRTUAL_SHARD INT NOT NULL, tiny TINYINT, ubig BIGINT UNSIGNED, bits BIT(12), "
    "dec_v DECIMAL(30,10), dbl DOUBLE, flt FLOAT, d DATE, dt DATETIME(6), ts TIMESTAMP(6) NULL, tm TIME(6), yr YEAR, "
    "vc VARCHAR(100), lat VARCHAR(100) CHARACTER SET latin1, txt TEXT, bin VARBINARY(300), blb BLOB, "
    "fixed BINARY(4), en ENUM('a','b''q','c\\\\d'), st SET('x','y','z'), js JSON, ip INET6, KEY(VIRTUAL_SHARD)");

// Vshards 3 and 7 are the batch; 5 is not. Row 1 holds extremes, row 2 NULLs, row 3 empties, row 4 all 256 bytes.
const QStringList Rows = {
    QStringLiteral("(1, 3, -128, 18446744073709551615, b'101010101010', 12345678901234567890.0123456789, "
                   "2.2250738585072014e-308, 3.14159, '1000-01-01', '9999-12-31 23:59:59.999999', "
                   "'2038-01-19 03:14:07.123456', '-838:59:59.000001', 2155, "
                   "CONCAT('it''s \\\\ a \\\"test\\\" ', _utf8mb4 X'F09F9880', ' ', CHAR(0 USING utf8mb4), ' end'), "
                   "_latin1 X'E9E8FF', REPEAT('long text ', 500), X'00FF27225C0A', X'DEADBEEF', X'00000001', "
                   "'b''q', 'x,z', '{\"a\": [1, 2.5, \"\\\\u00e9\"]}', '2001:db8::1')"),
    QStringLiteral("(2, 7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                   "NULL, NULL, NULL, NULL, NULL, NULL)"),
    QStringLiteral("(3, 3, 0, 0, b'0', 0, -0.1, 1e-40, '2024-02-29', '2024-03-31 02:30:00', "
                   "'1970-01-01 00:00:01', '00:00:00', 1901, '', '', '', X'', X'', X'00000000', 'c\\\\d', '', '[]', "
                   "'::')"),
    QStringLiteral("(4, 7, 127, 1, b'111111111111', -0.0000000001, 1e308, 16777217, '2000-01-01', '2000-01-01', "
                   "NULL, '838:59:59', 2000, 'x', 'y', 'z', CONCAT(%1), CONCAT(%1), X'FFFFFFFF', 'a', 'x,y,z', "
                   "'null', 'ffff::ffff')"),
    QStringLiteral("(5, 5, 1, 2, b'1', 1, 1, 1, '2001-01-01', '2001-01-01', NULL, '01:00:00', 2001, 'other', 'o', "
                   "'o', X'01', X'01', X'01020304', 'a', 'y', '{}', NULL)"),
};

} // namespace

Shard TestRowCopier::shard(int k) const
{
    Shard s;
    s.id = k;
    s.host = ServerAddress::parse(sandboxServers().value(k - 1))->host();
    s.database = database(k);
    s.user = sandboxUser();
    return s;
}

std::unique_ptr<ShardLink> TestRowCopier::link(int k) const
{
    auto made = std::make_unique<ShardLink>(shard(k),
                                            [](const Shard &) -> Result<ConnectionOptions> { return moveOptions(); });
    // As VShardTransfer sets them: TIMESTAMPs travel in UTC.
    made->setSessionStatements({QStringLiteral("SET SESSION time_zone = '+00:00'")});
    return made;
}

void TestRowCopier::initTestCase()
{
    for (int k : {Source, Target}) {
        const auto address = ServerAddress::parse(sandboxServers().value(k - 1));
        QVERIFY2(address.ok(), "the sandbox needs two servers: scripts/sandbox start 5");
        auto db = ConnectionPool::openConnection(admin(k), *address, {}, moveOptions());
        QVERIFY2(db.ok(),
                 qPrintable(QStringLiteral("Sandbox server %1 is not reachable (%2). Start the sandbox with: "
                                           "scripts/sandbox start 5")
                                .arg(address->toString(), db.error().fullText())));
    }
}

void TestRowCopier::init()
{
    for (int k : {Source, Target}) {
        for (const QString &sql : {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database(k)),
                                   QStringLiteral("CREATE DATABASE %1 DEFAULT CHARSET utf8mb4").arg(database(k)),
                                   QStringLiteral("CREATE TABLE %1.t (%2) ENGINE=InnoDB").arg(database(k), Columns)}) {
            const auto done = run(k, sql);
            QVERIFY2(done.ok(), qPrintable(done.error().message));
        }
    }
    QStringList bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(QStringLiteral("CHAR(%1)").arg(b));
    QString values = Rows.join(QStringLiteral(", "));
    values.replace(QStringLiteral("%1"), bytes.join(QStringLiteral(", ")));
    const auto inserted = run(Source, QStringLiteral("INSERT INTO %1.t VALUES %2").arg(database(Source), values));
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
}

void TestRowCopier::cleanupTestCase()
{
    for (int k : {Source, Target}) {
        (void)run(k, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database(k)));
        QSqlDatabase::removeDatabase(admin(k));
    }
}

Result<ShardedTable> TestRowCopier::table()
{
    auto source = link(Source);
    auto tables = ShardedTables::discover(*source);
    if (!tables)
        return tables.error();
    if (tables->size() != 1)
        return makeError(QStringLiteral("expected one sharded table"));
    return tables->constFirst();
}

QStringList TestRowCopier::rows(int k, const QString &where)
{
    QStringList parts;
    const QStringList names = {QStringLiteral("VIRTUAL_SHARD"),
                               QStringLiteral("tiny"),
                               QStringLiteral("ubig"),
                               QStringLiteral("bits"),
                               QStringLiteral("dec_v"),
                               QStringLiteral("dbl"),
                               QStringLiteral("CAST(flt AS DOUBLE)"),
                               QStringLiteral("d"),
                               QStringLiteral("dt"),
                               QStringLiteral("ts"),
                               QStringLiteral("tm"),
                               QStringLiteral("yr"),
                               QStringLiteral("vc"),
                               QStringLiteral("lat"),
                               QStringLiteral("txt"),
                               QStringLiteral("bin"),
                               QStringLiteral("blb"),
                               QStringLiteral("fixed"),
                               QStringLiteral("en"),
                               QStringLiteral("st"),
                               QStringLiteral("js"),
                               QStringLiteral("ip")};
    for (const QString &name : names)
        parts.append(QStringLiteral("IFNULL(HEX(CAST(%1 AS BINARY)), 'NULL')").arg(name));
    QSqlQuery query(QSqlDatabase::database(admin(k), false));
    const QString sql = QStringLiteral("SELECT CONCAT_WS('|', id, %1) FROM %2.t WHERE %3 ORDER BY id")
                            .arg(parts.join(QStringLiteral(", ")), database(k), where);
    if (!query.exec(sql))
        return {query.lastError().text()};
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

void TestRowCopier::copiesEveryColumnTypeExactly_data()
{
    QTest::addColumn<qsizetype>("statementBytes");
    QTest::newRow("a statement per row") << qsizetype(1);
    QTest::newRow("one statement for all") << qsizetype(1024 * 1024);
}

void TestRowCopier::copiesEveryColumnTypeExactly()
{
    QFETCH(qsizetype, statementBytes);
    const auto found = table();
    QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
    const RowCopier copier(*found, {3, 7});
    auto source = link(Source);
    auto target = link(Target);
    qint64 lastKey = 0;
    RowCopier::Keys keys;
    const auto copied = copier.copy(*source, *target, &lastKey, statementBytes, {}, &keys);
    QVERIFY2(copied.ok(), qPrintable(copied.error().fullText()));
    QCOMPARE(*copied, qint64(4));
    QCOMPARE(lastKey, qint64(4));
    QCOMPARE(keys, (RowCopier::Keys {1, 2, 3, 4})); // what the clean-up deletes by
    RowCopier::Keys someKeys;
    lastKey = 0;
    QVERIFY(copier.copy(*source, *target, &lastKey, statementBytes, {}, &someKeys, 3).ok());
    QCOMPARE(someKeys, (RowCopier::Keys {1, 2, 3})); // no more than asked for: the clean-up sweeps the rest

    const QString batch = QStringLiteral("VIRTUAL_SHARD IN (3, 7)");
    const QStringList expected = rows(Source, batch);
    QCOMPARE(expected.size(), 4);
    QCOMPARE(rows(Target, QStringLiteral("TRUE")), expected);
    const auto onSource = copier.checksums(*source);
    const auto onTarget = copier.checksums(*target);
    QVERIFY(onSource.ok() && onTarget.ok());
    QVERIFY(*onSource == *onTarget);
    QCOMPARE(onSource->size(), size_t(2));

    // Copying again from the start changes nothing.
    lastKey = 0;
    QVERIFY(copier.copy(*source, *target, &lastKey, statementBytes, {}).ok());
    QCOMPARE(rows(Target, QStringLiteral("TRUE")), expected);
}

void TestRowCopier::copyLeavesAnotherVShardsRowWithTheSameIdAlone()
{
    const auto found = table();
    QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
    QVERIFY(run(Target,
                QStringLiteral("INSERT INTO %1.t (id, VIRTUAL_SHARD, vc) VALUES (1, 9, 'mine')").arg(database(Target)))
                .ok());
    const QStringList before = rows(Target, QStringLiteral("id = 1"));
    const RowCopier copier(*found, {3, 7});
    auto source = link(Source);
    auto target = link(Target);
    qint64 lastKey = 0;
    QVERIFY(copier.copy(*source, *target, &lastKey, 1024, {}).ok());
    QCOMPARE(rows(Target, QStringLiteral("id = 1")), before);
    const auto onSource = copier.checksums(*source);
    const auto onTarget = copier.checksums(*target);
    QVERIFY(onSource.ok() && onTarget.ok());
    QVERIFY(onSource->at(3) != onTarget->at(3)); // the collision shows, and would stop the switch
}

void TestRowCopier::removeDeletesOnlyTheBatch_data()
{
    QTest::addColumn<QList<qint64>>("keys");
    QTest::addColumn<QList<qint64>>("chunks");
    QTest::newRow("by vshard") << QList<qint64> {} << QList<qint64> {4};
    // Row 5 is vshard 5's and must stay although its key is given; rows 3 and 4 are the batch's and must go
    // although their keys are not (the sweep by vshard after the keys).
    QTest::newRow("by keys, then the rest") << QList<qint64> {1, 2, 5, 99} << QList<qint64> {2, 2};
}

void TestRowCopier::removeDeletesOnlyTheBatch()
{
    QFETCH(QList<qint64>, keys);
    QFETCH(QList<qint64>, chunks);
    const auto found = table();
    QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
    const RowCopier copier(*found, {3, 7});
    auto source = link(Source);
    const QStringList other = rows(Source, QStringLiteral("VIRTUAL_SHARD = 5"));
    QCOMPARE(other.size(), qsizetype(1));
    QList<qint64> told;
    const auto removed = copier.remove(
        *source,
        [&told](qint64 rows) -> Result<void> {
            told.append(rows);
            return {};
        },
        RowCopier::Keys(keys.cbegin(), keys.cend()));
    QVERIFY2(removed.ok(), qPrintable(removed.error().fullText()));
    QCOMPARE(*removed, qint64(4));
    QCOMPARE(told, chunks);
    QCOMPARE(rows(Source, QStringLiteral("TRUE")), other);
}

void TestRowCopier::removeGoesOnUntilTheBatchIsGone_data()
{
    QTest::addColumn<int>("keysGiven");
    QTest::addColumn<QList<qint64>>("chunks");
    QTest::newRow("by vshard") << 0 << QList<qint64> {RowCopier::DeleteRows, RowCopier::DeleteRows, 6};
    // 7,000 of the keys the copy wrote: two statements by key, then the sweep by vshard takes the rest.
    QTest::newRow("by keys, then by vshard") << 7000 << QList<qint64> {RowCopier::DeleteRows, 2000, 3006};
}

void TestRowCopier::removeGoesOnUntilTheBatchIsGone()
{
    QFETCH(int, keysGiven);
    QFETCH(QList<qint64>, chunks);
    // More rows than two DELETE statements take: the loop must not stop after a full statement.
    const qint64 extra = 3 * RowCopier::DeleteRows + 3; // a third each in vshards 3, 7 and 5
    const QString insert = QStringLiteral("INSERT INTO %1.t (id, VIRTUAL_SHARD) "
                                          "SELECT 1000 + seq, ELT(1 + seq MOD 3, 3, 7, 5) FROM %1.seq_1_to_%2");
    const auto inserted = run(Source, insert.arg(database(Source)).arg(extra));
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
    const auto found = table();
    QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
    const RowCopier copier(*found, {3, 7});
    auto source = link(Source);
    const qint64 batchRows = 2 * RowCopier::DeleteRows + 2 + 4;
    RowCopier::Keys keys;
    if (keysGiven > 0) {
        auto target = link(Target);
        qint64 lastKey = 0;
        QVERIFY(copier.copy(*source, *target, &lastKey, 1024 * 1024, {}, &keys).ok());
        QCOMPARE(qint64(keys.size()), batchRows);
        keys.resize(size_t(keysGiven));
    }
    const QStringList other = rows(Source, QStringLiteral("VIRTUAL_SHARD = 5"));
    QCOMPARE(other.size(), qsizetype(extra / 3 + 1));
    QList<qint64> told;
    const auto removed = copier.remove(
        *source,
        [&told](qint64 rows) -> Result<void> {
            told.append(rows);
            return {};
        },
        keys);
    QVERIFY2(removed.ok(), qPrintable(removed.error().fullText()));
    QCOMPARE(*removed, batchRows);
    QCOMPARE(told, chunks);
    QCOMPARE(rows(Source, QStringLiteral("TRUE")), other);
}

void TestRowCopier::removeByKeysKeepsEachStatementWithinItsBytes()
{
    // Ids 10000 + seq: five digits and a comma each (the closing parenthesis stands for the last comma), so
    // 16 KiB after the head hold 2,730 such keys, where DeleteRows alone would put 5,000 in a statement.
    constexpr qsizetype Bytes = 16 * 1024;
    constexpr qint64 KeysGiven = 7000;
    constexpr qint64 BatchRows = 10006;
    const QString insert = QStringLiteral("INSERT INTO %1.t (id, VIRTUAL_SHARD) "
                                          "SELECT 10000 + seq, ELT(1 + seq MOD 2, 3, 7) FROM %1.seq_1_to_%2");
    const auto inserted = run(Source, insert.arg(database(Source)).arg(BatchRows - 4));
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
    const auto found = table();
    QVERIFY2(found.ok(), qPrintable(found.error().fullText()));
    const RowCopier copier(*found, {3, 7});
    auto source = link(Source);
    RowCopier::Keys keys;
    {
        auto target = link(Target);
        qint64 lastKey = 0;
        QVERIFY(copier.copy(*source, *target, &lastKey, 1024 * 1024, {}, &keys).ok());
    }
    QCOMPARE(qint64(keys.size()), BatchRows);
    keys.resize(size_t(KeysGiven));
    QList<qint64> told;
    const auto removed = copier.remove(
        *source,
        [&told](qint64 rows) -> Result<void> {
            told.append(rows);
            return {};
        },
        keys, Bytes);
    QVERIFY2(removed.ok(), qPrintable(removed.error().fullText()));
    QCOMPARE(*removed, BatchRows);
    // Three statements by key, each as full as the bytes allow, then one sweep by vshard for the rest.
    QCOMPARE(told.size(), qsizetype(4));
    QCOMPARE(told.at(0) + told.at(1) + told.at(2), KeysGiven);
    // The first also holds the four one-digit ids of the rows init() made.
    QVERIFY2(told.at(0) >= Bytes / 6 && told.at(0) <= Bytes / 6 + 4, qPrintable(QString::number(told.at(0))));
    QCOMPARE(told.at(1), Bytes / 6);
    QCOMPARE(told.at(3), BatchRows - KeysGiven);
    QCOMPARE(rows(Source, QStringLiteral("VIRTUAL_SHARD IN (3, 7)")), QStringList());
}

QTEST_GUILESS_MAIN(TestRowCopier)
#include "TestRowCopier.moc"
