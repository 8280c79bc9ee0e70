#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli route KEY...: where keys go, as the router sees it.
class RouteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::RouteCommand)

public:
    QString name() const override { return QStringLiteral("route"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
