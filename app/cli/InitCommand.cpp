#include "InitCommand.h"

#include <QJsonObject>

namespace ShardDesk::Cli {

QString InitCommand::description() const
{
    return tr("Create a cluster in the config store: N vshards, all unmapped until shards are added and "
              "the vshards assigned. N is fixed for the life of the cluster; choose it large (e.g. 1024 or "
              "more, at least four per bucket head you will ever have).");
}

void InitCommand::configure(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("vshards"), tr("Number of vshards (default 1024)."), tr("N"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("name"), tr("Cluster name."), tr("name"), QStringLiteral("cluster")});
    parser.addOption({QStringLiteral("key-column"), tr("Column holding the shard key (default userid)."),
                      tr("column"), QStringLiteral("userid")});
    parser.addOption({QStringLiteral("lowercase-keys"), tr("Lower-case keys before hashing.")});
}

int InitCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    bool ok = false;
    ClusterSettings settings;
    settings.vshardCount = parser.value(QStringLiteral("vshards")).toInt(&ok);
    if (!ok || settings.vshardCount < 1)
        return context.usage(tr("--vshards takes a whole number of at least 1."));
    settings.name = parser.value(QStringLiteral("name"));
    settings.keyColumn = parser.value(QStringLiteral("key-column"));
    if (parser.isSet(QStringLiteral("lowercase-keys")))
        settings.keyNormalization = ClusterSettings::KeyNormalization::Lowercase;

    auto store = context.openStore();
    if (!store)
        return context.fail(store.error());
    auto topology = store.value()->initialize(settings, ConfigStore::defaultAuthor());
    if (!topology)
        return context.fail(topology.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("config"), context.location().toString()},
                                      {QStringLiteral("vshards"), settings.vshardCount},
                                      {QStringLiteral("version"), topology->version}});
    } else {
        context.out() << tr("Created cluster \"%1\" with %2 vshards in %3.")
                             .arg(settings.name)
                             .arg(settings.vshardCount)
                             .arg(context.location().toString())
                      << Qt::endl;
    }
    return CliContext::Ok;
}

} // namespace ShardDesk::Cli
