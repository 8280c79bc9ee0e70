#pragma once

#include "Result.h"
#include "db/ServerAddress.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ShardDesk {

// What a test cluster will look like before anything is created: the servers, how many shard databases
// each gets and how they chain, the database names, capacities, vshard count and the schema. Produces
// the Topology that the config store will hold and the DDL the Provisioner runs. A plain value that a
// wizard edits page by page and checks with problems() / warnings().
class ClusterPlan
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ClusterPlan)

public:
    enum class Chaining {
        BucketPerServer, // a server's shards chain into one bucket: head, then overflow shards
        AllHeads,        // every shard is a bucket of its own
    };

    static constexpr int DefaultShardsPerServer = 4;
    static constexpr int DefaultVShardCount = 1024;
    static constexpr int MaxShardsPerServer = 256;
    static constexpr int MaxVShardCount = 16 * 1024 * 1024;

    QString clusterName = QStringLiteral("cluster");
    QList<ServerAddress> servers;
    int shardsPerServer = DefaultShardsPerServer;
    Chaining chaining = Chaining::BucketPerServer;
    QString databasePattern = QStringLiteral("shard_%1"); // %1: the shard's number, 1 .. servers x shards
    double capacityMbPerShard = 1024;
    int vshardCount = DefaultVShardCount;
    QString keyColumn = QStringLiteral("userid");
    QString user; // the login that creates the cluster (and that the shards use when there is no appUser)
    // Optional dedicated application login, created on every server with only the privileges the
    // shards need (see Provisioner). When set, the shards log in as appUser; its password is never part
    // of a plan (Provisioner::setAppPassword), it goes to the credential store under the shards' reference.
    QString appUser;
    // The client host part of appUser's account. '%' because the hosts the application will connect
    // from are not known here; narrow it (a subnet such as 10.0.0.%) where they are.
    QString appUserHost = QStringLiteral("%");
    // The DDL run in every shard database (that database is the default one, so tables are unqualified).
    QStringList schema = defaultSchema();

    // The login the shards of the created cluster use: appUser when there is one, else user.
    QString shardUser() const { return appUser.isEmpty() ? user : appUser; }
    // 'appUser'@'appUserHost' as SQL names an account; only meaningful once problems() accepts both parts.
    QString appAccount() const;
    int shardCount() const { return int(servers.size()) * shardsPerServer; }
    int headCount() const;
    // The database of shard number n (1-based, in server order), from databasePattern.
    QString databaseName(int n) const;
    // The databases planned on servers[serverIndex], in chain order.
    QStringList databasesOf(int serverIndex) const;
    // Ids per shard: shard n (1-based, as databaseName) takes ids from (n - 1) * IdRange + 1 on, so ids
    // are unique across the cluster (overflow shards included) and vshards can move with their ids
    // (docs/REBALANCING.md). For every schema table with a BIGINT AUTO_INCREMENT column: the ALTER TABLE
    // that starts it there, run after the schema in shard n's database.
    static constexpr qint64 IdRange = qint64(1) << 40;
    QStringList idRangeStatements(int n) const;

    // Every reason the plan cannot be created, each a whole sentence; empty when it can.
    QStringList problems() const;
    // The part of problems() about appUser and appUserHost, for the page where they are typed.
    QStringList appUserProblems() const;
    // Things that work but are not recommended (a vshard count that is not a power of two).
    QStringList warnings() const;
    // The topology of the created cluster: shards with ids 1..n, vshards spread evenly over the heads.
    Result<Topology> topology() const;

    // The original's schema: `user` and `user_comment` with VIRTUAL_SHARD, for a key column.
    static QStringList defaultSchema(const QString &keyColumn = QStringLiteral("userid"));
    // Capacity per shard that keeps every shard's data in memory: half the server's RAM shared by its
    // shards, in MB.
    static double recommendedCapacityMb(qint64 serverRamBytes, int shardsPerServer);
    static bool isPowerOfTwo(int n) { return n > 0 && (n & (n - 1)) == 0; }
};

} // namespace ShardDesk
