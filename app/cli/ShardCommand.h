#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli shard add|list|remove: the physical shards.
class ShardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::ShardCommand)

public:
    QString name() const override { return QStringLiteral("shard"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
