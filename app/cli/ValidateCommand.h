#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli validate: every problem of the stored topology.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
