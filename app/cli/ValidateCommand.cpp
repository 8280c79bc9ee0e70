#include "ValidateCommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ShardDesk::Cli {

QString ValidateCommand::description() const
{
    return tr("Check the stored topology and list every problem. Exit code 2 when there is any.");
}

void ValidateCommand::configure(QCommandLineParser &) {}

int ValidateCommand::execute(const QCommandLineParser &, CliContext &context)
{
    auto store = context.openStore(ConfigStore::OpenMode::OpenExisting);
    if (!store)
        return context.fail(store.error());
    auto topology = context.loadTopology(*store.value());
    if (!topology)
        return context.fail(topology.error());
    const TopologyProblems problems = topology->validate();
    if (context.json()) {
        QJsonArray list;
        for (const TopologyProblem &p : problems)
            list.append(p.message);
        context.printJson(QJsonObject{{QStringLiteral("valid"), problems.isEmpty()},
                                      {QStringLiteral("problems"), list}});
    } else if (problems.isEmpty()) {
        context.out() << tr("The topology is valid: %n shard(s), ", "", int(topology->shards.size()))
                      << tr("%n vshard(s).", "", topology->vshards.count()) << Qt::endl;
    } else {
        for (const TopologyProblem &p : problems)
            context.out() << p.message << Qt::endl;
    }
    return problems.isEmpty() ? CliContext::Ok : CliContext::RuntimeError;
}

} // namespace ShardDesk::Cli
