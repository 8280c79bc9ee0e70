#include "Command.h"

namespace ShardDesk::Cli {

int Command::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    context.addGlobalOptions(parser);
    configure(parser);
    if (!parser.parse(arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by argv[0]; say "sharddesk-cli COMMAND" instead.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst() + QLatin1Char(' '),
                     QStringLiteral("sharddesk-cli ") + name() + QLatin1Char(' '));
        context.out() << help << '\n'
                      << tr("Exit codes: 0 success, 1 usage error, 2 validation or runtime error.") << '\n';
        context.out().flush();
        return CliContext::Ok;
    }
    if (!context.readGlobalOptions(parser))
        return CliContext::UsageError;
    return execute(parser, context);
}

} // namespace ShardDesk::Cli
