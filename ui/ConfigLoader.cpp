#include "ConfigLoader.h"

#include "config/ConfigStore.h"

#include <QtConcurrent>

namespace ShardDesk {

ConfigLoader::ConfigLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ConfigLoader::onFinished);
}

// No wait here: a load from a hung server would block the GUI thread for the timeouts. The task owns
// all its data, and QCoreApplication waits for the global thread pool on exit.
ConfigLoader::~ConfigLoader() = default;

void ConfigLoader::load(const ConfigLocation &location, const ConnectionOptions &mysqlOptions)
{
    m_watcher.setFuture(QtConcurrent::run(&ConfigLoader::run, location, mysqlOptions));
}

bool ConfigLoader::isLoading() const
{
    return m_watcher.isRunning();
}

ConfigLoader::Outcome ConfigLoader::run(const ConfigLocation &location, const ConnectionOptions &options)
{
    Outcome outcome{location, {}, false, {}};
    ConfigStore store;
    // A store on a server is only opened, never created, from here: a mistyped URL must not create a
    // shardconf database on some server. The SQLite default file is created on first start.
    const auto mode = location.kind() == ConfigLocation::Kind::MySql ? ConfigStore::OpenMode::OpenExisting
                                                                     : ConfigStore::OpenMode::CreateIfMissing;
    if (auto opened = store.open(location, options, mode); !opened) {
        outcome.error = opened.error().fullText();
        return outcome;
    }
    auto has = store.hasCluster();
    if (!has) {
        outcome.error = has.error().fullText();
        return outcome;
    }
    outcome.hasCluster = has.value();
    if (!outcome.hasCluster)
        return outcome;
    auto topology = store.load();
    if (!topology)
        outcome.error = topology.error().fullText();
    else
        outcome.topology = std::move(topology).value();
    return outcome;
}

void ConfigLoader::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.error.isEmpty())
        emit loaded(outcome.location, outcome.topology, outcome.hasCluster);
    else
        emit failed(outcome.location, outcome.error);
}

} // namespace ShardDesk
