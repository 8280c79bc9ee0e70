#pragma once

#include "Result.h"
#include "rebalance/ShardedTables.h"

#include <QCoreApplication>

#include <functional>

namespace ShardDesk {

class ShardLink;

// Moves the rows of one vshard of one sharded table between two shards, in chunks by primary key: copies
// keeping ids (idempotent: running it again changes nothing and never fails on a duplicate key),
// checksums a side as pt-table-checksum does, and deletes a side's rows. Values are always bound.
class RowCopier
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::RowCopier)

public:
    // Rows per chunk: a multi-row INSERT of this many rows is a few hundred kilobytes for typical rows,
    // well under max_allowed_packet, and long enough to amortise a round trip.
    static constexpr int ChunkRows = 2000;

    // COUNT(*) and BIT_XOR(CRC32(row)) of a side; two sides are combined with +=.
    struct Checksum
    {
        qint64 rows = 0;
        quint64 crc = 0;
        Checksum &operator+=(const Checksum &other);
        bool operator==(const Checksum &) const = default;
    };

    // Called after each chunk with the rows it held: progress and throttling.
    using ChunkHandler = std::function<void(qint64 rows)>;

    RowCopier(ShardedTable table, int vshard);

    // Copies the vshard's rows whose primary key is above *lastKey from source to target and advances
    // *lastKey to the last one copied. A row the target already has with the same id is overwritten only
    // when it belongs to the same vshard; a different vshard's row with that id is left alone, so an id
    // collision shows in the checksum and stops the switch instead of destroying a row. Returns the rows.
    Result<qint64> copy(ShardLink &source, ShardLink &target, qint64 *lastKey, const ChunkHandler &onChunk) const;
    Result<Checksum> checksum(ShardLink &link) const;
    // Deletes the vshard's rows of this table from link, in chunks. Returns the rows deleted.
    Result<qint64> remove(ShardLink &link, const ChunkHandler &onChunk) const;

    const ShardedTable &table() const { return m_table; }
    int vshard() const { return m_vshard; }

private:
    QString insertSql(int rows) const;

    ShardedTable m_table;
    int m_vshard;
    QString m_selectSql;
    QString m_checksumSql;
    QString m_deleteSql;
};

} // namespace ShardDesk
