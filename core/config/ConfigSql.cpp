#include "ConfigSql.h"

#include "db/ConnectionPool.h"

#include <QSqlDriver>
#include <QSqlError>

namespace ShardDesk {

Q_LOGGING_CATEGORY(lcConfig, "sharddesk.config", QtInfoMsg)

namespace {

// SQLite's primary result codes (the low byte of an extended code) that mean "someone else holds the lock".
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;

} // namespace

ConfigSql::ConfigSql(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(m_db.driverName() == QLatin1String("QSQLITE") ? Dialect::SQLite : Dialect::MySql)
{
}

Result<void> ConfigSql::exec(const QString &sql, const QString &context)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return error(q.lastError(), context);
    return {};
}

Result<QSqlQuery> ConfigSql::query(const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return error(q.lastError(), context);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return error(q.lastError(), context);
    return q;
}

Result<QVariant> ConfigSql::scalar(const QString &sql, const QVariantList &values, const QString &context)
{
    Result<QSqlQuery> q = query(sql, values, context);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Error ConfigSql::error(const QSqlError &sqlError, const QString &context) const
{
    if (m_dialect == Dialect::MySql)
        return ConnectionPool::errorFrom(sqlError, context);
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const Error::Kind kind = (code == SqliteBusy || code == SqliteLocked) ? Error::Kind::Retryable : Error::Kind::Server;
    return makeError(context, kind, sqlError.text(), code);
}

Result<QStringList> ConfigSql::tableNames()
{
    const QString sql = m_dialect == Dialect::SQLite
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")
        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
    Result<QSqlQuery> q = query(sql, {}, tr("Could not list the tables of the config store."));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString().toLower());
    names.sort();
    return names;
}

QString ConfigSql::tableOptions() const
{
    return m_dialect == Dialect::MySql ? QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4") : QString();
}

QString ConfigSql::forUpdate() const
{
    return m_dialect == Dialect::MySql ? QStringLiteral(" FOR UPDATE") : QString();
}

QString ConfigSql::timeToText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ConfigSql::timeFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

ConfigTransaction::~ConfigTransaction()
{
    rollback();
}

Result<void> ConfigTransaction::begin(Access access)
{
    QString sql;
    if (m_sql.dialect() == ConfigSql::Dialect::SQLite)
        sql = access == Access::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    else // REPEATABLE READ (set when the store is opened) makes a read transaction one consistent snapshot
        sql = access == Access::Write ? QStringLiteral("START TRANSACTION")
                                      : QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT");
    Result<void> started = m_sql.exec(sql, ConfigSql::tr("Could not start a transaction in the config store."));
    m_active = started.ok();
    return started;
}

Result<void> ConfigTransaction::commit()
{
    Result<void> committed = m_sql.exec(QStringLiteral("COMMIT"), ConfigSql::tr("Could not commit the change to the config store."));
    if (committed)
        m_active = false;
    return committed;
}

void ConfigTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_sql.database());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcConfig) << "rollback failed:" << q.lastError().text();
}

} // namespace ShardDesk
