#pragma once
// The cluster the rebalancing tests (issue 6) move vshards in: five heads, one per sandbox server (databases
// sd_it_move_1..5), 1,024 vshards spread over heads 1..4 (head 5 starts empty), the load test's schema,
// 10,000 preloaded users with one comment each, and the checks that every row is where the map says, once.
// Ids are unique across the cluster: preloaded rows have ids 1..10,000, and each shard's AUTO_INCREMENT
// starts at k * 10^9 (docs/REBALANCING.md: the mover keeps ids).

#include "Sandbox.h"
#include "db/ConnectionPool.h"
#include "routing/KeyHash.h"
#include "topology/Topology.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ShardDesk::Testing {

constexpr int MoveServers = 5;
constexpr int MoveVShards = 1024;
constexpr int PreloadedUsers = 10000;

inline QString moveDatabase(int k)
{
    return QStringLiteral("sd_it_move_%1").arg(k);
}

inline QString moveAdminConnection(int k)
{
    return QStringLiteral("sd-it-move-admin-%1").arg(k);
}

inline QString preloadedKey(int i)
{
    return QStringLiteral("user%1@example.com").arg(i);
}

inline ConnectionOptions moveOptions()
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    options.connectTimeoutSec = options.readTimeoutSec = options.writeTimeoutSec = 5;
    return options;
}

inline Topology moveTopology()
{
    Topology topology;
    topology.settings.vshardCount = MoveVShards;
    for (int k = 1; k <= MoveServers; ++k) {
        Shard shard;
        shard.id = k;
        shard.host = ServerAddress::parse(sandboxServers().at(k - 1))->host();
        shard.database = moveDatabase(k);
        shard.user = sandboxUser();
        shard.credentialRef = QStringLiteral("%1@%2").arg(shard.user, shard.host);
        shard.capacityMb = 100;
        topology.shards << shard;
    }
    topology.vshards = VShardMap(MoveVShards);
    topology.vshards.spreadEvenly({1, 2, 3, 4});
    return topology;
}

// Runs sql on server k as the test's administrator; fails with the server's words.
inline Result<QSqlQuery> moveAdmin(int k, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(QSqlDatabase::database(moveAdminConnection(k), false));
    bool done = values.isEmpty() ? query.exec(sql) : query.prepare(sql);
    if (done && !values.isEmpty()) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        done = query.exec();
    }
    if (!done)
        return makeError(sql + QStringLiteral(": ") + query.lastError().text());
    return query;
}

inline QStringList moveSchema(int k)
{
    const QString db = moveDatabase(k);
    const qint64 firstId = qint64(k) * 1000000000;
    return {
        QStringLiteral("DROP DATABASE IF EXISTS %1").arg(db), QStringLiteral("CREATE DATABASE %1").arg(db),
        QStringLiteral("CREATE TABLE %1.user (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD INT NOT "
                       "NULL, userid VARCHAR(255) COLLATE utf8mb4_bin, firstName VARCHAR(64), lastName VARCHAR(64), "
                       "validated TINYINT, suspended TINYINT, KEY(userid), KEY(VIRTUAL_SHARD)) ENGINE=InnoDB "
                       "DEFAULT CHARSET=utf8mb4 AUTO_INCREMENT=%2")
            .arg(db)
            .arg(firstId),
        QStringLiteral("CREATE TABLE %1.user_comment (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, VIRTUAL_SHARD "
                       "INT NOT NULL, user_id BIGINT NOT NULL, comment TEXT, keyword TEXT, FULLTEXT(keyword), "
                       "KEY(VIRTUAL_SHARD), FOREIGN KEY (user_id) REFERENCES user(id)) ENGINE=InnoDB DEFAULT "
                       "CHARSET=utf8mb4 AUTO_INCREMENT=%2")
            .arg(db)
            .arg(firstId)};
}

// Opens the administrator's connection to every sandbox server and creates the schema on each. Fails (never
// skips) when the sandbox is down, with how to start it.
inline Result<void> createMoveCluster()
{
    for (int k = 1; k <= MoveServers; ++k) {
        const auto address = ServerAddress::parse(sandboxServers().value(k - 1));
        if (!address)
            return makeError(QStringLiteral("the sandbox needs five servers: scripts/sandbox start 5"));
        auto db = ConnectionPool::openConnection(moveAdminConnection(k), *address, {}, moveOptions());
        if (!db)
            return makeError(QStringLiteral("Sandbox server %1 is not reachable (%2). Start the sandbox with: "
                                            "scripts/sandbox start 5")
                                 .arg(address->toString(), db.error().fullText()));
        for (const QString &sql : moveSchema(k)) {
            if (auto done = moveAdmin(k, sql); !done)
                return done.error();
        }
    }
    return {};
}

// Users 1..PreloadedUsers (id i) and one comment each (id i), written straight to the shard the map names.
inline Result<void> preloadUsers(const Topology &topology)
{
    QHash<int, QList<int>> usersOfShard;
    for (int i = 1; i <= PreloadedUsers; ++i) {
        const int v = KeyHash::vshardOf(KeyHash::crc32(preloadedKey(i).toUtf8()), MoveVShards);
        usersOfShard[topology.vshards.headOf(v)].append(i);
    }
    constexpr int Chunk = 500;
    for (auto it = usersOfShard.cbegin(); it != usersOfShard.cend(); ++it) {
        const QString db = moveDatabase(it.key());
        for (qsizetype from = 0; from < it->size(); from += Chunk) {
            QVariantList users, comments;
            QStringList userRows, commentRows;
            for (int i : it->mid(from, Chunk)) {
                const int v = KeyHash::vshardOf(KeyHash::crc32(preloadedKey(i).toUtf8()), MoveVShards);
                users << i << v << preloadedKey(i) << QStringLiteral("First%1").arg(i)
                      << QStringLiteral("Last%1").arg(i) << (i % 2) << (i % 7 == 0 ? 1 : 0);
                comments << i << v << i << preloadedKey(i) << QStringLiteral("kw%1").arg(i % 100);
                userRows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
                commentRows << QStringLiteral("(?, ?, ?, ?, ?)");
            }
            auto u = moveAdmin(it.key(), QStringLiteral("INSERT INTO %1.user VALUES %2").arg(db, userRows.join(u',')),
                               users);
            if (!u)
                return u.error();
            auto c = moveAdmin(it.key(),
                               QStringLiteral("INSERT INTO %1.user_comment VALUES %2").arg(db, commentRows.join(u',')),
                               comments);
            if (!c)
                return c.error();
        }
    }
    return {};
}

// What is on the servers now, over all shards, and everything wrong with it: rows of a vshard not on the
// shard the map names, a VIRTUAL_SHARD that is not CRC32(userid) % N, a key found twice.
struct ClusterContents
{
    QHash<QString, int> users; // userid -> how many rows
    QHash<QString, int> comments; // comment (the user's key) -> how many rows
    qint64 preloadedRows = 0;
    quint64 preloadedChecksum = 0;
    QStringList problems;
};

inline ClusterContents readCluster(const Topology &map)
{
    ClusterContents contents;
    const QString rowChecksum = QStringLiteral(
        "SELECT COUNT(*), COALESCE(BIT_XOR(CRC32(CONCAT_WS('#', u.id, u.VIRTUAL_SHARD, u.userid, u.firstName, "
        "u.lastName, u.validated, u.suspended, c.id, c.comment, c.keyword))), 0) FROM %1.user u JOIN %1.user_comment c "
        "ON c.user_id = u.id WHERE u.id <= %2");
    for (int k = 1; k <= MoveServers; ++k) {
        const QString db = moveDatabase(k);
        for (const QString &table : {QStringLiteral("user"), QStringLiteral("user_comment")}) {
            auto placed
                = moveAdmin(k, QStringLiteral("SELECT VIRTUAL_SHARD, COUNT(*) FROM %1.%2 GROUP BY 1").arg(db, table));
            if (!placed) {
                contents.problems << placed.error().message;
                continue;
            }
            while (placed->next()) {
                const int v = placed->value(0).toInt();
                if (map.vshards.headOf(v) != k)
                    contents.problems << QStringLiteral("%1 row(s) of vshard %2 in %3 on shard %4, mapped to %5")
                                             .arg(placed->value(1).toLongLong())
                                             .arg(v)
                                             .arg(table)
                                             .arg(k)
                                             .arg(map.vshards.headOf(v));
            }
        }
        auto misplaced
            = moveAdmin(k,
                        QStringLiteral("SELECT COUNT(*) FROM %1.user WHERE VIRTUAL_SHARD <> CRC32(userid) MOD %2")
                            .arg(db)
                            .arg(MoveVShards));
        if (misplaced && misplaced->next() && misplaced->value(0).toLongLong() != 0)
            contents.problems << QStringLiteral("shard %1 has users whose VIRTUAL_SHARD is not their key's").arg(k);
        auto users = moveAdmin(k, QStringLiteral("SELECT userid FROM %1.user").arg(db));
        while (users && users->next())
            ++contents.users[users->value(0).toString()];
        auto comments = moveAdmin(k, QStringLiteral("SELECT comment FROM %1.user_comment").arg(db));
        while (comments && comments->next())
            ++contents.comments[comments->value(0).toString()];
        auto sum = moveAdmin(k, rowChecksum.arg(db).arg(PreloadedUsers));
        if (sum && sum->next()) {
            contents.preloadedRows += sum->value(0).toLongLong();
            contents.preloadedChecksum ^= sum->value(1).toULongLong();
        }
    }
    for (const QHash<QString, int> *rows : {&contents.users, &contents.comments}) {
        for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
            if (it.value() != 1)
                contents.problems << QStringLiteral("%1 found %2 times").arg(it.key()).arg(it.value());
        }
    }
    return contents;
}

} // namespace ShardDesk::Testing
