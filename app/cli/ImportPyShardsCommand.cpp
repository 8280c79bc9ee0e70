#include "ImportPyShardsCommand.h"

#include "config/PyShardsImporter.h"

#include <QJsonObject>

namespace ShardDesk::Cli {

QString ImportPyShardsCommand::description() const
{
    return tr("Migrate an original pyshards shardconf (an SQLite file or mysql://user@host:port/shardconf) into "
              "the config store given with --config. Passwords move to the credential store (--secrets-file or "
              "the OS keychain) and are blanked in the source.");
}

void ImportPyShardsCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("source"), tr("The pyshards shardconf."), QStringLiteral("SOURCE"));
    parser.addOption({QStringLiteral("keep-source-passwords"),
                      tr("Leave the passwords in the source (they are blanked by default).")});
}

int ImportPyShardsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give the pyshards shardconf to import."));
    auto source = ConfigLocation::parse(parser.positionalArguments().constFirst());
    if (!source)
        return context.usage(source.error().fullText());
    ConnectionOptions sourceOptions = context.serverOptions();
    if (source->kind() == ConfigLocation::Kind::MySql) {
        sourceOptions.user = source->user();
        auto secret = context.password(source->toString(), source->credentialRef());
        if (!secret)
            return context.fail(secret.error());
        sourceOptions.password = secret.value();
    }
    auto credentials = context.credentialStore();
    if (!credentials)
        return context.fail(credentials.error());

    auto store = context.openStore();
    if (!store)
        return context.fail(store.error());
    auto has = store.value()->hasCluster();
    if (!has)
        return context.fail(has.error());
    if (has.value())
        return context.fail(makeError(tr("%1 already holds a cluster; import into a new config store.")
                                          .arg(context.location().toString()),
                                      Error::Kind::Usage));

    // Import (the source is not changed), store, and only then blank the source's passwords that are
    // verifiably in the credential store: a failure at any step loses nothing.
    auto report = PyShardsImporter::import(source.value(), sourceOptions, *credentials.value(), {});
    if (!report)
        return context.fail(report.error());
    for (const QString &warning : report->warnings)
        context.err() << tr("warning: %1").arg(warning) << Qt::endl;
    auto version = store.value()->replace(report->topology, ConfigStore::defaultAuthor(), 0); // still empty
    if (!version)
        return context.fail(version.error());
    if (!parser.isSet(QStringLiteral("keep-source-passwords"))) {
        auto kept = PyShardsImporter::clearSourcePasswords(source.value(), sourceOptions, report->topology,
                                                           *credentials.value());
        if (!kept)
            context.err() << tr("warning: the configuration was imported, but the passwords could not be removed "
                                "from the pyshards shardconf: %1").arg(kept.error().fullText())
                          << Qt::endl;
        else if (!kept->isEmpty())
            context.err() << tr("warning: the passwords of %n shard(s) were left in the pyshards shardconf (they "
                                "differ from the stored secrets).", "", int(kept->size()))
                          << Qt::endl;
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("config"), context.location().toString()},
                                      {QStringLiteral("shards"), report->shardCount},
                                      {QStringLiteral("vshards"), report->vshardCount},
                                      {QStringLiteral("credentialStore"), credentials.value()->description()},
                                      {QStringLiteral("passwordsMoved"), report->secretsMoved}});
        return CliContext::Ok;
    }
    context.out() << tr("Imported into %1. Shards: %2, vshards: %3, passwords moved to %4: %5.")
                         .arg(context.location().toString())
                         .arg(report->shardCount)
                         .arg(report->vshardCount)
                         .arg(credentials.value()->description())
                         .arg(report->secretsMoved)
                  << Qt::endl;
    return CliContext::Ok;
}

} // namespace ShardDesk::Cli
