#pragma once

#include "Command.h"
#include "db/ConnectionOptions.h"

#include <memory>

namespace ShardDesk::Cli {

// sharddesk-cli loadtest: inserts generated users and comments into the configured cluster, with a
// progress line on a terminal and a summary (or --json) at the end; --report DIR saves JSON, CSV, HTML.
class LoadTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::LoadTestCommand)

public:
    QString name() const override { return QStringLiteral("loadtest"); }
    QString description() const override;

    // The configured topology and a login for its shards (user from the shard, the one password of
    // --password-env, a prompt or the credential store): what loadtest and verify both need.
    struct Cluster
    {
        std::shared_ptr<const Topology> topology;
        ConnectionOptionsProvider login;
    };
    static Result<Cluster> openCluster(CliContext &context);

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ShardDesk::Cli
