#pragma once

#include "Result.h"
#include "db/ConnectionOptions.h"
#include "db/NativeQuery.h"
#include "topology/Shard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ShardDesk {

// The mover's own connection to one shard's database, not pooled: a drain holds LOCK TABLES on it, and a
// chunked copy wants a longer read timeout than an application's point query. Used by the thread that
// made it; the connection is removed when the link goes.
class ShardLink
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ShardLink)

public:
    // A chunk of a few thousand rows may take longer than an application's point query.
    static constexpr int MinReadTimeoutSec = 30;

    ShardLink(Shard shard, ConnectionOptionsProvider provider);
    ~ShardLink();
    ShardLink(const ShardLink &) = delete;
    ShardLink &operator=(const ShardLink &) = delete;

    const Shard &shard() const { return m_shard; }
    // Statements run on every (re)connect, before anything else: session settings.
    void setSessionStatements(QStringList statements) { m_sessionStatements = std::move(statements); }
    // Runs sql with values bound in order (text when there are none); context says what was being done.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values, const QString &context);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values, const QString &context);
    // Bulk row work without a QVariant per value (NativeQuery): a statement that returns no rows, giving
    // the rows it affected, and one whose rows are handed to onRow as bytes, giving the rows read.
    Result<qint64> execute(const QByteArray &sql, const QString &context);
    Result<qint64> select(const QByteArray &sql, const NativeQuery::RowHandler &onRow, const QString &context);

private:
    Result<void> open();
    // A lost or timed-out connection is reopened by the next call rather than failing again.
    void dropIfLost(const Error &error);

    Shard m_shard;
    ConnectionOptionsProvider m_provider;
    QString m_name;
    QSqlDatabase m_db;
    QStringList m_sessionStatements;
};

} // namespace ShardDesk
