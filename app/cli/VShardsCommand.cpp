#include "VShardsCommand.h"

#include "topology/VShardSelection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ShardDesk::Cli {

namespace {

int list(const QCommandLineParser &parser, CliContext &context, const Topology &topology)
{
    const int onlyShard = parser.value(QStringLiteral("shard")).toInt();
    QJsonArray rows;
    for (const VShardMap::Range &r : topology.vshards.ranges()) {
        if (onlyShard != 0 && r.headId != onlyShard)
            continue;
        const Shard *head = topology.shard(r.headId);
        const QString where = head ? head->displayName() : VShardsCommand::tr("(unmapped)");
        if (context.json()) {
            rows.append(QJsonObject{{QStringLiteral("first"), r.first},
                                    {QStringLiteral("last"), r.last},
                                    {QStringLiteral("head"), r.headId},
                                    {QStringLiteral("shard"), head ? where : QString()}});
        } else {
            const QString ids = r.first == r.last ? QString::number(r.first)
                                                  : QStringLiteral("%1-%2").arg(r.first).arg(r.last);
            context.out() << ids << '\t' << r.headId << '\t' << where << Qt::endl;
        }
    }
    if (context.json())
        context.printJson(rows);
    return CliContext::Ok;
}

} // namespace

QString VShardsCommand::description() const
{
    return tr("Show or change the vshard map (this changes only the map: rows are not moved).\n"
              "  vshards list [--shard ID]\n"
              "  vshards assign 17,18,40-63 --to HEAD_ID\n"
              "  vshards spread      (all vshards over all bucket heads, in equal contiguous blocks)");
}

void VShardsCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, assign or spread."), QStringLiteral("ACTION"));
    parser.addOption({QStringLiteral("shard"), tr("list: only the vshards of this head."), tr("id")});
    parser.addOption({QStringLiteral("to"), tr("assign: the bucket head to map the vshards to."), tr("id")});
}

int VShardsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("assign") && action != QLatin1String("spread"))
        return context.usage(tr("vshards takes list, assign or spread."));
    auto store = context.openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return context.fail(store.error());
    auto loaded = context.loadTopology(*store.value());
    if (!loaded)
        return context.fail(loaded.error());
    const Topology &base = loaded.value();
    if (action == QLatin1String("list"))
        return list(parser, context, base);

    Topology edited = base;
    if (action == QLatin1String("spread")) {
        if (base.headIds().isEmpty())
            return context.fail(makeError(tr("There are no bucket heads to spread the vshards over."),
                                          Error::Kind::Validation));
        edited.vshards.spreadEvenly(base.headIds());
        return context.applyEdit(*store.value(), base, edited);
    }
    auto selection = VShardSelection::parse(args.value(1), base.vshards.count());
    if (!selection)
        return context.fail(selection.error());
    const int head = parser.value(QStringLiteral("to")).toInt();
    const Shard *target = base.shard(head);
    if (!target || !target->isHead())
        return context.usage(tr("--to must name a bucket head shard."));
    for (const VShardSelection::Span &span : selection->spans())
        edited.vshards.assignRange(span.first, span.last, head);
    return context.applyEdit(*store.value(), base, edited);
}

} // namespace ShardDesk::Cli
