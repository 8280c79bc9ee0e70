#pragma once

#include "Command.h"

#include "db/ConnectionOptions.h"
#include "monitor/ProbeSample.h"
#include "topology/Topology.h"

namespace ShardDesk::Cli {

// sharddesk-cli monitor: polls every server of the cluster (memory, buffer pool, connections, rates,
// shard sizes) once or at an interval, as the GUI's monitor does, and prints the samples.
class MonitorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::MonitorCommand)

public:
    QString name() const override { return QStringLiteral("monitor"); }
    QString description() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;

private:
    static QString textLine(const ProbeSample &sample);
    [[noreturn]] static int finish(CliContext &context, int exitCode);
};

} // namespace ShardDesk::Cli
