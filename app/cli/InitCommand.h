#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli init --vshards N: creates an empty cluster in the config store.
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
