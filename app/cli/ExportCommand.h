#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli export FILE: the whole topology as JSON (no passwords).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
