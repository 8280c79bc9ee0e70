#include "LoadTest.h"

#include "loadtest/LoadTestWorker.h"

#include <QDeadlineTimer>
#include <QThread>

namespace ShardDesk {

namespace {

// How often the coordinator looks for a cancel; progress is still reported once a second.
constexpr int CancelPollMs = 100;

} // namespace

struct LoadTest::Run
{
    explicit Run(const LoadTestSpec &spec, std::shared_ptr<const RoutingTable> routing) : shared(spec, std::move(routing)) {}

    LoadTestWorker::Shared shared;
    std::vector<std::unique_ptr<LoadTestWorker>> workers;
    std::vector<std::unique_ptr<QThread>> threads;
    LatencyHistogram total;
    QList<LoadTestResult::Second> seconds;
    qint64 doneAtLastSecond = 0;
    qint64 errorsAtLastSecond = 0;
};

LoadTest::LoadTest(LoadTestSpec spec, std::shared_ptr<const RoutingTable> routing, ConnectionOptionsProvider options,
                   QObject *parent)
    : QObject(parent), m_spec(std::move(spec)), m_routing(std::move(routing)), m_options(std::move(options))
{
    qRegisterMetaType<LoadTestResult>();
}

LoadTest::~LoadTest() = default;

void LoadTest::cancel()
{
    m_cancelled.store(true);
}

Result<void> LoadTest::prepare(Run &run)
{
    if (const QStringList problems = m_spec.problems(); !problems.isEmpty())
        return makeError(problems.join(QLatin1Char(' ')), Error::Kind::Usage);
    const Topology &topology = m_routing->topology();
    if (topology.shards.isEmpty() || topology.vshards.unmappedCount() > 0)
        return makeError(tr("The cluster has no shards, or vshards that are not mapped: provision it first."),
                         Error::Kind::Validation);
    LoadTestWorker::Shared &shared = run.shared;
    shared.keyColumn = topology.settings.keyColumn;
    QHash<ServerAddress, int> serverIndex;
    for (const Shard &shard : topology.shards) {
        auto address = ServerAddress::fromHostPort(shard.host, shard.port);
        if (!address)
            return address.error();
        if (!serverIndex.contains(*address)) {
            // One login per server: the connections are shared by all its shards (no default database).
            auto options = m_options ? m_options(shard) : Result<ConnectionOptions>(ConnectionOptions{});
            if (!options)
                return options.error();
            serverIndex.insert(*address, int(shared.servers.size()));
            shared.servers.push_back({*address, *options});
        }
        LoadTestWorker::Shared::Target target;
        target.shardId = shard.id;
        target.serverIndex = serverIndex.value(*address);
        target.name = shard.displayName();
        target.database = shard.database;
        target.userInsert = LoadTestWorker::insertSql(shard.database, QStringLiteral("user"),
                                                      LoadTestWorker::userColumns(shared.keyColumn), 1);
        target.commentInsert = LoadTestWorker::insertSql(shard.database, QStringLiteral("user_comment"),
                                                         LoadTestWorker::commentColumns(), 1);
        target.context = tr("Could not insert into shard %1.").arg(shard.displayName());
        shared.targetOfShard.insert(shard.id, int(shared.targets.size()));
        shared.targets.push_back(target);
        shared.counters.push_back(std::make_unique<LoadTestWorker::Shared::Counter>());
        shared.batches.push_back(std::make_unique<LoadTestWorker::Shared::PendingBatch>());
    }
    return {};
}

LoadTestResult LoadTest::snapshot(const Run &run) const
{
    LoadTestResult result;
    result.spec = m_spec;
    result.elapsedSeconds = double(run.shared.clock.elapsed()) / 1000.0;
    for (size_t t = 0; t < run.shared.targets.size(); ++t) {
        LoadTestWorker::Shared::Counter &counter = *run.shared.counters[t];
        LoadTestResult::ShardCounts counts;
        counts.shardId = run.shared.targets[t].shardId;
        counts.name = run.shared.targets[t].name;
        counts.acknowledged = counter.acknowledged.load();
        counts.failed = counter.failed.load();
        counts.unknown = counter.unknown.load();
        counts.commentErrors = counter.commentErrors.load();
        {
            std::lock_guard lock(counter.errorMutex);
            counts.lastError = counter.lastError;
        }
        result.acknowledged += counts.acknowledged;
        result.failed += counts.failed;
        result.unknown += counts.unknown;
        result.shards.append(counts);
    }
    result.latency = run.total;
    result.seconds = run.seconds;
    return result;
}

LoadTestResult LoadTest::run()
{
    m_cancelled.store(false);
    Run run(m_spec, m_routing);
    if (auto prepared = prepare(run); !prepared) {
        LoadTestResult failed;
        failed.spec = m_spec;
        failed.finished = true;
        failed.setupError = prepared.error().fullText();
        emit finished(failed);
        return failed;
    }
    run.shared.clock.start();
    for (int i = 0; i < m_spec.threads; ++i) {
        run.workers.push_back(std::make_unique<LoadTestWorker>(run.shared));
        LoadTestWorker *worker = run.workers.back().get();
        run.threads.emplace_back(QThread::create([worker] { worker->run(); }));
        run.threads.back()->start();
    }
    bool cancelled = false;
    for (int second = 1;; ++second) {
        const QDeadlineTimer tick(qint64(second) * 1000 - run.shared.clock.elapsed());
        bool allDone = true;
        for (const auto &thread : run.threads) {
            // Wake up in short steps, so a cancel is seen quickly even in the middle of a second.
            while (!thread->wait(QDeadlineTimer(std::min<qint64>(CancelPollMs, tick.remainingTime())))) {
                if (m_cancelled.load() && !cancelled) {
                    cancelled = true;
                    run.shared.stop.store(true);
                }
                if (tick.hasExpired())
                    break;
            }
            if (!thread->isFinished()) {
                allDone = false;
                break;
            }
        }
        LatencyHistogram interval;
        for (const auto &worker : run.workers)
            interval.merge(worker->takeInterval());
        run.total.merge(interval);
        LoadTestResult now = snapshot(run);
        const qint64 errors = now.failed + now.unknown;
        run.seconds.append({second, now.done() - run.doneAtLastSecond, errors - run.errorsAtLastSecond,
                            interval.percentile(50), interval.percentile(95), interval.percentile(99)});
        run.doneAtLastSecond = now.done();
        run.errorsAtLastSecond = errors;
        if (allDone)
            break;
        now.seconds = run.seconds;
        emit progress(now);
    }
    LoadTestResult result = snapshot(run);
    result.finished = true;
    result.cancelled = cancelled || m_cancelled.load();
    run.threads.clear();
    emit finished(result);
    return result;
}

} // namespace ShardDesk
