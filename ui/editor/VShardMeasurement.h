#pragma once

#include "db/ConnectionOptions.h"
#include "rebalance/MovePlan.h"
#include "topology/Topology.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace ShardDesk {

// "Measure Sizes" for the vshard map: VShardSizer over a topology's shards on a worker thread
// (QtConcurrent), one run at a time. The result comes as a vector indexed by vshard, built on the worker,
// so even a million vshards cost the GUI thread only the copy into the model. A run outdated by a new
// document is dropped when it ends (discard()); nothing waits for it.
class VShardMeasurement : public QObject
{
    Q_OBJECT

public:
    // Asks for shard logins (the credential store may need choosing first) and calls back with them.
    using LoginSource = std::function<void(std::function<void(ConnectionOptionsProvider)>)>;

    explicit VShardMeasurement(QObject *parent = nullptr);

    void setLoginSource(LoginSource source) { m_logins = std::move(source); }
    bool hasLoginSource() const { return static_cast<bool>(m_logins); }
    bool isRunning() const { return m_running; }
    // Asks for the logins, then measures every shard of topology. Ignored while a run is under way.
    void start(std::shared_ptr<const Topology> topology);
    // The run under way (if any) reports nothing when it ends.
    void discard();

signals:
    void started(int shards);
    // perVShard: one entry per vshard id of the topology measured.
    void measured(const std::vector<ShardDesk::VShardSize> &perVShard, qint64 elapsedMs);
    void failed(const QString &message);
    // After measured or failed, and after a discarded run ended.
    void finished();

private:
    void run(std::shared_ptr<const Topology> topology, ConnectionOptionsProvider logins, int generation);

    LoginSource m_logins;
    bool m_running = false;
    int m_generation = 0; // bumped by discard(): a run reports only if it is still current
};

} // namespace ShardDesk
