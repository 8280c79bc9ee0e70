#include "ConfigImporter.h"

#include "config/ConfigBackup.h"
#include "config/ConfigStore.h"
#include "config/PyShardsImporter.h"
#include "config/TopologyFile.h"

#include <QtConcurrent>

namespace ShardDesk {

ConfigImporter::ConfigImporter(QObject *parent) : QObject(parent)
{
    connect(&m_reading, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_reading.result();
        if (outcome.error.isEmpty())
            emit readDone(outcome.path, outcome.topology, outcome.warnings);
        else
            emit failed(outcome.error);
    });
    connect(&m_replacing, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_replacing.result();
        if (outcome.error.isEmpty())
            emit replaced(outcome.version, outcome.backupPath);
        else
            emit failed(outcome.error);
    });
}

ConfigImporter::~ConfigImporter()
{
    // Both tasks own their data and store; waiting keeps them from outliving the application.
    m_reading.waitForFinished();
    m_replacing.waitForFinished();
}

void ConfigImporter::read(const QString &path)
{
    m_reading.setFuture(QtConcurrent::run(&ConfigImporter::runRead, path));
}

void ConfigImporter::readPyShards(const ConfigLocation &source, const ConnectionOptions &sourceOptions,
                                  std::shared_ptr<CredentialStore> credentials)
{
    m_reading.setFuture(QtConcurrent::run(&ConfigImporter::runReadPyShards, source, sourceOptions, credentials));
}

void ConfigImporter::replace(const ConfigLocation &location, const ConnectionOptions &options,
                             const Topology &topology)
{
    m_replacing.setFuture(QtConcurrent::run(&ConfigImporter::runReplace, location, options, topology));
}

ConfigImporter::Outcome ConfigImporter::runRead(const QString &path)
{
    Outcome outcome;
    outcome.path = path;
    auto imported = TopologyFile::read(path);
    if (!imported) {
        outcome.error = imported.error().fullText();
        return outcome;
    }
    const TopologyProblems problems = imported->errors();
    if (!problems.isEmpty()) {
        outcome.error = tr("%1 cannot be imported: %2").arg(path, problems.constFirst().message);
        return outcome;
    }
    outcome.topology = std::move(imported).value();
    return outcome;
}

ConfigImporter::Outcome ConfigImporter::runReadPyShards(const ConfigLocation &source,
                                                        const ConnectionOptions &sourceOptions,
                                                        std::shared_ptr<CredentialStore> credentials)
{
    Outcome outcome;
    outcome.path = source.toString();
    // Validates before anything is written; the passwords it copies are only referenced once the store
    // is replaced, and the source keeps its own until the user clears them (sharddesk-cli import-pyshards).
    auto report = PyShardsImporter::import(source, sourceOptions, *credentials, {});
    if (!report) {
        outcome.error = report.error().fullText();
        return outcome;
    }
    outcome.topology = std::move(report->topology);
    outcome.warnings = report->warnings;
    return outcome;
}

ConfigImporter::Outcome ConfigImporter::runReplace(const ConfigLocation &location, const ConnectionOptions &options,
                                                   const Topology &topology)
{
    Outcome outcome;
    ConfigStore store;
    auto step = [&outcome](const Error &error) {
        outcome.error = error.fullText();
        return outcome;
    };
    if (auto opened = store.open(location, options); !opened)
        return step(opened.error());
    auto has = store.hasCluster();
    if (!has)
        return step(has.error());
    if (has.value()) {
        auto current = store.load();
        if (!current)
            return step(current.error());
        outcome.backupPath = ConfigBackup::pathFor(location);
        if (auto written = ConfigBackup::write(current.value(), outcome.backupPath); !written)
            return step(written.error());
    }
    auto version = store.replace(topology, ConfigStore::defaultAuthor());
    if (!version)
        return step(version.error());
    outcome.version = version.value();
    return outcome;
}

} // namespace ShardDesk
