#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli import-pyshards SOURCE: migrates an original pyshards shardconf.
class ImportPyShardsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::ImportPyShardsCommand)

public:
    QString name() const override { return QStringLiteral("import-pyshards"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
