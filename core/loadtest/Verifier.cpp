#include "Verifier.h"

#include "db/SqlIdentifier.h"
#include "loadtest/UserGenerator.h"
#include "routing/RoutingTable.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtConcurrentRun>

namespace ShardDesk {

namespace {

using Rows = QList<QVariantList>;

// Runs sql as a pooled prepared statement on the calling thread's connection to shard's server and
// returns every row. No default database: statements name `db`.`table`.
Result<Rows> select(ConnectionPool &pool, const ConnectionOptionsProvider &provider, const Shard &shard,
                    const QString &sql, const QVariantList &values, const QString &context)
{
    auto server = ServerAddress::fromHostPort(shard.host, shard.port);
    if (!server)
        return server.error();
    auto options = provider(shard);
    if (!options)
        return options.error();
    auto db = pool.connection(*server, QString(), *options);
    if (!db)
        return db.error();
    auto query = pool.prepared(*db, sql, context);
    if (!query) {
        pool.discard(*server, QString(), options->user);
        return query.error();
    }
    QSqlQuery *q = *query;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        const Error error = ConnectionPool::errorFrom(q->lastError(), context);
        q->finish();
        if (error.kind == Error::Kind::Timeout || error.kind == Error::Kind::Unreachable)
            pool.discard(*server, QString(), options->user);
        return error;
    }
    Rows rows;
    const int columns = q->record().count();
    while (q->next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(q->value(c));
        rows.append(row);
    }
    q->finish();
    return rows;
}

// How many keys a report names as examples.
constexpr int ExampleKeys = 10;

qint64 first(const Rows &rows)
{
    return rows.isEmpty() ? 0 : rows.constFirst().value(0).toLongLong();
}

} // namespace

Verifier::Verifier(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider options)
    : m_topology(std::move(topology)), m_options(std::move(options))
{
    m_threads.setMaxThreadCount(16);
}

Verifier::~Verifier()
{
    m_threads.waitForDone();
}

void Verifier::closeConnections()
{
    // Closed by the task itself: a thread's leftover connections would otherwise be closed by its
    // thread_local registry while the thread exits, which can race with the end of the process.
    m_pool.closeThreadConnections();
}

Verifier::ShardReport Verifier::checkShard(const Shard &shard, const Options &options)
{
    ShardReport report;
    report.shardId = shard.id;
    report.name = shard.displayName();
    const QString user = SqlIdentifier::qualified(shard.database, QStringLiteral("user"));
    const QString comment = SqlIdentifier::qualified(shard.database, QStringLiteral("user_comment"));
    const QString key = SqlIdentifier::quote(m_topology->settings.keyColumn);
    const QVariantList pattern {UserGenerator(options.seed).keyPattern()};
    const QString context = tr("Could not check shard %1.").arg(shard.displayName());
    auto run = [&](const QString &sql) { return select(m_pool, m_options, shard, sql, pattern, context); };

    auto counts = run(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT %1) FROM %2 WHERE %1 LIKE ?").arg(key, user));
    auto joined = counts ? run(QStringLiteral("SELECT COUNT(*) FROM %2 u JOIN %3 c ON c.user_id = u.id WHERE u.%1 LIKE ?")
                                   .arg(key, user, comment))
                         : Result<Rows>(counts.error());
    auto orphans = joined ? run(QStringLiteral("SELECT COUNT(*) FROM %2 u LEFT JOIN %3 c ON c.user_id = u.id "
                                               "WHERE u.%1 LIKE ? AND c.id IS NULL")
                                    .arg(key, user, comment))
                          : joined;
    // A fixed word, never caller text: AGAINST needs a constant.
    auto elephants = orphans ? run(QStringLiteral("SELECT COUNT(*) FROM %3 c JOIN %2 u ON u.id = c.user_id WHERE "
                                                  "MATCH(c.keyword) AGAINST ('elephant' IN BOOLEAN MODE) AND u.%1 LIKE ?")
                                       .arg(key, user, comment))
                             : orphans;
    auto perVShard = elephants ? run(QStringLiteral("SELECT VIRTUAL_SHARD, COUNT(*), SUM(VIRTUAL_SHARD <> CRC32(%1) % %3) "
                                                    "FROM %2 WHERE %1 LIKE ? GROUP BY VIRTUAL_SHARD")
                                         .arg(key, user)
                                         .arg(m_topology->settings.vshardCount))
                               : elephants;
    // The scatter half of a scatter-gather: every row of the table, whatever run wrote it.
    auto all = perVShard ? select(m_pool, m_options, shard, QStringLiteral("SELECT COUNT(*) FROM %1").arg(user), {}, context)
                         : perVShard;
    if (!all) {
        report.status = all.error();
        return report;
    }
    report.allUsers = first(*all);
    report.users = counts->constFirst().value(0).toLongLong();
    report.distinctKeys = counts->constFirst().value(1).toLongLong();
    report.comments = first(*joined);
    report.usersWithoutComments = first(*orphans);
    report.elephants = first(*elephants);
    const int head = m_topology->headOf(shard.id);
    QList<int> wrongVShards;
    for (const QVariantList &row : std::as_const(*perVShard)) {
        const int vshard = row.value(0).toInt();
        report.rowsPerVShard.insert(vshard, row.value(1).toLongLong());
        report.wrongVShard += row.value(2).toLongLong();
        const bool mapped = vshard >= 0 && vshard < m_topology->vshards.count();
        if (!mapped || m_topology->vshards.headOf(vshard) != head) {
            report.wrongBucket += row.value(1).toLongLong();
            wrongVShards.append(vshard);
        }
    }
    if (report.wrongVShard > 0 || report.wrongBucket > 0)
        report.misplacedKeys = misplacedKeys(shard, wrongVShards, options);
    return report;
}

// A few keys of the rows on shard that fail the placement audit, for the report.
QStringList Verifier::misplacedKeys(const Shard &shard, const QList<int> &wrongVShards, const Options &options)
{
    const QString key = SqlIdentifier::quote(m_topology->settings.keyColumn);
    QStringList conditions {
        QStringLiteral("VIRTUAL_SHARD <> CRC32(%1) % %2").arg(key).arg(m_topology->settings.vshardCount)};
    QStringList ids;
    for (int vshard : wrongVShards.mid(0, 100)) // numbers read from the server as integers, not text
        ids.append(QString::number(vshard));
    if (!ids.isEmpty())
        conditions.append(QStringLiteral("VIRTUAL_SHARD IN (%1)").arg(ids.join(QLatin1Char(','))));
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %1 LIKE ? AND (%3) LIMIT %4")
                            .arg(key, SqlIdentifier::qualified(shard.database, QStringLiteral("user")),
                                 conditions.join(QStringLiteral(" OR ")))
                            .arg(ExampleKeys);
    auto rows = select(m_pool, m_options, shard, sql, {UserGenerator(options.seed).keyPattern()},
                       tr("Could not read the misplaced keys of shard %1.").arg(shard.displayName()));
    QStringList keys;
    for (const QVariantList &row : rows ? *rows : Rows())
        keys.append(tr("%1 on shard %2").arg(row.value(0).toString(), shard.displayName()));
    return keys;
}

// Why a bucket is enough: a row of key K belongs in the bucket of vshard(K) = CRC32(K) mod N. A copy of K
// on a shard outside that bucket is already a placement-audit failure (wrongBucket), and a copy with a
// wrong VIRTUAL_SHARD a wrongVShard one; so the duplicates left to find are copies of K within its own
// bucket — the head and its overflow shards, on one or several servers. Those are found vshard group by
// vshard group: the group's keys are read from every shard of the bucket and counted, so memory holds
// about Options::keysInMemory keys at a time whatever the cluster's size (10,000,000 users: 100 groups, not 10M
// keys at once), and each read uses the VIRTUAL_SHARD index.
Verifier::Duplicates Verifier::duplicatesInBucket(const QList<int> &bucket, const QList<ShardReport> &reports,
                                                  const Options &options)
{
    const int head = bucket.constFirst();
    QMap<int, qint64> rows; // the bucket's own vshards that hold rows of this run, in order
    for (const ShardReport &report : reports) {
        if (!bucket.contains(report.shardId))
            continue;
        for (auto it = report.rowsPerVShard.cbegin(); it != report.rowsPerVShard.cend(); ++it) {
            if (it.key() >= 0 && it.key() < m_topology->vshards.count() && m_topology->vshards.headOf(it.key()) == head)
                rows[it.key()] += it.value();
        }
    }
    const QString key = SqlIdentifier::quote(m_topology->settings.keyColumn);
    const QString pattern = UserGenerator(options.seed).keyPattern();
    Duplicates result;
    for (auto it = rows.cbegin(); it != rows.cend();) {
        const int from = it.key();
        int to = from;
        qint64 inGroup = 0;
        for (; it != rows.cend() && (inGroup == 0 || inGroup + it.value() <= options.keysInMemory); ++it) {
            inGroup += it.value();
            to = it.key();
        }
        QHash<QString, int> copies;
        copies.reserve(qsizetype(inGroup));
        for (int id : bucket) {
            const Shard *shard = m_topology->shard(id);
            if (!shard)
                continue;
            const QString sql
                = QStringLiteral("SELECT VIRTUAL_SHARD, %1 FROM %2 WHERE VIRTUAL_SHARD BETWEEN ? AND ? AND %1 LIKE ?")
                      .arg(key, SqlIdentifier::qualified(shard->database, QStringLiteral("user")));
            auto found = select(m_pool, m_options, *shard, sql, {from, to, pattern},
                                tr("Could not look for duplicate keys on shard %1.").arg(shard->displayName()));
            if (!found) {
                result.status = found.error();
                return result;
            }
            for (const QVariantList &row : std::as_const(*found)) {
                if (rows.contains(row.value(0).toInt())) // vshards between of other buckets: the audit's
                    ++copies[row.value(1).toString()];
            }
        }
        for (auto copy = copies.cbegin(); copy != copies.cend(); ++copy) {
            if (copy.value() < 2)
                continue;
            result.extraCopies += copy.value() - 1;
            if (result.keys.size() < ExampleKeys)
                result.keys.append(copy.key());
        }
    }
    return result;
}

void Verifier::checkDuplicates(Report &report, const Options &options)
{
    QElapsedTimer clock;
    clock.start();
    QList<QFuture<Duplicates>> futures;
    for (const ShardReport &shard : std::as_const(report.shards)) {
        if (!shard.status || m_topology->headOf(shard.shardId) != shard.shardId)
            continue;
        const QList<int> bucket = m_topology->bucket(shard.shardId);
        int shardsWithRows = 0;
        qint64 extraInOneShard = 0;
        for (const ShardReport &other : std::as_const(report.shards)) {
            if (bucket.contains(other.shardId) && other.users > 0) {
                ++shardsWithRows;
                extraInOneShard += other.users - other.distinctKeys;
            }
        }
        // One shard with rows: COUNT(DISTINCT) on the server already says there is nothing to find.
        if (shardsWithRows < 2 && extraInOneShard == 0)
            continue;
        futures.append(QtConcurrent::run(&m_threads, [this, bucket, shards = report.shards, options] {
            Duplicates found = duplicatesInBucket(bucket, shards, options);
            closeConnections();
            return found;
        }));
    }
    for (QFuture<Duplicates> &future : futures) {
        const Duplicates found = future.result();
        if (!found.status)
            report.problems.append(found.status.error().fullText());
        report.duplicates += found.extraCopies;
        for (const QString &key : found.keys) {
            if (report.duplicateKeys.size() < ExampleKeys)
                report.duplicateKeys.append(key);
        }
    }
    report.duplicateCheckSeconds = double(clock.elapsed()) / 1000.0;
}

Verifier::SampleResult Verifier::checkSample(const QList<qint64> &indices, const Options &options)
{
    SampleResult result;
    const UserGenerator generator(options.seed);
    const RoutingTable routing(m_topology);
    const QString key = SqlIdentifier::quote(m_topology->settings.keyColumn);
    for (qint64 i : indices) {
        const GeneratedUser expected = generator.user(i);
        const Route route = routing.route(expected.key);
        Rows rows;
        // The user and its comments, joined by id: read back by key along the bucket's chain.
        for (int id : routing.bucket(route.headId)) {
            const Shard *shard = m_topology->shard(id);
            if (!shard)
                continue;
            const QString sql = QStringLiteral("SELECT u.firstName, u.lastName, c.comment, c.keyword FROM %2 u "
                                               "LEFT JOIN %3 c ON c.user_id = u.id WHERE u.%1 = ? ORDER BY c.id")
                                    .arg(key, SqlIdentifier::qualified(shard->database, QStringLiteral("user")),
                                         SqlIdentifier::qualified(shard->database, QStringLiteral("user_comment")));
            auto found = select(m_pool, m_options, *shard, sql, {expected.key},
                                tr("Could not read back key %1 on shard %2.").arg(expected.key, shard->displayName()));
            if (!found) {
                result.status = found.error();
                return result;
            }
            rows += *found;
        }
        if (rows.isEmpty()) {
            ++result.missing;
            continue;
        }
        bool same = rows.size() == std::max(1, options.commentsPerUser);
        for (int c = 0; same && c < rows.size(); ++c) {
            const QVariantList &row = rows.at(c);
            same = row.value(0).toString() == expected.firstName && row.value(1).toString() == expected.lastName
                && (options.commentsPerUser == 0
                    || (row.value(2).toString() == generator.comment(i, c) && row.value(3).toString() == generator.keyword(i, c)));
        }
        if (!same) {
            ++result.mismatched;
            if (result.firstMismatch.isEmpty())
                result.firstMismatch = expected.key;
        }
    }
    return result;
}

Verifier::Report Verifier::run(const Options &options)
{
    QElapsedTimer clock;
    clock.start();
    Report report;
    report.options = options;
    QList<QFuture<ShardReport>> shardFutures;
    for (const Shard &shard : m_topology->shards)
        shardFutures.append(QtConcurrent::run(&m_threads, [this, shard, options] {
            ShardReport shardReport = checkShard(shard, options);
            closeConnections();
            return shardReport;
        }));

    // Evenly spread sample indices, checked in four parallel slices.
    const int sample = int(std::min<qint64>(options.sample, options.users));
    QList<QList<qint64>> slices(4);
    for (int j = 0; j < sample; ++j)
        slices[j % 4].append(qint64(j) * options.users / sample);
    QList<QFuture<SampleResult>> sampleFutures;
    for (const QList<qint64> &slice : std::as_const(slices))
        sampleFutures.append(QtConcurrent::run(&m_threads, [this, slice, options] {
            SampleResult part = checkSample(slice, options);
            closeConnections();
            return part;
        }));

    for (QFuture<ShardReport> &future : shardFutures) {
        const ShardReport shard = future.result();
        report.shards.append(shard);
        if (!shard.status) {
            report.problems.append(shard.status.error().fullText());
            continue;
        }
        report.found += shard.users;
        report.misplacedKeys += shard.misplacedKeys.mid(0, ExampleKeys - int(report.misplacedKeys.size()));
        report.comments += shard.comments;
        report.usersWithoutComments += shard.usersWithoutComments;
        report.elephants += shard.elephants;
        report.wrongVShard += shard.wrongVShard;
        report.wrongBucket += shard.wrongBucket;
        report.scatterRows += shard.allUsers;
    }
    checkDuplicates(report, options);
    report.sampled = sample;
    for (QFuture<SampleResult> &future : sampleFutures) {
        const SampleResult part = future.result();
        if (!part.status)
            report.problems.append(part.status.error().fullText());
        report.sampleMissing += part.missing;
        report.sampleMismatched += part.mismatched;
        if (!part.firstMismatch.isEmpty())
            report.problems.append(tr("The user %1 read back differs from the generated one.").arg(part.firstMismatch));
    }

    judge(report);
    report.elapsedSeconds = double(clock.elapsed()) / 1000.0;
    return report;
}

void Verifier::judge(Report &report) const
{
    const Options &o = report.options;
    const qint64 acknowledged = o.acknowledged < 0 ? o.users : o.acknowledged;
    if (report.found < acknowledged)
        report.problems.append(tr("Only %1 users were found, but %2 inserts were acknowledged.").arg(report.found).arg(acknowledged));
    if (report.found > acknowledged + o.unknown)
        report.problems.append(tr("%1 users were found: more than the %2 acknowledged and %3 unknown inserts.")
                                   .arg(report.found)
                                   .arg(acknowledged)
                                   .arg(o.unknown));
    if (report.duplicates > 0)
        report.problems.append(tr("Extra copies of keys stored in their bucket: %1, for example %2.")
                                   .arg(report.duplicates)
                                   .arg(report.duplicateKeys.join(QStringLiteral(", "))));
    if (o.commentsPerUser > 0 && report.usersWithoutComments > 0)
        report.problems.append(tr("%n user(s) have no comment.", "", int(report.usersWithoutComments)));
    const qint64 elephants = UserGenerator::elephantUsers(o.users) * o.commentsPerUser;
    const bool complete = report.found == o.users;
    if (o.commentsPerUser > 0 && (complete ? report.elephants != elephants : report.elephants > elephants))
        report.problems.append(tr("The FULLTEXT search found %1 \"elephant\" keywords; %2 were written.")
                                   .arg(report.elephants)
                                   .arg(elephants));
    if (report.wrongVShard > 0)
        report.problems.append(tr("%n row(s) have a VIRTUAL_SHARD that is not CRC32(key) mod N.", "", int(report.wrongVShard)));
    if (report.wrongBucket > 0)
        report.problems.append(tr("%n row(s) live outside the bucket the vshard map names.", "", int(report.wrongBucket)));
    if (!report.misplacedKeys.isEmpty())
        report.problems.append(
            tr("Misplaced rows, for example: %1.").arg(report.misplacedKeys.join(QStringLiteral(", "))));
    if (report.sampleMissing > o.users - acknowledged)
        report.problems.append(tr("%1 of %2 sampled keys were not found.").arg(report.sampleMissing).arg(report.sampled));
    if (report.scatterRows < report.found)
        report.problems.append(tr("Scatter-gather counted %1 rows, fewer than the %2 found by key.")
                                   .arg(report.scatterRows)
                                   .arg(report.found));
}

} // namespace ShardDesk
