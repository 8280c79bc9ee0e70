#include "Poller.h"

#include "monitor/HostMemory.h"
#include "monitor/MetricsHistory.h"
#include "monitor/MonitorLogging.h"
#include "monitor/PollBackoff.h"
#include "monitor/ServerProbe.h"

#include <QDateTime>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

namespace ShardDesk {

namespace {

// Enough for any realistic cluster at once; more servers share the threads (and may then miss ticks).
constexpr int MaxPollThreads = 64;

// One server to poll: where, which shard databases, and a shard to ask the options provider with.
struct PollTarget
{
    QString key;
    ServerAddress address;
    QStringList databases;
    Shard firstShard;
    qint64 detectedRamBytes = -1;
};

} // namespace

// What the Poller shares with its in-flight polls, which may outlive it (stop() and the destructor
// never wait for a hung server): they deliver only while poller is set, under the mutex.
struct PollerShared
{
    QMutex mutex;
    Poller *poller = nullptr;
    QSet<QString> busy; // servers with a poll in flight: never two polls of one server at once
    ConnectionPool connections; // per worker thread, reused across ticks
};

namespace {

// Each poll thread closes its own connections in a task, while QtSql is surely alive: left to the
// threads' thread_local clean-up, that could run after QThread::wait() returned and, at exit, after
// QtSql's globals are gone. Every task waits for all the others, so each runs on a different thread.
void closeConnections(QThreadPool &threads, PollerShared &shared)
{
    threads.waitForDone();
    const int count = threads.maxThreadCount();
    QSemaphore arrived;
    QSemaphore leave;
    for (int i = 0; i < count; ++i) {
        threads.start([&shared, &arrived, &leave]() {
            shared.connections.closeThreadConnections();
            arrived.release();
            leave.acquire();
        });
    }
    arrived.acquire(count);
    leave.release(count);
    threads.waitForDone();
}

} // namespace

class Poller::Private
{
public:
    explicit Private(Poller *q) : q(q), shared(std::make_shared<PollerShared>()), threads(new QThreadPool)
    {
        shared->poller = q;
    }

    void rebuildTargets();
    void tick(bool ignoreBackoff);
    void startPoll(const PollTarget &target, qint64 tickMs);
    void finishPoll(ProbeSample sample, quint64 pollGeneration, qint64 tickMs);
    void completeTick(qint64 tickMs);
    void addRates(ProbeSample &sample) const;
    ProbeSample waitingSample(const PollTarget &target, qint64 nowMs) const;

    Poller *q;
    std::shared_ptr<PollerShared> shared;
    std::shared_ptr<QThreadPool> threads;
    std::shared_ptr<const Topology> topology;
    ConnectionOptionsProvider provider;
    QList<PollTarget> targets;
    QHash<QString, qint64> enteredRam;
    QHash<QString, QString> lastError;
    QHash<qint64, int> pendingTicks; // tick -> polls not answered yet
    PollBackoff backoff;
    MetricsHistory history;
    QTimer timer;
    int timeoutSec = DefaultTimeoutSec;
    quint64 generation = 0; // bumped by stop(): answers of an earlier run are dropped
};

void Poller::Private::rebuildTargets()
{
    QList<PollTarget> rebuilt;
    QHash<QString, int> indexOf;
    if (topology) {
        for (const Shard &shard : topology->shards) {
            const QString key = shard.serverKey();
            if (!indexOf.contains(key)) {
                auto address = ServerAddress::fromHostPort(shard.host, shard.port);
                if (!address) {
                    qCWarning(lcMonitor) << "not polling" << key << address.error().message;
                    continue;
                }
                indexOf.insert(key, int(rebuilt.size()));
                rebuilt.append(PollTarget {key, *address, {}, shard, HostMemory::detect(shard.host)});
            }
            PollTarget &target = rebuilt[indexOf.value(key)];
            if (!target.databases.contains(shard.database))
                target.databases.append(shard.database);
        }
    }
    targets = rebuilt;
    threads->setMaxThreadCount(qBound(1, int(targets.size()), MaxPollThreads));
}

void Poller::Private::tick(bool ignoreBackoff)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int started = 0;
    QList<ProbeSample> waiting;
    for (const PollTarget &target : std::as_const(targets)) {
        if (!ignoreBackoff && backoff.isWaiting(target.key, now)) {
            waiting.append(waitingSample(target, now));
            continue;
        }
        {
            QMutexLocker locker(&shared->mutex);
            if (shared->busy.contains(target.key)) {
                qCDebug(lcMonitor) << "skipping" << target.key << "this tick: its previous poll has not returned";
                continue;
            }
            shared->busy.insert(target.key);
        }
        startPoll(target, now);
        ++started;
    }
    if (started > 0)
        pendingTicks.insert(now, started);
    // A server waiting out its back-off is still reported every tick, so views keep moving.
    for (ProbeSample &sample : waiting) {
        history.append(sample);
        emit q->sampled(sample);
    }
    if (started == 0)
        emit q->tickFinished(now);
}

ProbeSample Poller::Private::waitingSample(const PollTarget &target, qint64 nowMs) const
{
    ProbeSample sample;
    sample.serverKey = target.key;
    sample.timestampMs = nowMs;
    const qint64 seconds = (backoff.nextAttemptMs(target.key) - nowMs + 999) / 1000;
    sample.error = Poller::tr("%1 Next attempt in %n second(s).", "", int(seconds)).arg(lastError.value(target.key));
    const qint64 entered = enteredRam.value(target.key, 0);
    sample.hostRamBytes = entered > 0 ? entered : target.detectedRamBytes;
    return sample;
}

void Poller::Private::startPoll(const PollTarget &target, qint64 tickMs)
{
    const quint64 pollGeneration = generation;
    const int timeout = timeoutSec;
    threads->start([shared = shared, target, provider = provider, timeout, pollGeneration, tickMs]() {
        ProbeSample sample;
        auto options = provider ? provider(target.firstShard)
                                : Result<ConnectionOptions>(makeError(Poller::tr("No login is set for polling.")));
        if (options) {
            options->connectTimeoutSec = options->readTimeoutSec = options->writeTimeoutSec = timeout;
            sample = ServerProbe(target.address, target.databases, *options).run(shared->connections);
        } else {
            sample.error = options.error().fullText();
            sample.noPassword = options.error().kind == Error::Kind::NotFound;
            sample.timestampMs = QDateTime::currentMSecsSinceEpoch();
        }
        sample.serverKey = target.key;
        QMutexLocker locker(&shared->mutex);
        shared->busy.remove(target.key);
        if (Poller *poller = shared->poller) {
            // Queued to the Poller's thread; Qt drops the call if the Poller is deleted before it runs.
            QMetaObject::invokeMethod(
                poller,
                [poller, sample, pollGeneration, tickMs]() { poller->d->finishPoll(sample, pollGeneration, tickMs); },
                Qt::QueuedConnection);
        }
    });
}

void Poller::Private::finishPoll(ProbeSample sample, quint64 pollGeneration, qint64 tickMs)
{
    if (pollGeneration != generation)
        return; // answered after stop(): the caller no longer listens
    const qint64 entered = enteredRam.value(sample.serverKey, 0);
    if (entered > 0) {
        sample.hostRamBytes = entered;
    } else {
        for (const PollTarget &target : std::as_const(targets)) {
            if (target.key == sample.serverKey)
                sample.hostRamBytes = target.detectedRamBytes;
        }
    }
    addRates(sample);
    const bool wasWaiting = backoff.failures(sample.serverKey) > 0;
    // A server whose login has no password was not asked: it is asked again next tick, so a password set
    // meanwhile is used within one interval rather than after a back-off.
    const qint64 delay = backoff.record(sample.serverKey, sample.reachable || sample.noPassword, sample.timestampMs);
    if (sample.reachable) {
        lastError.remove(sample.serverKey);
        if (wasWaiting)
            qCInfo(lcMonitor) << sample.serverKey << "answers again";
    } else {
        lastError.insert(sample.serverKey, sample.error);
        if (sample.noPassword)
            qCDebug(lcMonitor) << sample.serverKey << "not asked: no password for its login";
        else
            qCDebug(lcMonitor) << sample.serverKey << "unreachable, next attempt in" << delay << "ms";
    }
    history.append(sample);
    emit q->sampled(sample);
    completeTick(tickMs);
}

void Poller::Private::completeTick(qint64 tickMs)
{
    const auto it = pendingTicks.find(tickMs);
    if (it == pendingTicks.end())
        return;
    if (--it.value() > 0)
        return;
    pendingTicks.erase(it);
    emit q->tickFinished(tickMs);
}

// Rates from the counters of the previous answer of the same server; unknown after a gap or a restart
// (counters going backwards).
void Poller::Private::addRates(ProbeSample &sample) const
{
    if (!sample.reachable)
        return;
    const ProbeSample previous = history.latest(sample.serverKey);
    const double seconds = (sample.timestampMs - previous.timestampMs) / 1000.0;
    if (!previous.reachable || seconds <= 0)
        return;
    if (previous.questions >= 0 && sample.questions >= previous.questions)
        sample.queriesPerSec = (sample.questions - previous.questions) / seconds;
    if (previous.inserts >= 0 && sample.inserts >= previous.inserts)
        sample.insertsPerSec = (sample.inserts - previous.inserts) / seconds;
}

Poller::Poller(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    qRegisterMetaType<ProbeSample>();
    d->timer.setInterval(DefaultIntervalMs);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this]() { d->tick(false); });
}

Poller::~Poller()
{
    {
        QMutexLocker locker(&d->shared->mutex);
        d->shared->poller = nullptr;
    }
    // Polls still in flight may be stuck on a hung server until their timeout: a thread of the global
    // pool (which QCoreApplication waits for on exit) waits for them and closes the connections,
    // instead of this thread.
    QThreadPool::globalInstance()->start(
        [threads = std::move(d->threads), shared = d->shared]() { closeConnections(*threads, *shared); });
}

void Poller::setTopology(std::shared_ptr<const Topology> topology)
{
    d->topology = std::move(topology);
    d->rebuildTargets();
}

void Poller::setOptionsProvider(ConnectionOptionsProvider provider)
{
    d->provider = std::move(provider);
}

void Poller::setIntervalMs(int intervalMs)
{
    d->timer.setInterval(qMax(intervalMs, 1));
}

int Poller::intervalMs() const
{
    return d->timer.interval();
}

void Poller::setTimeoutSec(int seconds)
{
    d->timeoutSec = qMax(seconds, 1);
}

void Poller::setHostRam(const QString &serverKey, qint64 bytes)
{
    if (bytes > 0)
        d->enteredRam.insert(serverKey, bytes);
    else
        d->enteredRam.remove(serverKey);
}

MetricsHistory &Poller::history()
{
    return d->history;
}

void Poller::start()
{
    if (d->timer.isActive())
        return;
    d->timer.start();
    d->tick(false);
}

void Poller::stop()
{
    d->timer.stop();
    ++d->generation;
    d->pendingTicks.clear();
}

bool Poller::isRunning() const
{
    return d->timer.isActive();
}

void Poller::pollNow()
{
    d->tick(true);
}

} // namespace ShardDesk
