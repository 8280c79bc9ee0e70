#include "VShardsCommand.h"

#include "rebalance/VShardSizer.h"
#include "topology/VShardSelection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ShardDesk::Cli {

namespace {

// The display name of the shard headId names, or empty (JSON's "shard" for an unmapped vshard).
QString headName(const Topology &topology, int headId)
{
    const Shard *head = topology.shard(headId);
    return head ? head->displayName() : QString();
}

// As the text lines show a head's name.
QString shownHead(const QString &name)
{
    return name.isEmpty() ? VShardsCommand::tr("(unmapped)") : name;
}

int list(const QCommandLineParser &parser, CliContext &context, const Topology &topology)
{
    const int onlyShard = parser.value(QStringLiteral("shard")).toInt();
    QJsonArray rows;
    for (const VShardMap::Range &r : topology.vshards.ranges()) {
        if (onlyShard != 0 && r.headId != onlyShard)
            continue;
        const QString head = headName(topology, r.headId);
        if (context.json()) {
            rows.append(QJsonObject {{QStringLiteral("first"), r.first},
                                     {QStringLiteral("last"), r.last},
                                     {QStringLiteral("head"), r.headId},
                                     {QStringLiteral("shard"), head}});
        } else {
            const QString ids
                = r.first == r.last ? QString::number(r.first) : QStringLiteral("%1-%2").arg(r.first).arg(r.last);
            context.out() << ids << '\t' << r.headId << '\t' << shownHead(head) << Qt::endl;
        }
    }
    if (context.json())
        context.printJson(rows);
    return CliContext::Ok;
}

// One line per vshard with the rows and megabytes measured on the servers (VShardSizer: every sharded table
// on every shard of the cluster, so rows a move has not cleaned up yet count on both sides).
int listSizes(const QCommandLineParser &parser, CliContext &context)
{
    auto cluster = context.openCluster();
    if (!cluster)
        return context.fail(cluster.error());
    auto sizes = VShardSizer::measure(cluster->topology, cluster->logins);
    if (!sizes)
        return context.fail(sizes.error());
    const Topology &topology = cluster->topology;
    const int onlyShard = parser.value(QStringLiteral("shard")).toInt();
    QJsonArray rows;
    for (int v = 0; v < topology.vshards.count(); ++v) {
        const int headId = topology.vshards.headOf(v);
        if (onlyShard != 0 && headId != onlyShard)
            continue;
        const VShardSize size = sizes->value(v);
        const QString head = headName(topology, headId);
        if (context.json()) {
            rows.append(QJsonObject {{QStringLiteral("vshard"), v},
                                     {QStringLiteral("head"), headId},
                                     {QStringLiteral("shard"), head},
                                     {QStringLiteral("rows"), size.rows},
                                     {QStringLiteral("mb"), size.mb}});
        } else {
            context.out() << v << '\t' << headId << '\t' << size.rows << '\t' << QString::number(size.mb, 'f', 3)
                          << '\t' << shownHead(head) << Qt::endl;
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
              "  vshards list [--shard ID] [--sizes]\n"
              "  vshards assign 17,18,40-63 --to HEAD_ID\n"
              "  vshards spread      (all vshards over all bucket heads, in equal contiguous blocks)");
}

void VShardsCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, assign or spread."), QStringLiteral("ACTION"));
    parser.addOption({QStringLiteral("shard"), tr("list: only the vshards of this head."), tr("id")});
    parser.addOption({QStringLiteral("sizes"),
                      tr("list: one line per vshard with its rows and megabytes, "
                         "measured on the servers (vshard, head, rows, MB, shard).")});
    parser.addOption({QStringLiteral("to"), tr("assign: the bucket head to map the vshards to."), tr("id")});
    parser.addOption({QStringLiteral("force"),
                      tr("Reassign vshards that are already mapped (their rows stay where "
                         "they are).")});
}

namespace {

// Reassigning a mapped vshard changes where its keys route while its rows stay behind: refused unless the
// user says --force (moving rows with their vshards is what `move` is for).
int reassignedMapped(const Topology &base, const Topology &edited)
{
    int count = 0;
    const auto &before = base.vshards.heads();
    const auto &after = edited.vshards.heads();
    for (size_t v = 0; v < before.size() && v < after.size(); ++v)
        count += before[v] != 0 && before[v] != after[v];
    return count;
}

} // namespace

int VShardsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("assign") && action != QLatin1String("spread"))
        return context.usage(tr("vshards takes list, assign or spread."));
    if (action == QLatin1String("list") && parser.isSet(QStringLiteral("sizes")))
        return listSizes(parser, context);
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
            return context.fail(
                makeError(tr("There are no bucket heads to spread the vshards over."), Error::Kind::Validation));
        edited.vshards.spreadEvenly(base.headIds());
        return applyReassignment(parser, context, *store.value(), base, edited);
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
    return applyReassignment(parser, context, *store.value(), base, edited);
}

int VShardsCommand::applyReassignment(const QCommandLineParser &parser, CliContext &context, ConfigStore &store,
                                      const Topology &base, const Topology &edited)
{
    const int moved = reassignedMapped(base, edited);
    if (moved > 0 && !parser.isSet(QStringLiteral("force")))
        return context.fail(makeError(tr("This reassigns %1 vshards that are already mapped: their keys would route to "
                                         "other shards while any rows they hold stay where they are. To move rows "
                                         "with their vshards use `sharddesk-cli move`; to change only the map, add "
                                         "--force.")
                                          .arg(moved),
                                      Error::Kind::Validation));
    return context.applyEdit(store, base, edited);
}

} // namespace ShardDesk::Cli
