#include "VShardSizer.h"

#include "db/ShardSession.h"
#include "db/SqlIdentifier.h"
#include "rebalance/ShardLink.h"
#include "rebalance/ShardedTables.h"

#include <QSet>

namespace ShardDesk {

namespace {

constexpr double BytesPerMb = 1024.0 * 1024.0;
// ER_BAD_DB_ERROR: the shard's database does not exist.
constexpr int UnknownDatabase = 1049;

Result<void> measureShard(ShardLink &link, const QString &where, VShardSizes &sizes)
{
    auto tables = ShardedTables::discover(link);
    if (!tables && tables.error().serverCode == UnknownDatabase)
        return {};
    if (!tables)
        return tables.error();
    const QString vshard = SqlIdentifier::quote(QString::fromLatin1(ShardSession::VShardColumn));
    for (const ShardedTable &table : std::as_const(*tables)) {
        // AVG_ROW_LENGTH is InnoDB's estimate, refreshed by ANALYZE; good enough to weigh vshards
        // against each other and against capacity.
        auto average = link.scalar(QStringLiteral("SELECT COALESCE(AVG_ROW_LENGTH, 0) FROM information_schema.TABLES "
                                                  "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"),
                                   {table.name},
                                   VShardSizer::tr("Could not read the row length of table \"%1\" of shard %2.")
                                       .arg(table.name, link.shard().displayName()));
        if (!average)
            return average.error();
        const double bytesPerRow = std::max(1.0, average->toDouble());
        auto counts = link.exec(QStringLiteral("SELECT %1, COUNT(*) FROM %2%3 GROUP BY %1")
                                    .arg(vshard, SqlIdentifier::quote(table.name), where),
                                {},
                                VShardSizer::tr("Could not count the rows per vshard of table \"%1\" of shard %2.")
                                    .arg(table.name, link.shard().displayName()));
        if (!counts)
            return counts.error();
        while (counts->next()) {
            VShardSize &size = sizes[counts->value(0).toInt()];
            const qint64 rows = counts->value(1).toLongLong();
            size.rows += rows;
            size.mb += double(rows) * bytesPerRow / BytesPerMb;
        }
    }
    return {};
}

} // namespace

Result<VShardSizes> VShardSizer::measure(const Topology &topology, const ConnectionOptionsProvider &provider,
                                         const QList<int> &vshards)
{
    QString where;
    QSet<int> shards; // of the buckets the vshards are mapped to: a shard elsewhere (down, perhaps) is not asked
    if (!vshards.isEmpty()) {
        QStringList ids;
        QSet<int> heads;
        for (int vshard : vshards) {
            ids.append(QString::number(vshard));
            if (vshard >= 0 && vshard < topology.vshards.count())
                heads.insert(topology.vshards.headOf(vshard));
        }
        // Each bucket walked once, however many of its vshards the plan names.
        for (int head : std::as_const(heads)) {
            for (int id : topology.bucket(head))
                shards.insert(id);
        }
        where = QStringLiteral(" WHERE %1 IN (%2)")
                    .arg(SqlIdentifier::quote(QString::fromLatin1(ShardSession::VShardColumn)),
                         ids.join(QLatin1Char(',')));
    }
    VShardSizes sizes;
    for (const Shard &shard : topology.shards) {
        if (!vshards.isEmpty() && !shards.contains(shard.id))
            continue;
        ShardLink link(shard, provider);
        if (auto measured = measureShard(link, where, sizes); !measured)
            return measured.error();
    }
    return sizes;
}

} // namespace ShardDesk
