#include "VShardTransfer.h"

#include "db/SqlIdentifier.h"
#include "rebalance/ShardLink.h"
#include "routing/RoutingTable.h"

#include <QThread>
#include <QtConcurrent>

namespace ShardDesk {

namespace {

// Between the two LOCK TABLES of a drain: long enough for a transaction racing the first lock to have
// taken its own table locks, short enough not to be noticed.
constexpr int DrainPauseMs = 50;

// Rows written per transaction: one commit (and one redo-log flush) per this many rows instead of per
// chunk, as mariadb-dump's extended inserts get, while an interrupted copy loses little.
constexpr qint64 CommitRows = 20000;

const QString Begin = QStringLiteral("START TRANSACTION");
const QString Commit = QStringLiteral("COMMIT");

// Bytes of one INSERT of the copy: large enough that a round trip carries thousands of typical rows, as
// mariadb-dump's extended inserts do, and well below the smallest max_allowed_packet one meets (the
// target's is checked too: a statement never exceeds half of it).
constexpr qsizetype StatementBytes = 1024 * 1024;
constexpr qsizetype MinStatementBytes = 16 * 1024;

// Worker threads of one transfer, each with its own connections.
constexpr int MaxThreads = 8;

// Primary keys a transfer keeps for the clean-up, over all its source shards and tables (8 bytes each, and
// as much again while a vector grows): past this the clean-up deletes the rest by vshard alone, so a huge
// batch costs no more memory than this.
constexpr size_t MaxKeptKeys = 4'000'000;

// TIMESTAMPs travel as text (RowLiteral): both sides read and write them in the same zone.
const QString UtcSession = QStringLiteral("SET SESSION time_zone = '+00:00'");
// A child row copied before the new parent that came meanwhile: as in a dump, the target checks no foreign
// keys while copying; the verification afterwards compares every row of every table.
const QString NoForeignKeyChecks = QStringLiteral("SET SESSION foreign_key_checks = 0");

// Counts rows into uncommitted and commits (opening the next transaction) once there are CommitRows of them.
Result<void> commitEvery(ShardLink &link, qint64 rows, qint64 &uncommitted, const QString &context)
{
    uncommitted += rows;
    if (uncommitted < CommitRows)
        return {};
    uncommitted = 0;
    if (auto committed = link.exec(Commit, {}, context); !committed)
        return committed.error();
    if (auto begun = link.exec(Begin, {}, context); !begun)
        return begun.error();
    return {};
}

QList<Shard> shardsOf(const Topology &topology, int headId)
{
    QList<Shard> shards;
    for (int id : topology.bucket(headId)) {
        if (const Shard *s = topology.shard(id))
            shards.append(*s);
    }
    return shards;
}

} // namespace

VShardTransfer::VShardTransfer(const Topology &topology, const QList<MoveJournal::Entry> &moves,
                               ConnectionOptionsProvider provider)
    : m_sourceHead(moves.value(0).sourceHead), m_targetHead(moves.value(0).targetHead), m_provider(std::move(provider))
{
    for (const MoveJournal::Entry &move : moves)
        m_vshards.append(move.vshard);
    m_sourceShards = shardsOf(topology, m_sourceHead);
    m_targetShards = shardsOf(topology, m_targetHead);
    const RoutingTable routing(std::make_shared<const Topology>(topology));
    m_writeShardId = routing.writeShardOfHead(m_targetHead);
}

VShardTransfer::~VShardTransfer() = default;

Result<void> VShardTransfer::prepare(const QList<ShardedTable> &known)
{
    if (m_sourceShards.isEmpty() || m_targetShards.isEmpty())
        return makeError(tr("Vshards cannot be moved from shard %1 to shard %2: one of them is not a bucket head of "
                            "this cluster.")
                             .arg(m_sourceHead)
                             .arg(m_targetHead),
                         Error::Kind::Validation);
    m_sources = sourceLinks();
    m_writeIndex = 0;
    for (qsizetype i = 0; i < m_targetShards.size(); ++i) {
        if (m_targetShards.at(i).id == m_writeShardId)
            m_writeIndex = int(i);
    }
    auto tables = known.isEmpty() ? ShardedTables::discover(*m_sources.front()) : Result<QList<ShardedTable>>(known);
    if (!tables)
        return tables.error();
    m_copiers.clear();
    restartCopy();
    for (const ShardedTable &table : std::as_const(*tables))
        m_copiers.emplace_back(table, m_vshards);
    // Two per table (checksums of both sides at once), but not more connections per server than a
    // server of a busy cluster should see from one move.
    m_threads.setMaxThreadCount(std::clamp(2 * int(m_copiers.size()), 1, MaxThreads));
    const std::unique_ptr<ShardLink> write = writeLink();
    auto bytes = statementBytesOf(*write);
    if (!bytes)
        return bytes.error();
    m_statementBytes = *bytes;
    return {};
}

Result<qsizetype> VShardTransfer::statementBytesOf(ShardLink &link)
{
    auto packet = link.scalar(QStringLiteral("SELECT @@max_allowed_packet"), {},
                              tr("Could not read the settings of shard %1.").arg(link.shard().displayName()));
    if (!packet)
        return packet.error();
    return qsizetype(std::clamp(packet->toLongLong() / 2, qint64(MinStatementBytes), qint64(StatementBytes)));
}

VShardTransfer::Links VShardTransfer::sourceLinks() const
{
    Links links;
    for (const Shard &shard : m_sourceShards) {
        links.push_back(std::make_unique<ShardLink>(shard, m_provider));
        links.back()->setSessionStatements({UtcSession});
    }
    return links;
}

std::unique_ptr<ShardLink> VShardTransfer::writeLink() const
{
    auto link = std::make_unique<ShardLink>(m_targetShards.at(m_writeIndex), m_provider);
    link->setSessionStatements({NoForeignKeyChecks, UtcSession});
    return link;
}

Result<qint64> VShardTransfer::copyTable(size_t copier, const RowCopier::AfterChunk &onChunk)
{
    // Made, used and destroyed on this worker thread: a connection belongs to the thread that opened it.
    Links sources = sourceLinks();
    const std::unique_ptr<ShardLink> target = writeLink();
    const QString context = tr("Could not write rows to shard %1.").arg(target->shard().displayName());
    if (auto begun = target->exec(Begin, {}, context); !begun)
        return begun.error();
    qint64 uncommitted = 0;
    const RowCopier::AfterChunk afterChunk = [&](qint64 rows) -> Result<void> {
        if (auto going = onChunk(rows); !going)
            return going;
        return commitEvery(*target, rows, uncommitted, context);
    };
    qint64 rows = 0;
    for (size_t s = 0; s < sources.size(); ++s) {
        // Only this table's entries: each worker reads and writes its own.
        qint64 &last = m_lastKey.at({int(s), int(copier)});
        RowCopier::Keys &keys = m_keys.at({m_sourceShards.at(qsizetype(s)).id, m_copiers[copier].table().name});
        auto part = m_copiers[copier].copy(*sources[s], *target, &last, m_statementBytes, afterChunk, &keys,
                                           MaxKeptKeys / m_keys.size());
        if (!part) {
            (void)target->exec(QStringLiteral("ROLLBACK"), {}, context);
            return part.error();
        }
        rows += *part;
    }
    if (auto committed = target->exec(Commit, {}, context); !committed)
        return committed.error();
    return rows;
}

Result<qint64> VShardTransfer::copy(const RowCopier::ChunkHandler &onChunk, const RowCopier::ChunkHandler &pace)
{
    // Created here, before the workers start, so that no worker inserts into the map while another reads it.
    for (int c = 0; c < int(m_copiers.size()); ++c) {
        for (int s = 0; s < int(m_sourceShards.size()); ++s) {
            m_lastKey.try_emplace({s, c}, 0);
            m_keys.try_emplace({m_sourceShards.at(s).id, m_copiers[size_t(c)].table().name});
        }
    }
    std::atomic<qint64> copied = 0;
    qint64 reported = 0;
    // Progress is told on this thread, where the caller's signals belong.
    const auto report = [&] {
        const qint64 now = copied.load();
        if (onChunk && now > reported)
            onChunk(now - reported);
        reported = now;
    };
    auto rows = ParallelTasks::run(
        m_threads, int(m_copiers.size()),
        [&](int c, const ParallelTasks::Tell &tell) {
            return copyTable(size_t(c), [&](qint64 chunk) {
                copied += chunk;
                if (pace)
                    pace(chunk);
                return tell();
            });
        },
        report);
    report();
    if (!rows)
        restartCopy(); // what was not committed is not there: start over next time
    return rows;
}

void VShardTransfer::restartCopy()
{
    m_lastKey.clear();
    m_keys.clear();
}

Result<void> VShardTransfer::drain(int lockWaitTimeoutSec, int attempts)
{
    QStringList locks;
    for (const RowCopier &copier : m_copiers) {
        const QString lock = SqlIdentifier::quote(copier.table().name) + QStringLiteral(" READ");
        if (!locks.contains(lock))
            locks.append(lock);
    }
    if (locks.isEmpty())
        return {};
    const QString lockSql = QStringLiteral("LOCK TABLES ") + locks.join(QStringLiteral(", "));
    for (auto &link : m_sources) {
        const QString context
            = tr("Could not drain the open transactions of shard %1.").arg(link->shard().displayName());
        auto timeout
            = link->exec(QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(lockWaitTimeoutSec), {}, context);
        if (!timeout)
            return timeout.error();
        int held = 0;
        Error last;
        for (int attempt = 0; attempt < attempts && held < 2; ++attempt) {
            auto locked = link->exec(lockSql, {}, context);
            if (!locked) {
                last = locked.error();
                continue;
            }
            auto unlocked = link->exec(QStringLiteral("UNLOCK TABLES"), {}, context);
            if (!unlocked)
                return unlocked.error();
            if (++held == 1)
                QThread::msleep(DrainPauseMs);
        }
        if (held < 2) {
            last.kind = Error::Kind::Retryable;
            return last;
        }
    }
    return {};
}

QList<ShardedTable> VShardTransfer::tables() const
{
    QList<ShardedTable> tables;
    for (const RowCopier &copier : m_copiers)
        tables.append(copier.table());
    return tables;
}

Result<RowCopier::Checksums> VShardTransfer::checksumsOf(size_t copier, const QList<Shard> &shards) const
{
    // On a worker thread: links of its own (a connection belongs to the thread that opened it), in the UTC
    // session of the copy, since a TIMESTAMP's bytes depend on the time zone.
    RowCopier::Checksums sums;
    for (const Shard &shard : shards) {
        ShardLink link(shard, m_provider);
        link.setSessionStatements({UtcSession});
        auto part = m_copiers[copier].checksums(link);
        if (!part)
            return part.error();
        for (const auto &[vshard, sum] : *part)
            sums[vshard] += sum;
    }
    return sums;
}

Result<QString> VShardTransfer::differences()
{
    // Every table on both sides at once: the sides are different servers, the tables different indexes.
    const int tables = int(m_copiers.size());
    std::vector<RowCopier::Checksums> source(static_cast<size_t>(tables));
    std::vector<RowCopier::Checksums> target(static_cast<size_t>(tables));
    auto done = ParallelTasks::run(m_threads, 2 * tables, [&](int task, const ParallelTasks::Tell &) -> Result<qint64> {
        const size_t c = size_t(task / 2);
        const bool onTarget = task % 2 == 1;
        auto sums = checksumsOf(c, onTarget ? m_targetShards : m_sourceShards);
        if (!sums)
            return sums.error();
        (onTarget ? target : source)[c] = std::move(*sums);
        return 0;
    });
    if (!done)
        return done.error();
    QStringList lines;
    for (size_t c = 0; c < m_copiers.size(); ++c) {
        const RowCopier::Checksums &onSource = source[c];
        const RowCopier::Checksums &onTarget = target[c];
        for (int vshard : m_copiers[c].vshards()) {
            const auto s = onSource.find(vshard);
            const auto t = onTarget.find(vshard);
            const RowCopier::Checksum sourceSum = s == onSource.end() ? RowCopier::Checksum {} : s->second;
            const RowCopier::Checksum targetSum = t == onTarget.end() ? RowCopier::Checksum {} : t->second;
            if (sourceSum == targetSum)
                continue;
            lines.append(tr("vshard %1, table \"%2\": %3 row(s) with checksum %4 on the source, %5 row(s) with "
                            "checksum %6 on the target")
                             .arg(vshard)
                             .arg(m_copiers[c].table().name)
                             .arg(sourceSum.rows)
                             .arg(sourceSum.crc)
                             .arg(targetSum.rows)
                             .arg(targetSum.crc));
        }
    }
    return lines.join(QStringLiteral("; "));
}

Result<qint64> VShardTransfer::removeFrom(const QList<Shard> &shards, const CopiedKeys &keys)
{
    // Every table at once, on links that check no foreign keys (so children need not go first), each DELETE
    // committing alone: the rows are already on the other side, and a clean-up running alongside the next
    // batch's drain holds its tables for one statement at most.
    static const RowCopier::Keys none;
    return ParallelTasks::run(
        m_threads, int(m_copiers.size()), [&](int c, const ParallelTasks::Tell &tell) -> Result<qint64> {
            const RowCopier &copier = m_copiers[size_t(c)];
            const RowCopier::AfterChunk goOn = [&tell](qint64) {
                return tell();
            };
            qint64 removed = 0;
            for (const Shard &shard : shards) {
                ShardLink link(shard, m_provider);
                link.setSessionStatements({NoForeignKeyChecks});
                const auto copied = keys.find({shard.id, copier.table().name});
                const RowCopier::Keys &given = copied == keys.end() ? none : copied->second;
                // The DELETEs by key are as long as this server allows (the copy's INSERTs were sized by the
                // target's); without keys, each DELETE is a short one by vshard.
                const auto bytes = given.empty() ? Result<qsizetype>(StatementBytes) : statementBytesOf(link);
                if (!bytes)
                    return bytes.error();
                auto rows = copier.remove(link, goOn, given, *bytes);
                if (!rows)
                    return rows.error();
                removed += *rows;
            }
            return removed;
        });
}

Result<qint64> VShardTransfer::wipeTarget()
{
    return removeFrom(m_targetShards, {});
}

Result<qint64> VShardTransfer::removeSource(const CopiedKeys &keys)
{
    return removeFrom(m_sourceShards, keys);
}

} // namespace ShardDesk
