#include "RebalanceCommand.h"

#include "MoveCommand.h"

#include "rebalance/VShardSizer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ShardDesk::Cli {

namespace {

const QString SplitOption = QStringLiteral("split");
const QString IntoOption = QStringLiteral("into");
const QString EvenOption = QStringLiteral("even");
const QString LargestOption = QStringLiteral("largest");
const QString FromOption = QStringLiteral("from");
const QString DryRunOption = QStringLiteral("dry-run");

QJsonArray planJson(const Topology &topology, const MovePlan &plan, const VShardSizes &sizes)
{
    QJsonArray buckets;
    for (const MovePlan::BucketLoad &load : plan.projectedLoad(topology, sizes)) {
        buckets.append(QJsonObject {{QStringLiteral("head"), load.headId},
                                    {QStringLiteral("vshardsBefore"), load.vshardsBefore},
                                    {QStringLiteral("vshardsAfter"), load.vshardsAfter},
                                    {QStringLiteral("mbBefore"), load.mbBefore},
                                    {QStringLiteral("mbAfter"), load.mbAfter},
                                    {QStringLiteral("capacityMb"), load.capacityMb}});
    }
    return buckets;
}

QJsonArray movesJson(const MovePlan &plan)
{
    QJsonArray moves;
    for (const MovePlan::Move &move : plan.moves()) {
        moves.append(QJsonObject {{QStringLiteral("vshard"), move.vshard},
                                  {QStringLiteral("from"), move.sourceHead},
                                  {QStringLiteral("to"), move.targetHead}});
    }
    return moves;
}

} // namespace

QString RebalanceCommand::description() const
{
    return tr("Move vshards by a rule, with their rows, online (as move does):\n"
              "  rebalance --split HEAD --into NEW_HEAD   (half of HEAD's vshards to the new bucket)\n"
              "  rebalance --largest K --from HEAD        (HEAD's K largest vshards to the smallest buckets)\n"
              "  rebalance --even                         (even the buckets out by size)\n"
              "Add --dry-run to see the sizes before and after against capacity without moving anything.");
}

void RebalanceCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({SplitOption, tr("The bucket head to split."), tr("id")});
    parser.addOption({IntoOption, tr("The (new, empty) bucket head that takes half of it."), tr("id")});
    parser.addOption({EvenOption, tr("Even the buckets out by size.")});
    parser.addOption({LargestOption, tr("Move this many of the largest vshards off --from."), tr("k")});
    parser.addOption({FromOption, tr("The bucket head --largest takes vshards off."), tr("id")});
    MoveCommand::addMoverOptions(parser);
    parser.addOption({DryRunOption, tr("Only show the plan.")});
}

int RebalanceCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const int rules = int(parser.isSet(SplitOption)) + int(parser.isSet(EvenOption)) + int(parser.isSet(LargestOption));
    if (rules != 1)
        return context.usage(tr("Give exactly one of --split, --largest and --even."));
    if (parser.isSet(SplitOption) && !parser.isSet(IntoOption))
        return context.usage(tr("--split needs --into, the bucket head that takes half of the vshards."));
    if (parser.isSet(LargestOption) && !parser.isSet(FromOption))
        return context.usage(tr("--largest needs --from, the bucket head to take the vshards off."));
    const Result<VShardMover::Options> options = MoveCommand::moverOptions(parser);
    if (!options)
        return context.usage(options.error().message);
    auto cluster = context.openCluster();
    if (!cluster)
        return context.fail(cluster.error());
    const Topology &topology = cluster->topology;
    auto sizes = VShardSizer::measure(topology, cluster->logins);
    if (!sizes)
        return context.fail(sizes.error());
    Result<MovePlan> plan = MovePlan();
    if (parser.isSet(SplitOption))
        plan = MovePlan::split(topology, parser.value(SplitOption).toInt(), parser.value(IntoOption).toInt());
    else if (parser.isSet(LargestOption))
        plan = MovePlan::largestOff(topology, *sizes, parser.value(FromOption).toInt(),
                                    parser.value(LargestOption).toInt());
    else
        plan = MovePlan::evenBySize(topology, *sizes);
    if (!plan)
        return context.fail(plan.error());
    if (parser.isSet(DryRunOption)) {
        if (context.json())
            context.printJson(QJsonObject {{QStringLiteral("moves"), movesJson(*plan)},
                                           {QStringLiteral("buckets"), planJson(topology, *plan, *sizes)}});
        else
            MoveCommand::printProjection(context, topology, *plan, *sizes);
        return CliContext::Ok;
    }
    return MoveCommand::runPlan(context, *cluster->store, cluster->logins, *plan, *sizes, *options);
}

} // namespace ShardDesk::Cli
