#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "rebalance/MovePlan.h"
#include "rebalance/VShardMover.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace ShardDesk {

class ConfigStore;

// The move dialog's hands on the servers, living in a QThread of its own: it opens its own ConfigStore there
// (as the CLI does; a QSqlDatabase stays on the thread that made it) and runs VShardMover's blocking calls,
// one at a time, in the order they were asked. Everything comes back as queued signals; cancel() may be
// called from any thread and stops the move between batches of vshards.
class MoveWorker : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Run, Resume, RollBack };
    Q_ENUM(Operation)

    MoveWorker(ConfigLocation location, ConnectionOptions storeOptions, ConnectionOptionsProvider logins);
    ~MoveWorker() override;

    // On the worker's thread (queue them with QMetaObject::invokeMethod).
    void checkUnfinished();
    void measure(const ShardDesk::Topology &topology);
    void start(ShardDesk::MoveWorker::Operation operation, const ShardDesk::MovePlan &plan,
               const ShardDesk::VShardMover::Options &options);
    // From any thread.
    void cancel();

signals:
    void unfinishedChecked(bool unfinished);
    void sizesMeasured(const ShardDesk::VShardSizes &sizes);
    void sizesFailed(const QString &message);
    void stepReached(int vshard, ShardDesk::MoveJournal::Step step);
    void rowsCopied(int vshard, qint64 rowsSoFar);
    void vshardFinished(int vshard, int finished, int total);
    void finished(ShardDesk::MoveWorker::Operation operation, const ShardDesk::VShardMover::Report &report);
    // message is the error in words; unfinished says whether the journal now holds a move to resume.
    void failed(ShardDesk::MoveWorker::Operation operation, const QString &message, bool unfinished);

private:
    Result<ConfigStore *> store();
    Result<VShardMover::Report> perform(VShardMover &mover, Operation operation, const MovePlan &plan);

    ConfigLocation m_location;
    ConnectionOptions m_storeOptions;
    ConnectionOptionsProvider m_logins;
    std::unique_ptr<ConfigStore> m_store; // opened on the worker thread, on first need
    QMutex m_moverLock; // guards m_mover against cancel() from another thread
    VShardMover *m_mover = nullptr;
    bool m_cancelRequested = false; // a cancel that came before the mover existed
};

} // namespace ShardDesk
