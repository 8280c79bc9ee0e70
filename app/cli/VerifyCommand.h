#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli verify: checks the rows a load test left, from its --users and --seed alone.
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
