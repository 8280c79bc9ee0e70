#include "SourceCleaner.h"

#include <QtConcurrent>

namespace ShardDesk {

SourceCleaner::~SourceCleaner()
{
    abandon();
}

void SourceCleaner::start(const Topology &topology, const QList<MoveJournal::Entry> &batch,
                          ConnectionOptionsProvider provider, QList<ShardedTable> tables,
                          VShardTransfer::CopiedKeys keys)
{
    m_vshards.clear();
    for (const MoveJournal::Entry &entry : batch)
        m_vshards.append(entry.vshard);
    m_removed = QtConcurrent::run([topology, batch, provider = std::move(provider), tables = std::move(tables),
                                   keys = std::move(keys)]() -> Result<qint64> {
        // Made, used and destroyed on the worker thread: a connection belongs to the thread that opened it.
        VShardTransfer transfer(topology, batch, provider);
        if (auto prepared = transfer.prepare(tables); !prepared)
            return prepared.error();
        return transfer.removeSource(keys);
    });
}

SourceCleaner::Done SourceCleaner::take()
{
    Done done {std::exchange(m_vshards, {}), m_removed.result()};
    m_removed = {};
    return done;
}

void SourceCleaner::abandon()
{
    m_removed.waitForFinished();
    m_removed = {};
    m_vshards.clear();
}

} // namespace ShardDesk
