#include "NativeQuery.h"

#include "db/ClientHandle.h"

#include <QSqlDatabase>

#include <mysql.h>

#include <memory>

namespace ShardDesk {

namespace {

Result<MYSQL *> send(const QSqlDatabase &connection, const QByteArray &sql, const QString &context)
{
    auto mysql = ClientHandle::of(connection, context);
    if (mysql && mysql_real_query(*mysql, sql.constData(), static_cast<unsigned long>(sql.size())) != 0)
        return ClientHandle::error(mysql_errno(*mysql), mysql_error(*mysql), context);
    return mysql;
}

struct ResultDeleter
{
    void operator()(MYSQL_RES *result) const { mysql_free_result(result); }
};

} // namespace

Result<qint64> NativeQuery::execute(const QSqlDatabase &connection, const QByteArray &sql, const QString &context)
{
    auto mysql = send(connection, sql, context);
    if (!mysql)
        return mysql.error();
    if (mysql_field_count(*mysql) != 0) {
        // Read and dropped, so the connection stays usable.
        mysql_free_result(mysql_use_result(*mysql));
        return makeError(tr("%1 The statement returned rows where none were expected.").arg(context),
                         Error::Kind::Usage);
    }
    return qint64(mysql_affected_rows(*mysql));
}

Result<qint64> NativeQuery::select(const QSqlDatabase &connection, const QByteArray &sql, const RowHandler &onRow,
                                   const QString &context)
{
    auto mysql = send(connection, sql, context);
    if (!mysql)
        return mysql.error();
    // Streamed: rows come off the socket as they are read, not all into memory first. Freeing the result
    // reads whatever is left of it.
    std::unique_ptr<MYSQL_RES, ResultDeleter> result(mysql_use_result(*mysql));
    if (!result) {
        if (mysql_field_count(*mysql) == 0)
            return makeError(tr("%1 The statement returned no rows where rows were expected.").arg(context),
                             Error::Kind::Usage);
        return ClientHandle::error(mysql_errno(*mysql), mysql_error(*mysql), context);
    }
    const int columns = int(mysql_num_fields(result.get()));
    qint64 rows = 0;
    while (MYSQL_ROW values = mysql_fetch_row(result.get())) {
        ++rows;
        if (auto handled = onRow(Row(values, mysql_fetch_lengths(result.get()), columns)); !handled)
            return handled.error();
    }
    // A NULL row is the end of the result or a lost connection: only the error number tells.
    if (mysql_errno(*mysql) != 0)
        return ClientHandle::error(mysql_errno(*mysql), mysql_error(*mysql), context);
    return rows;
}

} // namespace ShardDesk
