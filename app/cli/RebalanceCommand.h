#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli rebalance --split HEAD --into NEW | --even | --largest K --from HEAD: builds a MovePlan by
// rule, shows every bucket's size before and after against capacity, and runs it as `move` does
// (--dry-run: only show the plan).
class RebalanceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::RebalanceCommand)

public:
    QString name() const override { return QStringLiteral("rebalance"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
