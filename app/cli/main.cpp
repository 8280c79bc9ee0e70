// sharddesk-cli: everything ShardDesk does, without a window. One Command per subcommand.
#include "ExportCommand.h"
#include "MoveCommand.h"
#include "RebalanceCommand.h"
#include "ImportCommand.h"
#include "ImportPyShardsCommand.h"
#include "InitCommand.h"
#include "LoadTestCommand.h"
#include "MonitorCommand.h"
#include "ProvisionCommand.h"
#include "RouteCommand.h"
#include "ShardCommand.h"
#include "VShardsCommand.h"
#include "ValidateCommand.h"
#include "VerifyCommand.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

using namespace ShardDesk;
using namespace ShardDesk::Cli;

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ShardCommand>());
    commands.push_back(std::make_unique<VShardsCommand>());
    commands.push_back(std::make_unique<RouteCommand>());
    commands.push_back(std::make_unique<ProvisionCommand>());
    commands.push_back(std::make_unique<LoadTestCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<MoveCommand>());
    commands.push_back(std::make_unique<RebalanceCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ImportPyShardsCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<MonitorCommand>());
    return commands;
}

// The subcommand is the first argument that is neither an option nor the value of a global option
// that takes one, so global options may come before or after it.
int commandIndex(const QStringList &args)
{
    static const QStringList takesValue = CliContext::optionsTakingValue();
    for (int i = 1; i < args.size(); ++i) {
        if (takesValue.contains(args[i])) {
            ++i;
            continue;
        }
        if (!args[i].startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

void printOverview(const std::vector<std::unique_ptr<Command>> &commands)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Usage: sharddesk-cli COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto &c : commands)
        out << "  " << c->name().leftJustified(16) << c->description().section(QLatin1Char('\n'), 0, 0)
                                                          .section(QLatin1String(". "), 0, 0)
            << '\n';
    out << '\n'
        << QCoreApplication::translate("main", "Run sharddesk-cli COMMAND --help for a command's options.") << '\n'
        << QCoreApplication::translate("main", "Exit codes: 0 success, 1 usage error, 2 validation or runtime error.")
        << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));
    Translations::install();

    const auto commands = allCommands();
    QStringList args = QCoreApplication::arguments();
    const int index = commandIndex(args);
    if (index < 0) {
        if (args.contains(QStringLiteral("--version"))) {
            QTextStream(stdout) << "sharddesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return CliContext::Ok;
        }
        printOverview(commands);
        return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) ? CliContext::Ok
                                                                                               : CliContext::UsageError;
    }
    const QString name = args.takeAt(index);
    for (const auto &command : commands) {
        if (command->name() == name) {
            CliContext context;
            return command->run(args, context);
        }
    }
    QTextStream(stderr) << QCoreApplication::translate("main", "Unknown command \"%1\".").arg(name) << '\n';
    printOverview(commands);
    return CliContext::UsageError;
}
