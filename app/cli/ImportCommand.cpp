#include "ImportCommand.h"

#include "config/ConfigBackup.h"
#include "config/TopologyFile.h"

#include <QFileInfo>
#include <QJsonObject>

namespace ShardDesk::Cli {

QString ImportCommand::description() const
{
    return tr("Replace the stored topology with a JSON export. A store that already holds a cluster is "
              "replaced only with --replace, and is first exported to a backup file.");
}

void ImportCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON file to import."), QStringLiteral("FILE"));
    parser.addOption({QStringLiteral("replace"), tr("Replace an existing cluster (after a backup).")});
}

int ImportCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give exactly one file to import."));
    const QString path = parser.positionalArguments().constFirst();
    auto imported = TopologyFile::read(path);
    if (!imported)
        return context.fail(imported.error());
    const TopologyProblems problems = imported->errors();
    for (const TopologyProblem &p : problems)
        context.err() << tr("invalid: %1").arg(p.message) << Qt::endl;
    if (!problems.isEmpty())
        return CliContext::RuntimeError;

    auto store = context.openStore();
    if (!store)
        return context.fail(store.error());
    auto has = store.value()->hasCluster();
    if (!has)
        return context.fail(has.error());
    qint64 replacedVersion = 0; // what is replaced must still be what was backed up (0: no cluster)
    if (has.value()) {
        if (!parser.isSet(QStringLiteral("replace")))
            return context.fail(makeError(tr("%1 already holds a cluster. Add --replace to replace it (a backup "
                                             "is exported first).").arg(context.location().toString()),
                                          Error::Kind::Usage));
        auto current = store.value()->load();
        if (!current)
            return context.fail(current.error());
        const QString backup = ConfigBackup::pathFor(context.location());
        if (auto written = ConfigBackup::write(current.value(), backup); !written)
            return context.fail(written.error());
        context.err() << tr("Backed up version %1 to %2.").arg(current->version).arg(backup) << Qt::endl;
        replacedVersion = current->version;
    }
    auto version = store.value()->replace(imported.value(), ConfigStore::defaultAuthor(), replacedVersion);
    if (!version)
        return context.fail(version.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("config"), context.location().toString()},
                                      {QStringLiteral("version"), version.value()},
                                      {QStringLiteral("shards"), int(imported->shards.size())},
                                      {QStringLiteral("replacedVersion"), replacedVersion}});
        return CliContext::Ok;
    }
    context.out() << tr("Imported %1 (%n shard(s)) as version %2.", "", int(imported->shards.size()))
                         .arg(path)
                         .arg(version.value())
                  << Qt::endl;
    return CliContext::Ok;
}

} // namespace ShardDesk::Cli
