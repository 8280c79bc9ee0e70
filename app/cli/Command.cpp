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
        context.out() << parser.helpText().replace(QCoreApplication::applicationName() + QLatin1Char(' '),
                                                   QCoreApplication::applicationName() + QLatin1Char(' ')
                                                       + name() + QLatin1Char(' '));
        context.out().flush();
        return CliContext::Ok;
    }
    if (!context.readGlobalOptions(parser))
        return CliContext::UsageError;
    return execute(parser, context);
}

} // namespace ShardDesk::Cli
