#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli import FILE: replaces the topology with a JSON export, after a backup.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
