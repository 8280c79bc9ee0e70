#include "RouteCommand.h"

#include "routing/RoutingTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ShardDesk::Cli {

QString RouteCommand::description() const
{
    return tr("Show where keys go: CRC32 of the key's UTF-8 bytes, vshard (CRC32 mod N), bucket head, and "
              "the shard a write would go to now (full flags considered).");
}

void RouteCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("keys"), tr("The keys, e.g. e-mail addresses."),
                                 QStringLiteral("KEY..."));
}

int RouteCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList keys = parser.positionalArguments();
    if (keys.isEmpty())
        return context.usage(tr("Give at least one key."));
    auto store = context.openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return context.fail(store.error());
    auto topology = context.loadTopology(*store.value());
    if (!topology)
        return context.fail(topology.error());
    const RoutingTable table(std::make_shared<const Topology>(std::move(topology).value()));

    QJsonArray rows;
    for (const QString &key : keys) {
        const Route r = table.route(key);
        const Shard *target = table.topology().shard(r.writeShardId);
        const QString where = target ? target->displayName() : tr("(unmapped)");
        if (context.json()) {
            rows.append(QJsonObject{{QStringLiteral("key"), key},
                                    {QStringLiteral("crc32"), qint64(r.crc32)},
                                    {QStringLiteral("vshard"), r.vshard},
                                    {QStringLiteral("bucketHead"), r.headId},
                                    {QStringLiteral("targetShard"), r.writeShardId},
                                    {QStringLiteral("target"), target ? where : QString()},
                                    {QStringLiteral("bucketFull"), r.bucketFull}});
        } else {
            // One multi-argument arg(): a key containing "%1" must not be taken for a placeholder.
            context.out() << tr("%1\tcrc32=%2\tvshard=%3\thead=%4\tshard=%5\t%6")
                                 .arg(key, QString::number(r.crc32), QString::number(r.vshard),
                                      QString::number(r.headId), QString::number(r.writeShardId), where)
                          << (r.bucketFull ? tr("\t(bucket full)") : QString()) << Qt::endl;
        }
    }
    if (context.json())
        context.printJson(rows);
    return CliContext::Ok;
}

} // namespace ShardDesk::Cli
