#include "ExportCommand.h"

#include "topology/TopologyJson.h"

#include <QSaveFile>

namespace ShardDesk::Cli {

QString ExportCommand::description() const
{
    return tr("Write the whole topology to a JSON file (docs/CONFIG_FORMAT.md). Passwords are never "
              "exported; shards keep their credential references. FILE - writes to standard output.");
}

void ExportCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("Where to write the JSON."), QStringLiteral("FILE"));
}

int ExportCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give exactly one file to write."));
    const QString path = parser.positionalArguments().constFirst();
    auto store = context.openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return context.fail(store.error());
    auto topology = context.loadTopology(*store.value());
    if (!topology)
        return context.fail(topology.error());
    const QByteArray json = TopologyJson::toJson(topology.value());
    if (path == QLatin1String("-")) {
        context.out() << QString::fromUtf8(json);
        context.out().flush();
        return CliContext::Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return context.fail(makeError(tr("Could not write %1: %2").arg(path, file.errorString())));
    context.err() << tr("Exported version %1 (%n shard(s)) to %2.", "", int(topology->shards.size()))
                         .arg(topology->version)
                         .arg(path)
                  << Qt::endl;
    return CliContext::Ok;
}

} // namespace ShardDesk::Cli
