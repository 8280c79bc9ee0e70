#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>

class QSqlDatabase;

namespace ShardDesk {

// A text-protocol statement run through the MariaDB client library on the handle of an open QMYSQL
// connection, for bulk row work where QSqlQuery's per-value QVariant and QString conversions are the cost:
// the mover reads and writes every byte of every row it moves. Rows arrive as the server's own bytes,
// streamed (one row in memory at a time). The statement text is sent as it is: build it only from
// validated identifiers and literals, never from user text.
class NativeQuery
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::NativeQuery)

public:
    // One row of a result, valid during the call it is handed to.
    class Row
    {
    public:
        Row(const char *const *values, const unsigned long *lengths, int columns)
            : m_values(values), m_lengths(lengths), m_columns(columns)
        { }
        int columns() const { return m_columns; }
        bool isNull(int column) const { return m_values[column] == nullptr; }
        // The column's bytes as the server sent them in the connection's character set.
        QByteArrayView value(int column) const { return {m_values[column], qsizetype(m_lengths[column])}; }

    private:
        const char *const *m_values;
        const unsigned long *m_lengths;
        int m_columns;
    };
    // Called for each row in order; an error stops the reading (the rest of the result is discarded).
    using RowHandler = std::function<Result<void>(const Row &row)>;

    // Runs a statement that returns no rows. Returns the rows it affected.
    static Result<qint64> execute(const QSqlDatabase &connection, const QByteArray &sql, const QString &context);
    // Runs a statement that returns rows and hands each to onRow. Returns the rows read.
    static Result<qint64> select(const QSqlDatabase &connection, const QByteArray &sql, const RowHandler &onRow,
                                 const QString &context);
};

} // namespace ShardDesk
