#pragma once

#include "db/ConnectionOptions.h"
#include "monitor/ProbeSample.h"
#include "topology/Topology.h"

#include <QObject>

#include <memory>

namespace ShardDesk {

class MetricsHistory;

// Polls every server of a topology at a fixed interval, all in parallel on worker threads, each with a
// connect/read timeout: a slow or dead server never delays the others or the caller's thread. A server
// that does not answer is reported unreachable (with the error) and polled again with a back-off until
// it answers. Samples come back as queued signals on the Poller's thread and are kept in the history.
class Poller : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 1000;
    static constexpr int DefaultTimeoutSec = 2;

    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;

    void setTopology(std::shared_ptr<const Topology> topology);
    // Credentials for a server, asked with one of its shards. Called from worker threads.
    void setOptionsProvider(ConnectionOptionsProvider provider);
    void setIntervalMs(int intervalMs);
    int intervalMs() const;
    void setTimeoutSec(int seconds);
    // Host RAM entered by the user for a server ("host:port"); 0 clears it (detected or unknown then).
    void setHostRam(const QString &serverKey, qint64 bytes);

    MetricsHistory &history();

    void start();
    void stop();
    bool isRunning() const;
    // Polls every server once now, outside the schedule.
    void pollNow();

signals:
    void sampled(const ShardDesk::ProbeSample &sample);
    // After every server of a tick has answered or timed out.
    void tickFinished(qint64 tickMs);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ShardDesk
