#include "ClusterPlan.h"

#include "credentials/CredentialStore.h"
#include "db/SqlIdentifier.h"

#include <QRegularExpression>

namespace ShardDesk {

int ClusterPlan::headCount() const
{
    return chaining == Chaining::BucketPerServer ? int(servers.size()) : shardCount();
}

QString ClusterPlan::databaseName(int n) const
{
    return databasePattern.arg(n);
}

QStringList ClusterPlan::idRangeStatements(int n) const
{
    // The table name of a CREATE TABLE whose id is a BIGINT AUTO_INCREMENT; an edited schema that does
    // not look like that keeps the server's default ids (a move then refuses to switch colliding rows).
    static const QRegularExpression table(QStringLiteral(
        R"(^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`?(\w+)`?[^;]*\bBIGINT\b[^,]*\bAUTO_INCREMENT\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    for (const QString &statement : schema) {
        const QRegularExpressionMatch match = table.match(statement);
        if (match.hasMatch())
            statements.append(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2")
                                  .arg(SqlIdentifier::quote(match.captured(1)))
                                  .arg(qint64(n - 1) * IdRange + 1));
    }
    return statements;
}

QStringList ClusterPlan::databasesOf(int serverIndex) const
{
    QStringList names;
    for (int k = 1; k <= shardsPerServer; ++k)
        names.append(databaseName(serverIndex * shardsPerServer + k));
    return names;
}

QString ClusterPlan::appAccount() const
{
    // Both parts are restricted by appUserProblems() to characters that need no escaping in a literal.
    return QStringLiteral("'%1'@'%2'").arg(appUser, appUserHost);
}

// The account names are written into CREATE USER and GRANT, which take no placeholders: only
// characters that cannot end or escape a quoted literal are accepted.
QStringList ClusterPlan::appUserProblems() const
{
    QStringList result;
    if (appUser.isEmpty())
        return result;
    static const QRegularExpression userName(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._%:-]{1,255}$"));
    if (!userName.match(appUser).hasMatch())
        result.append(tr("The application user \"%1\" must be 1 to 32 letters, digits or underscores.").arg(appUser));
    if (!hostName.match(appUserHost).hasMatch())
        result.append(tr("The application user's host \"%1\" must be a host name, an address or a pattern with "
                         "%2 (letters, digits, '.', '-', ':', '_' and '%2' only).")
                          .arg(appUserHost, QStringLiteral("%")));
    if (appUser == user)
        result.append(tr("The application user must differ from the login that creates the cluster."));
    return result;
}

QStringList ClusterPlan::problems() const
{
    QStringList result;
    if (auto name = SqlIdentifier::checkCreatable(clusterName, tr("The cluster name")); !name)
        result.append(name.error().message);
    if (servers.isEmpty())
        result.append(tr("The plan has no server."));
    if (shardsPerServer < 1 || shardsPerServer > MaxShardsPerServer)
        result.append(tr("Shards per server must be from 1 to %1; %2 was given.").arg(MaxShardsPerServer).arg(shardsPerServer));
    if (!databasePattern.contains(QLatin1String("%1"))) {
        result.append(tr("The database name pattern \"%1\" must contain %2 where the shard number goes.")
                          .arg(databasePattern, QStringLiteral("%1")));
    } else if (shardCount() > 0) {
        // The first and the longest name show every problem a pattern can have.
        for (int n : {1, shardCount()}) {
            if (auto name = SqlIdentifier::checkCreatable(databaseName(n), tr("The database name")); !name) {
                result.append(name.error().message);
                break;
            }
        }
    }
    if (auto key = SqlIdentifier::checkCreatable(keyColumn, tr("The key column")); !key)
        result.append(key.error().message);
    if (!(capacityMbPerShard > 0))
        result.append(tr("The capacity per shard must be more than 0 MB."));
    const int minimum = 4 * std::max(1, headCount());
    if (vshardCount < minimum || vshardCount > MaxVShardCount)
        result.append(tr("The vshard count must be from %1 (4 per bucket head) to %2; %3 was given.")
                          .arg(minimum)
                          .arg(MaxVShardCount)
                          .arg(vshardCount));
    if (user.isEmpty())
        result.append(tr("Give the user the shards log in as."));
    result += appUserProblems();
    if (schema.isEmpty())
        result.append(tr("The schema has no statement."));
    return result;
}

QStringList ClusterPlan::warnings() const
{
    QStringList result;
    if (!isPowerOfTwo(vshardCount))
        result.append(tr("%1 vshards is not a power of two; a power of two (such as 1024) splits evenly when "
                         "buckets are added later.")
                          .arg(vshardCount));
    return result;
}

Result<Topology> ClusterPlan::topology() const
{
    if (const QStringList errors = problems(); !errors.isEmpty())
        return makeError(errors.join(QLatin1Char(' ')), Error::Kind::Validation);
    Topology topology;
    topology.settings.name = clusterName;
    topology.settings.vshardCount = vshardCount;
    topology.settings.keyColumn = keyColumn;
    QList<int> heads;
    int id = 0;
    for (int s = 0; s < servers.size(); ++s) {
        const QStringList databases = databasesOf(s);
        for (int k = 0; k < databases.size(); ++k) {
            Shard shard;
            shard.id = ++id;
            shard.parentId = chaining == Chaining::BucketPerServer && k > 0 ? id - 1 : 0;
            shard.host = servers.at(s).host();
            shard.port = servers.at(s).port();
            shard.database = databases.at(k);
            shard.user = shardUser();
            shard.credentialRef = CredentialStore::referenceFor(shard.user, shard.serverKey());
            shard.capacityMb = capacityMbPerShard;
            // The tables are created empty: there are no ids of a parent to continue from.
            shard.initialized = true;
            if (shard.isHead())
                heads.append(shard.id);
            topology.shards.append(shard);
        }
    }
    topology.vshards = VShardMap(vshardCount);
    topology.vshards.spreadEvenly(heads);
    if (const TopologyProblems errors = topology.errors(); !errors.isEmpty())
        return makeError(errors.constFirst().message, Error::Kind::Validation);
    return topology;
}

QStringList ClusterPlan::defaultSchema(const QString &keyColumn)
{
    const QString key = SqlIdentifier::quote(keyColumn);
    return {
        QStringLiteral("CREATE TABLE `user` (\n"
                       "  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
                       "  `VIRTUAL_SHARD` INT NOT NULL,\n"
                       "  %1 VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,\n"
                       "  `firstName` VARCHAR(64) NOT NULL,\n"
                       "  `lastName` VARCHAR(64) NOT NULL,\n"
                       "  `validated` TINYINT NOT NULL DEFAULT 0,\n"
                       "  `suspended` TINYINT NOT NULL DEFAULT 0,\n"
                       "  KEY `user_key` (%1),\n"
                       "  KEY `user_vshard` (`VIRTUAL_SHARD`)\n"
                       ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4")
            .arg(key),
        QStringLiteral("CREATE TABLE `user_comment` (\n"
                       "  `id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
                       "  `VIRTUAL_SHARD` INT NOT NULL,\n"
                       "  `user_id` BIGINT NOT NULL,\n"
                       "  `comment` TEXT NOT NULL,\n"
                       "  `keyword` TEXT NOT NULL,\n"
                       "  FULLTEXT KEY `comment_keyword` (`keyword`),\n"
                       "  KEY `comment_vshard` (`VIRTUAL_SHARD`),\n"
                       "  CONSTRAINT `comment_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)\n"
                       ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"),
    };
}

double ClusterPlan::recommendedCapacityMb(qint64 serverRamBytes, int shardsPerServer)
{
    if (serverRamBytes <= 0 || shardsPerServer <= 0)
        return 0;
    return double(serverRamBytes) / 2.0 / double(shardsPerServer) / (1024.0 * 1024.0);
}

} // namespace ShardDesk
