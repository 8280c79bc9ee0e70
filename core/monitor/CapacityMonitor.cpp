#include "CapacityMonitor.h"

#include "config/ConfigStore.h"
#include "monitor/MonitorLogging.h"
#include "routing/Router.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

// Opens the store on the calling (worker) thread, writes every state and closes it: a ConfigStore
// belongs to the thread that opened it. Returns the error text, empty on success.
QString writeStates(const ConfigLocation &location, const ConnectionOptions &options,
                    const QList<CapacityCheck::Change> &changes)
{
    ConfigStore store;
    if (auto opened = store.open(location, options, ConfigStore::OpenMode::OpenExisting); !opened)
        return opened.error().fullText();
    for (const CapacityCheck::Change &change : changes) {
        if (auto written = store.setShardState(change.shardId, change.currentMb, change.full); !written)
            return written.error().fullText();
    }
    return {};
}

} // namespace

CapacityMonitor::CapacityMonitor(Router *router, QObject *parent) : QObject(parent), m_router(router)
{
    qRegisterMetaType<ProbeSample>();
    m_writer.setMaxThreadCount(1);
}

CapacityMonitor::~CapacityMonitor()
{
    m_writer.waitForDone();
}

void CapacityMonitor::setConfigStore(const ConfigLocation &location, const ConnectionOptions &options)
{
    m_location = location;
    m_storeOptions = options;
}

void CapacityMonitor::setPersistIntervalMs(int intervalMs)
{
    m_persistIntervalMs = qMax(intervalMs, 0);
}

double CapacityMonitor::currentMb(int shardId) const
{
    return m_currentMb.value(shardId, -1);
}

void CapacityMonitor::addSample(const ProbeSample &sample)
{
    const auto topology = m_router->topology();
    if (!topology || !sample.reachable)
        return;
    // The router's topology has the full flags (kept current through setShardFull) but the sizes of
    // when it was loaded: compare against the sizes seen since. Shards only, not the vshard map.
    Topology seen;
    seen.shards = topology->shards;
    for (Shard &shard : seen.shards)
        shard.currentMb = m_currentMb.value(shard.id, shard.currentMb);
    const QList<CapacityCheck::Change> changes = CapacityCheck::evaluate(seen, sample);
    if (changes.isEmpty())
        return;
    for (const CapacityCheck::Change &change : changes) {
        m_currentMb.insert(change.shardId, change.currentMb);
        if (!change.fullChanged)
            continue;
        qCInfo(lcMonitor) << "shard" << change.shardId << (change.full ? "is full" : "is no longer full") << "at"
                          << change.currentMb << "MB";
        m_router->setShardFull(change.shardId, change.full);
        emit fullFlagChanged(change.shardId, change.full);
    }
    emit shardsChanged(changes);
    persist(changes);
}

void CapacityMonitor::persist(const QList<CapacityCheck::Change> &changes)
{
    if (!m_location)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<CapacityCheck::Change> due;
    for (const CapacityCheck::Change &change : changes) {
        const auto written = m_written.constFind(change.shardId);
        const bool first = written == m_written.constEnd();
        const bool flagDiffers = first || written->full != change.full;
        if (!flagDiffers && now - written->atMs < m_persistIntervalMs)
            continue; // throttled: the size is written again at the next due sample
        if (!first && !flagDiffers && qAbs(written->currentMb - change.currentMb) < 0.01)
            continue;
        due.append(change);
        m_written.insert(change.shardId, Written {now, change.currentMb, change.full});
    }
    if (due.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, count = int(due.size())]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        --m_writesInFlight;
        if (error.isEmpty()) {
            emit persisted(count);
        } else {
            qCWarning(lcMonitor) << "could not save shard state:" << error;
            emit persistFailed(error);
        }
    });
    ++m_writesInFlight;
    watcher->setFuture(QtConcurrent::run(&m_writer, writeStates, *m_location, m_storeOptions, due));
}

} // namespace ShardDesk
