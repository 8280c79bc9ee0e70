#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace ShardDesk::Cli {

// One subcommand of sharddesk-cli (as KeePassXC's CLI: one small class each). run() parses the
// subcommand's arguments, with the global options, and returns the process exit code.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::Cli::Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    int run(const QStringList &arguments, CliContext &context);

protected:
    // Adds the subcommand's own options and positional arguments.
    virtual void configure(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser, CliContext &context) = 0;
};

} // namespace ShardDesk::Cli
