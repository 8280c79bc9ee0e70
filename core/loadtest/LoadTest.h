#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "loadtest/LoadTestResult.h"
#include "loadtest/LoadTestSpec.h"
#include "routing/RoutingTable.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace ShardDesk {

class LoadTestWorker;

// Inserts generated users (UserGenerator) and their comments into a cluster with spec.threads worker
// threads, each with its own connections and prepared statements, routing every user on one routing
// snapshot. run() blocks until the run ends — all users written, the duration over, or cancel() — so a
// GUI calls it through QtConcurrent::run; once a second it emits progress() with the counts so far and
// that second's latency percentiles (queued to receivers in other threads). Cancel stops cleanly:
// every user already started is finished, and in txn and batch mode a user is committed together with
// its comments or not at all.
class LoadTest : public QObject
{
    Q_OBJECT

public:
    LoadTest(LoadTestSpec spec, std::shared_ptr<const RoutingTable> routing, ConnectionOptionsProvider options,
             QObject *parent = nullptr);
    ~LoadTest() override;

    LoadTestResult run();
    void cancel();

signals:
    void progress(const ShardDesk::LoadTestResult &snapshot);
    void finished(const ShardDesk::LoadTestResult &result);

private:
    struct Run;

    Result<void> prepare(Run &run);
    LoadTestResult snapshot(const Run &run) const;

    LoadTestSpec m_spec;
    std::shared_ptr<const RoutingTable> m_routing;
    ConnectionOptionsProvider m_options;
    std::atomic<bool> m_cancelled {false};
};

} // namespace ShardDesk
