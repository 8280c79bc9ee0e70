#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "monitor/CapacityCheck.h"
#include "monitor/ProbeSample.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <optional>

namespace ShardDesk {

class Router;

// Turns probe samples into shard state: applies CapacityCheck to the router's topology, pushes a full
// flag that flipped to the Router at once (inserts overflow to the next shard of the bucket from the
// next route on) and persists current_mb and the flag to the config store on a worker thread,
// throttled: a shard is written at most every persistIntervalMs, unless its full flag flipped.
class CapacityMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPersistIntervalMs = 10000;

    // router must outlive the monitor.
    explicit CapacityMonitor(Router *router, QObject *parent = nullptr);
    // Waits for a config store write in flight (bounded by the store's own timeouts).
    ~CapacityMonitor() override;

    // Where shard state is persisted; without a store, flags only go to the router. The options carry
    // the login of a MySQL store (ignored for SQLite) and live only in memory.
    void setConfigStore(const ConfigLocation &location, const ConnectionOptions &options = {});
    void setPersistIntervalMs(int intervalMs);
    // The size last seen for a shard, or -1 when no sample reported it yet.
    double currentMb(int shardId) const;
    // Config store writes started and not finished yet.
    int writesInFlight() const { return m_writesInFlight; }

public slots:
    void addSample(const ShardDesk::ProbeSample &sample);

signals:
    void fullFlagChanged(int shardId, bool full);
    void shardsChanged(const QList<ShardDesk::CapacityCheck::Change> &changes);
    // A batch of shard states was written to the config store.
    void persisted(int shardCount);
    void persistFailed(const QString &message);

private:
    struct Written
    {
        qint64 atMs = 0;
        double currentMb = -1;
        bool full = false;
    };

    void persist(const QList<CapacityCheck::Change> &changes);

    Router *m_router;
    QHash<int, double> m_currentMb;
    QHash<int, Written> m_written;
    std::optional<ConfigLocation> m_location;
    ConnectionOptions m_storeOptions;
    int m_persistIntervalMs = DefaultPersistIntervalMs;
    int m_writesInFlight = 0;
    QThreadPool m_writer; // one thread: writes stay in order
};

} // namespace ShardDesk
