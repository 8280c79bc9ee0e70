#pragma once

#include "Command.h"

#include "db/ConnectionOptions.h"
#include "rebalance/MovePlan.h"
#include "rebalance/VShardMover.h"

#include <memory>

namespace ShardDesk::Cli {

// sharddesk-cli move --vshards 17,18,40-63 --to HEAD: moves vshards with their rows, online, journaled
// (docs/REBALANCING.md); move --resume finishes a move that was interrupted, move --abort rolls it back.
// Every move (and rebalance) first finishes an interrupted one.
class MoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::MoveCommand)

public:
    QString name() const override { return QStringLiteral("move"); }
    QString description() const override;

    // Shared with RebalanceCommand: the options that tune a move (--throttle, --batch-rows), and the mover's
    // options they give, or a usage error.
    static void addMoverOptions(QCommandLineParser &parser);
    static Result<VShardMover::Options> moverOptions(const QCommandLineParser &parser);
    // Resumes an unfinished move, then runs plan (when not empty) with options and the measured sizes,
    // printing progress and the result.
    static int runPlan(CliContext &context, ConfigStore &store, const ConnectionOptionsProvider &logins,
                       const MovePlan &plan, const VShardSizes &sizes, VShardMover::Options options);
    // Prints every bucket's size before and after plan, against its capacity.
    static void printProjection(CliContext &context, const Topology &topology, const MovePlan &plan,
                                const VShardSizes &sizes);

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
