#include "MoveWorker.h"

#include "config/ConfigStore.h"
#include "rebalance/MoveRun.h"
#include "rebalance/VShardSizer.h"

#include <QMutexLocker>

namespace ShardDesk {

MoveWorker::MoveWorker(ConfigLocation location, ConnectionOptions storeOptions, ConnectionOptionsProvider logins)
    : m_location(std::move(location)), m_storeOptions(std::move(storeOptions)), m_logins(std::move(logins))
{ }

// Runs on the worker thread (deleted after its thread finished), where the store's connection was made.
MoveWorker::~MoveWorker() = default;

Result<ConfigStore *> MoveWorker::store()
{
    if (!m_store) {
        auto store = std::make_unique<ConfigStore>();
        if (auto opened = store->open(m_location, m_storeOptions, ConfigStore::OpenMode::OpenExisting); !opened)
            return opened.error();
        m_store = std::move(store);
    }
    return m_store.get();
}

void MoveWorker::checkUnfinished()
{
    auto opened = store();
    if (!opened) {
        emit failed(Operation::Resume, opened.error().fullText(), false);
        return;
    }
    VShardMover mover(**opened, m_logins);
    auto unfinished = mover.hasUnfinished();
    if (!unfinished)
        emit failed(Operation::Resume, unfinished.error().fullText(), false);
    else
        emit unfinishedChecked(*unfinished);
}

void MoveWorker::measure(const Topology &topology)
{
    auto sizes = VShardSizer::measure(topology, m_logins);
    if (sizes)
        emit sizesMeasured(*sizes);
    else
        emit sizesFailed(sizes.error().fullText());
}

void MoveWorker::start(Operation operation, const MovePlan &plan, const VShardMover::Options &options)
{
    auto opened = store();
    if (!opened) {
        emit failed(operation, opened.error().fullText(), false);
        return;
    }
    VShardMover mover(**opened, m_logins);
    mover.setOptions(options);
    connect(&mover, &VShardMover::stepReached, this, &MoveWorker::stepReached);
    connect(&mover, &VShardMover::rowsCopied, this, &MoveWorker::rowsCopied);
    connect(&mover, &VShardMover::vshardFinished, this, &MoveWorker::vshardFinished);
    {
        QMutexLocker lock(&m_moverLock);
        m_mover = &mover;
        if (m_cancelRequested)
            mover.cancel();
    }
    const Result<VShardMover::Report> report = perform(mover, operation, plan);
    {
        QMutexLocker lock(&m_moverLock);
        m_mover = nullptr;
        m_cancelRequested = false;
    }
    if (report) {
        emit finished(operation, *report);
        return;
    }
    auto unfinished = mover.hasUnfinished();
    emit failed(operation, report.error().fullText(), unfinished && *unfinished);
}

Result<VShardMover::Report> MoveWorker::perform(VShardMover &mover, Operation operation, const MovePlan &plan)
{
    switch (operation) {
    case Operation::Resume:
        return mover.resume();
    case Operation::RollBack:
        return mover.rollBack();
    case Operation::Run:
        break;
    }
    return MoveRun::runRemaining(mover, *m_store, plan);
}

void MoveWorker::cancel()
{
    QMutexLocker lock(&m_moverLock);
    if (m_mover)
        m_mover->cancel();
    else
        m_cancelRequested = true;
}

} // namespace ShardDesk
