#include "PyShardsSource.h"

#include "config/ConfigDatabase.h"
#include "config/ConfigSchema.h"
#include "config/ConfigSql.h"
#include "db/SqlIdentifier.h"

#include <QSqlError>

namespace ShardDesk {

namespace {

// Django's column names, quoted: "database" is a reserved word in MySQL. SQLite accepts backticks too.
QString columnList(std::initializer_list<const char *> names)
{
    QStringList quoted;
    for (const char *name : names)
        quoted.append(SqlIdentifier::quote(QString::fromLatin1(name)));
    return quoted.join(QStringLiteral(", "));
}

QString quoted(const char *name)
{
    return SqlIdentifier::quote(QString::fromLatin1(name));
}

} // namespace

PyShardsSource::~PyShardsSource()
{
    if (!m_connectionName.isEmpty())
        ConfigDatabase::close(m_connectionName);
}

Result<void> PyShardsSource::open(const ConfigLocation &location, const ConnectionOptions &mysqlOptions)
{
    m_location = location;
    m_connectionName = ConfigDatabase::uniqueConnectionName(QStringLiteral("pyshards"));
    Result<QSqlDatabase> db = ConfigDatabase::open(m_connectionName, location, mysqlOptions, ConfigDatabase::Create::No);
    if (!db)
        return db.error();
    Result<ConfigSchema::Detected> detected = ConfigSchema::detect(db.value());
    if (!detected)
        return makeError(tr("“%1” is not a pyshards shardconf: it could not be read.").arg(location.toString()),
                         detected.error().kind, detected.error().serverText, detected.error().serverCode);
    if (*detected == ConfigSchema::Detected::ShardDesk)
        return makeError(tr("“%1” is already a ShardDesk config store: open it directly.").arg(location.toString()),
                         Error::Kind::Usage);
    if (*detected != ConfigSchema::Detected::PyShards)
        return makeError(tr("“%1” is not a pyshards shardconf: it has no tables shard and vshard.").arg(location.toString()),
                         Error::Kind::Validation);
    return {};
}

Result<QList<PyShardsSource::ShardRow>> PyShardsSource::readShards()
{
    ConfigSql sql(QSqlDatabase::database(m_connectionName, false));
    const QString context = tr("Could not read the shards of the pyshards shardconf %1.").arg(m_location.toString());
    Result<QSqlQuery> q = sql.query(QStringLiteral("SELECT ")
                                        + columnList({"id", "pid", "capacity_MB", "current_MB", "full", "initialized",
                                                      "user", "password", "host", "database"})
                                        + QStringLiteral(" FROM ") + quoted("shard") + QStringLiteral(" ORDER BY ")
                                        + quoted("id"),
                                    {}, context);
    if (!q)
        return q.error();
    QList<ShardRow> rows;
    while (q->next()) {
        ShardRow row;
        row.id = q->value(0).toInt();
        row.pid = q->value(1).toInt(); // NULL reads as 0
        row.capacityMb = q->value(2).toDouble();
        row.currentMb = q->value(3).toDouble();
        row.full = q->value(4).toInt() != 0;
        row.initialized = q->value(5).toInt() != 0;
        row.user = q->value(6).toString();
        row.password = q->value(7).toString();
        row.host = q->value(8).toString();
        row.database = q->value(9).toString();
        rows.append(row);
    }
    if (q->lastError().isValid())
        return sql.error(q->lastError(), context);
    return rows;
}

Result<std::vector<PyShardsSource::VShardRow>> PyShardsSource::readVShards()
{
    ConfigSql sql(QSqlDatabase::database(m_connectionName, false));
    const QString context = tr("Could not read the vshards of the pyshards shardconf %1.").arg(m_location.toString());
    Result<QSqlQuery> q = sql.query(QStringLiteral("SELECT ") + columnList({"id", "pid"}) + QStringLiteral(" FROM ")
                                        + quoted("vshard") + QStringLiteral(" ORDER BY ") + quoted("id"),
                                    {}, context);
    if (!q)
        return q.error();
    std::vector<VShardRow> rows;
    while (q->next())
        rows.push_back(VShardRow{q->value(0).toInt(), q->value(1).toInt()});
    if (q->lastError().isValid())
        return sql.error(q->lastError(), context);
    return rows;
}

Result<QList<int>> PyShardsSource::clearPasswords(const QList<ShardRow> &rows)
{
    ConfigSql sql(QSqlDatabase::database(m_connectionName, false));
    const QString context = tr("Could not remove the passwords from the pyshards shardconf %1.").arg(m_location.toString());
    ConfigTransaction transaction(sql);
    if (Result<void> begun = transaction.begin(ConfigTransaction::Access::Write); !begun)
        return begun.error();
    // MySQL compares with the column's collation, usually case-insensitive with trailing spaces ignored:
    // BINARY makes "unchanged since it was copied" mean byte for byte.
    const QString binary = sql.dialect() == ConfigSql::Dialect::MySql ? QStringLiteral("BINARY ") : QString();
    const QString update = QStringLiteral("UPDATE ") + quoted("shard") + QStringLiteral(" SET ") + quoted("password")
        + QStringLiteral(" = ? WHERE ") + quoted("id") + QStringLiteral(" = ? AND ") + binary + quoted("password")
        + QStringLiteral(" = ?");
    QList<int> kept;
    for (const ShardRow &row : rows) {
        if (row.password.isEmpty())
            continue;
        Result<QSqlQuery> q = sql.query(update, {QStringLiteral(""), row.id, row.password}, context);
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            kept.append(row.id);
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return kept;
}

} // namespace ShardDesk
