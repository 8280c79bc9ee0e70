#include "MoveCommand.h"

#include "rebalance/MoveRun.h"
#include "rebalance/VShardMover.h"
#include "rebalance/VShardSizer.h"
#include "topology/VShardSelection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ShardDesk::Cli {

namespace {

const QString VShardsOption = QStringLiteral("vshards");
const QString ToOption = QStringLiteral("to");
const QString ThrottleOption = QStringLiteral("throttle");
const QString BatchRowsOption = QStringLiteral("batch-rows");
const QString ResumeOption = QStringLiteral("resume");
const QString AbortOption = QStringLiteral("abort");

QJsonObject reportJson(const VShardMover::Report &report)
{
    return {{QStringLiteral("vshardsMoved"), report.vshardsMoved},
            {QStringLiteral("vshardsLeft"), report.vshardsLeft},
            {QStringLiteral("rowsCopied"), report.rowsCopied},
            {QStringLiteral("rowsDeleted"), report.rowsDeleted},
            {QStringLiteral("elapsedMs"), report.elapsedMs},
            {QStringLiteral("switchedMs"), report.switchedMs},
            {QStringLiteral("rowsPerSecond"), report.elapsedMs > 0 ? report.rowsCopied * 1000 / report.elapsedMs : 0}};
}

void printReport(CliContext &context, const VShardMover::Report &report)
{
    context.out() << MoveCommand::tr("Moved %n vshard(s): %1 row(s) copied and %2 deleted from the source in %3 s.", "",
                                     report.vshardsMoved)
                         .arg(report.rowsCopied)
                         .arg(report.rowsDeleted)
                         .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
}

} // namespace

QString MoveCommand::description() const
{
    return tr("Move vshards with their rows to another bucket, online: copy, freeze, drain, verify, switch the map, "
              "delete the source rows; every step journaled in the config store (docs/REBALANCING.md).\n"
              "  move --vshards 17,18,40-63 --to HEAD_ID [--throttle ROWS_PER_S]\n"
              "  move --resume     (finish a move that was interrupted)\n"
              "  move --abort      (roll an interrupted move back: vshards not yet switched stay where they were)");
}

void MoveCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({VShardsOption, tr("The vshards to move, as ids and ranges: 17,18,40-63."), tr("list")});
    parser.addOption({ToOption, tr("The bucket head to move them to."), tr("id")});
    addMoverOptions(parser);
    parser.addOption({ResumeOption, tr("Only finish an interrupted move.")});
    parser.addOption({AbortOption, tr("Roll an interrupted move back instead of finishing it.")});
}

void MoveCommand::printProjection(CliContext &context, const Topology &topology, const MovePlan &plan,
                                  const VShardSizes &sizes)
{
    if (context.json())
        return;
    context.out() << tr("Plan: %n vshard(s) to move.", "", int(plan.moves().size())) << Qt::endl;
    for (const MovePlan::BucketLoad &load : plan.projectedLoad(topology, sizes)) {
        const Shard *head = topology.shard(load.headId);
        context.out() << tr("  bucket %1 (%2): %3 -> %4 vshards, %5 -> %6 MB of %7 MB%8")
                             .arg(load.headId)
                             .arg(head ? head->displayName() : QString())
                             .arg(load.vshardsBefore)
                             .arg(load.vshardsAfter)
                             .arg(load.mbBefore, 0, 'f', 1)
                             .arg(load.mbAfter, 0, 'f', 1)
                             .arg(load.capacityMb, 0, 'f', 0)
                             .arg(load.overCapacity() ? tr(" (over capacity)") : QString())
                      << Qt::endl;
    }
}

void MoveCommand::addMoverOptions(QCommandLineParser &parser)
{
    parser.addOption({ThrottleOption, tr("Copy at most this many rows per second (default: no limit)."), tr("rows")});
    parser.addOption({BatchRowsOption,
                      tr("Move vshards in batches of about this many rows: each batch is frozen, verified and "
                         "switched at once (default: %1).")
                          .arg(VShardMover::Options().batchRows),
                      tr("rows")});
}

Result<VShardMover::Options> MoveCommand::moverOptions(const QCommandLineParser &parser)
{
    VShardMover::Options options;
    bool ok = true;
    if (parser.isSet(ThrottleOption))
        options.throttleRowsPerSec = parser.value(ThrottleOption).toLongLong(&ok);
    if (!ok || options.throttleRowsPerSec < 0)
        return makeError(tr("--throttle takes a number of rows per second."), Error::Kind::Usage);
    if (parser.isSet(BatchRowsOption))
        options.batchRows = parser.value(BatchRowsOption).toLongLong(&ok);
    if (!ok || options.batchRows < 1)
        return makeError(tr("--batch-rows takes a number of rows, at least 1."), Error::Kind::Usage);
    return options;
}

int MoveCommand::runPlan(CliContext &context, ConfigStore &store, const ConnectionOptionsProvider &logins,
                         const MovePlan &plan, const VShardSizes &sizes, VShardMover::Options options)
{
    VShardMover mover(store, logins);
    options.sizes = sizes; // batches are cut by the rows measured for the plan
    mover.setOptions(options);
    if (!context.json()) {
        QObject::connect(&mover, &VShardMover::stepReached, &mover, [&context](int vshard, MoveJournal::Step step) {
            context.err() << tr("vshard %1: %2").arg(vshard).arg(MoveJournal::stepName(step)) << Qt::endl;
        });
    }
    auto unfinished = mover.hasUnfinished();
    if (!unfinished)
        return context.fail(unfinished.error());
    QJsonObject json;
    if (*unfinished) {
        context.err() << tr("Finishing an interrupted move first.") << Qt::endl;
        auto resumed = mover.resume();
        if (!resumed)
            return context.fail(resumed.error());
        json.insert(QStringLiteral("resumed"), reportJson(*resumed));
        if (!context.json())
            printReport(context, *resumed);
    }
    if (!plan.isEmpty()) {
        // A resumed move may have taken some of these already: MoveRun plans again against the map as it is now.
        auto report
            = MoveRun::runRemaining(mover, store, plan, [&](const Topology &current, const MovePlan &remaining) {
                  printProjection(context, current, remaining, sizes);
              });
        if (!report)
            return context.fail(report.error());
        json.insert(QStringLiteral("moved"), reportJson(*report));
        if (!context.json())
            printReport(context, *report);
    }
    if (context.json())
        context.printJson(json);
    return CliContext::Ok;
}

int MoveCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const bool resumeOnly = parser.isSet(ResumeOption);
    const bool abort = parser.isSet(AbortOption);
    if (int(resumeOnly) + int(abort) + int(parser.isSet(VShardsOption)) != 1)
        return context.usage(tr("Give exactly one of --vshards, --resume and --abort."));
    const Result<VShardMover::Options> options = moverOptions(parser);
    if (!options)
        return context.usage(options.error().message);
    auto cluster = context.openCluster();
    if (!cluster)
        return context.fail(cluster.error());
    ConfigStore &store = *cluster->store;
    const Topology &topology = cluster->topology;
    const ConnectionOptionsProvider &logins = cluster->logins;
    if (abort) {
        VShardMover mover(store, logins);
        auto report = mover.rollBack();
        if (!report)
            return context.fail(report.error());
        if (context.json())
            context.printJson(QJsonObject {{QStringLiteral("rolledBack"), reportJson(*report)}});
        else
            context.out() << tr("Rolled back %n vshard(s); %1 row(s) deleted from the targets.", "",
                                report->vshardsLeft)
                                 .arg(report->rowsDeleted)
                          << Qt::endl;
        return CliContext::Ok;
    }
    MovePlan plan;
    if (!resumeOnly) {
        auto selection = VShardSelection::parse(parser.value(VShardsOption), topology.vshards.count());
        if (!selection)
            return context.fail(selection.error());
        QList<int> vshards;
        for (const VShardSelection::Span &span : selection->spans()) {
            for (int v = span.first; v <= span.last; ++v)
                vshards.append(v);
        }
        auto selected = MovePlan::fromSelection(topology, vshards, parser.value(ToOption).toInt());
        if (!selected)
            return context.fail(selected.error());
        plan = *selected;
    }
    VShardSizes sizes;
    if (!plan.isEmpty()) {
        // Every vshard for the projection printed before the move; with --json, which prints none, only
        // the plan's own, by which the mover cuts its batches.
        QList<int> moved;
        if (context.json()) {
            for (const MovePlan::Move &move : plan.moves())
                moved.append(move.vshard);
        }
        auto measured = VShardSizer::measure(topology, logins, moved);
        if (!measured)
            return context.fail(measured.error());
        sizes = *measured;
    }
    return runPlan(context, store, logins, plan, sizes, *options);
}

} // namespace ShardDesk::Cli
