#pragma once

#include "Command.h"

namespace ShardDesk::Cli {

// sharddesk-cli provision: creates a test cluster (databases, schema, shards, buckets, vshards) on the
// servers of a host list, and stores its topology in the config store (backing up what was there).
class ProvisionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::ProvisionCommand)

public:
    QString name() const override { return QStringLiteral("provision"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
