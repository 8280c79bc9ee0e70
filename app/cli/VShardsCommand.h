#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli vshards list|assign: the vshard map.
class VShardsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::VShardsCommand)

public:
    QString name() const override { return QStringLiteral("vshards"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;

private:
    int applyReassignment(const QCommandLineParser &parser, CliContext &context, ConfigStore &store,
                          const Topology &base, const Topology &edited);
};

} // namespace ShardDesk::Cli
