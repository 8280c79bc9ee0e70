#pragma once

#include "Result.h"
#include "rebalance/RowLiteral.h"
#include "rebalance/ShardedTables.h"

#include <QCoreApplication>

#include <functional>
#include <limits>
#include <map>
#include <vector>

namespace ShardDesk {

class ShardLink;

// Moves the rows of a batch of vshards of one sharded table between two shards: one statement per chunk
// for the whole batch (`VIRTUAL_SHARD IN (...)`), not one per vshard, since for vshards of a few hundred
// rows the round trips are the cost. Copies keeping ids (idempotent: running it again changes nothing and
// never fails on a duplicate key) as multi-row INSERT text statements of up to a byte budget, every value
// written as a literal that gives back exactly the stored value (RowLiteral); checksums a side per vshard as
// pt-table-checksum does; deletes a side's rows in chunks.
class RowCopier
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::RowCopier)

public:
    // Rows per SELECT: one read round trip per this many rows, short enough that a streamed result is
    // never held open long by a slow target.
    static constexpr int ReadRows = 10000;
    // Rows per DELETE: deleting is mostly index work on the server, not round trips; each DELETE commits
    // alone, so this also bounds how long it holds its table against a drain. Each statement seeks the
    // batch's rows again from the start, so at 1,000 rows large tables paid that seek many times over
    // (bench/move-vs-dump at 600,000 users: 1.36x-1.47x faster with 5,000; 200,000 users: no change).
    static constexpr int DeleteRows = 5000;

    // COUNT(*) and BIT_XOR(CRC32(row)) of a side; two sides are combined with +=.
    struct Checksum
    {
        qint64 rows = 0;
        quint64 crc = 0;
        Checksum &operator+=(const Checksum &other);
        bool operator==(const Checksum &) const = default;
    };
    using Checksums = std::map<int, Checksum>; // by vshard; a vshard without rows has none

    // The primary keys a copy wrote, in the order read, for a clean-up by key (remove()).
    using Keys = std::vector<qint64>;

    // Told the rows of each chunk: progress and throttling.
    using ChunkHandler = std::function<void(qint64 rows)>;
    // Called after each chunk with the rows it held (progress, throttling, commits); an error stops the work.
    using AfterChunk = std::function<Result<void>(qint64 rows)>;

    RowCopier(ShardedTable table, QList<int> vshards);

    // Copies the vshards' rows whose primary key is above *lastKey from source to target and advances
    // *lastKey to the last one written. Each INSERT holds as many rows as fit in statementBytes (a row that
    // does not fit in what is left starts the next INSERT; one larger than statementBytes goes alone). A row the target
    // already has with the same id is overwritten only when it belongs to the same vshard; a different vshard's row
    // with that id is left alone, so an id collision shows in the checksum and stops the switch instead of destroying a
    // row. Appends the primary key of each row read to keys, if given, while it holds fewer than maxKeys
    // (the clean-up deletes the rest by vshard alone). Returns the rows copied.
    Result<qint64> copy(ShardLink &source, ShardLink &target, qint64 *lastKey, qsizetype statementBytes,
                        const AfterChunk &afterChunk, Keys *keys = nullptr,
                        size_t maxKeys = std::numeric_limits<size_t>::max()) const;
    // The checksum of every vshard of the batch on link, in one statement.
    Result<Checksums> checksums(ShardLink &link) const;
    // Deletes the vshards' rows of this table from link, in chunks: first those whose primary key is in keys
    // (what a copy from link wrote: each chunk goes straight to its rows by primary key, where a chunk by
    // vshard alone seeks and sorts the batch's rows again each time), then whatever else the vshards hold
    // there. A key of another vshard's row is never deleted. A DELETE by key names at most DeleteRows keys,
    // and no more than fit in statementBytes after its head (as copy() counts them): link's server refuses a
    // statement over its max_allowed_packet. Returns the rows deleted.
    Result<qint64> remove(ShardLink &link, const AfterChunk &afterChunk, const Keys &keys = {},
                          qsizetype statementBytes = std::numeric_limits<qsizetype>::max()) const;

    const ShardedTable &table() const { return m_table; }
    const QList<int> &vshards() const { return m_vshards; }

private:
    // Sends statement (m_insertHead and rows values) if it holds any, and leaves it at m_insertHead.
    Result<void> flush(ShardLink &target, QByteArray &statement, int &rows) const;

    ShardedTable m_table;
    QList<int> m_vshards;
    std::vector<RowLiteral::Kind> m_kinds; // per column
    // The copy's and the clean-up's statements go as bytes through ShardLink's NativeQuery path.
    QByteArray m_selectSql; // followed by the last primary key copied
    QByteArray m_selectOrder;
    QByteArray m_insertHead;
    QByteArray m_insertTail;
    QByteArray m_deleteSql;
    QByteArray m_deleteKeysSql; // followed by the keys, comma-separated, and ')'
    QString m_checksumSql;
};

} // namespace ShardDesk
