#include "VShardSizer.h"

#include "db/ShardSession.h"
#include "db/SqlIdentifier.h"
#include "rebalance/ShardLink.h"
#include "rebalance/ShardedTables.h"

namespace ShardDesk {

namespace {

constexpr double BytesPerMb = 1024.0 * 1024.0;

Result<void> measureShard(ShardLink &link, VShardSizes &sizes)
{
    auto tables = ShardedTables::discover(link);
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
        auto counts = link.exec(
            QStringLiteral("SELECT %1, COUNT(*) FROM %2 GROUP BY %1").arg(vshard, SqlIdentifier::quote(table.name)), {},
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

Result<VShardSizes> VShardSizer::measure(const Topology &topology, const ConnectionOptionsProvider &provider)
{
    VShardSizes sizes;
    for (const Shard &shard : topology.shards) {
        ShardLink link(shard, provider);
        if (auto measured = measureShard(link, sizes); !measured)
            return measured.error();
    }
    return sizes;
}

} // namespace ShardDesk
