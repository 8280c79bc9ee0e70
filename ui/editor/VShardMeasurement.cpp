#include "VShardMeasurement.h"

#include "VShardMapModel.h"
#include "rebalance/VShardSizer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

struct Outcome
{
    Result<std::vector<VShardSize>> perVShard = makeError(QString());
    qint64 elapsedMs = 0;
};

// On a worker thread: VShardSizer opens (and removes) its own connections there.
Outcome measureOnWorker(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider logins)
{
    QElapsedTimer clock;
    clock.start();
    Outcome outcome;
    auto sizes = VShardSizer::measure(*topology, logins);
    if (sizes)
        outcome.perVShard = VShardMapModel::byVShard(*sizes, topology->vshards.count());
    else
        outcome.perVShard = sizes.error();
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

} // namespace

VShardMeasurement::VShardMeasurement(QObject *parent) : QObject(parent) { }

void VShardMeasurement::start(std::shared_ptr<const Topology> topology)
{
    if (m_running || !m_logins || !topology)
        return;
    // If the user declines to choose a credential store, the callback never comes and nothing starts. The
    // logins may come later (a keychain probe, a dialog): a document opened meanwhile makes this run stale.
    m_logins([this, topology, generation = m_generation](ConnectionOptionsProvider logins) {
        run(topology, std::move(logins), generation);
    });
}

void VShardMeasurement::run(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider logins, int generation)
{
    if (m_running || generation != m_generation)
        return;
    m_running = true;
    emit started(int(topology->shards.size()));
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_running = false;
        const Outcome outcome = watcher->future().takeResult();
        if (generation == m_generation) {
            if (outcome.perVShard)
                emit measured(*outcome.perVShard, outcome.elapsedMs);
            else
                emit failed(outcome.perVShard.error().fullText());
        }
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run(&measureOnWorker, std::move(topology), std::move(logins)));
}

void VShardMeasurement::discard()
{
    ++m_generation;
}

} // namespace ShardDesk
