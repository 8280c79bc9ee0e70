#include "ConfigApplier.h"

#include "config/ConfigStore.h"

#include <QtConcurrent>

namespace ShardDesk {

ConfigApplier::ConfigApplier(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ConfigApplier::onFinished);
}

ConfigApplier::~ConfigApplier()
{
    // The task owns its ConfigStore and its snapshots; waiting keeps it from outliving the application.
    m_watcher.waitForFinished();
}

void ConfigApplier::apply(const ConfigLocation &location, const ConnectionOptions &options,
                          std::shared_ptr<const Topology> base, std::shared_ptr<const Topology> edited)
{
    m_watcher.setFuture(QtConcurrent::run(&ConfigApplier::run, location, options, std::move(base), std::move(edited)));
}

bool ConfigApplier::isRunning() const
{
    return m_watcher.isRunning();
}

ConfigApplier::Outcome ConfigApplier::run(const ConfigLocation &location, const ConnectionOptions &options,
                                          std::shared_ptr<const Topology> base, std::shared_ptr<const Topology> edited)
{
    Outcome outcome;
    ConfigStore store;
    if (auto opened = store.open(location, options, ConfigStore::OpenMode::OpenExisting); !opened) {
        outcome.error = opened.error().fullText();
        return outcome;
    }
    auto applied = store.apply(*base, *edited, ConfigStore::defaultAuthor());
    if (applied) {
        outcome.version = applied.value();
        return outcome;
    }
    outcome.error = applied.error().fullText();
    if (applied.error().kind == Error::Kind::Conflict) {
        outcome.conflict = true;
        if (auto revision = store.revision()) {
            outcome.version = revision->version;
            outcome.changedBy = revision->changedBy;
            outcome.changedAt = revision->changedAt;
        }
    }
    return outcome;
}

void ConfigApplier::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.conflict)
        emit conflicted(outcome.version, outcome.changedBy, outcome.changedAt);
    else if (outcome.error.isEmpty())
        emit applied(outcome.version);
    else
        emit failed(outcome.error);
}

} // namespace ShardDesk
