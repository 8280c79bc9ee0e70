#include "ConfigSchema.h"

#include "config/ConfigSql.h"

#include <iterator>

namespace ShardDesk {

namespace {

// Steps[k] upgrades schema version k to k+1; version 0 is "only the version table". Each step runs in a
// write transaction that also records the new version, so a failed step changes nothing on SQLite.
// MySQL commits DDL implicitly, so every step must also be safe to run a second time after a crash half-way
// (CREATE TABLE IF NOT EXISTS, ...). A new schema version is one more function appended here and CurrentVersion
// raised by one.
using Step = Result<void> (*)(ConfigSql &sql);

// Types every statement here uses work in both SQLite and MySQL/MariaDB: INTEGER, BIGINT, SMALLINT for
// booleans, DOUBLE, VARCHAR. Times are ISO 8601 UTC text, because the two disagree on date types.
Result<void> createVersion1(ConfigSql &sql)
{
    const QString statements[] = {
        // id is always 1: the primary key keeps the table at one row and gives MySQL a row to lock.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sd_cluster ("
                       "id INTEGER NOT NULL PRIMARY KEY, "
                       "name VARCHAR(255) NOT NULL, "
                       "vshard_count INTEGER NOT NULL, "
                       "hash VARCHAR(32) NOT NULL, "
                       "key_normalization VARCHAR(32) NOT NULL, "
                       "key_column VARCHAR(64) NOT NULL, "
                       "app_schema_version INTEGER NOT NULL, "
                       "version BIGINT NOT NULL, "
                       "changed_by VARCHAR(255) NOT NULL, "
                       "changed_at VARCHAR(32) NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sd_shard ("
                       "id INTEGER NOT NULL PRIMARY KEY, "
                       "parent_id INTEGER NOT NULL, "
                       "host VARCHAR(255) NOT NULL, "
                       "port INTEGER NOT NULL, "
                       "database_name VARCHAR(64) NOT NULL, "
                       "user_name VARCHAR(128) NOT NULL, "
                       "credential_ref VARCHAR(512) NOT NULL, "
                       "capacity_mb DOUBLE NOT NULL, "
                       "current_mb DOUBLE NOT NULL, "
                       "full SMALLINT NOT NULL, "
                       "initialized SMALLINT NOT NULL)"),
        // The vshard map as runs of consecutive vshards with one head: a mostly contiguous map of a million
        // vshards is a handful of rows.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sd_vshard_range ("
                       "first_id INTEGER NOT NULL PRIMARY KEY, "
                       "last_id INTEGER NOT NULL, "
                       "head_id INTEGER NOT NULL)"),
    };
    for (const QString &statement : statements) {
        Result<void> created = sql.exec(statement + sql.tableOptions(),
                                        ConfigSchema::tr("Could not create the tables of the config store."));
        if (!created)
            return created;
    }
    return {};
}

// Version 2 (issue 6): the move journal, one row per vshard of the move being run, so that a mover killed
// at any step can be resumed or rolled back by the next start (docs/REBALANCING.md).
Result<void> createVersion2(ConfigSql &sql)
{
    return sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sd_move_journal ("
                                   "vshard INTEGER NOT NULL PRIMARY KEY, "
                                   "source_head INTEGER NOT NULL, "
                                   "target_head INTEGER NOT NULL, "
                                   "step VARCHAR(16) NOT NULL, "
                                   "rows_copied BIGINT NOT NULL, "
                                   "changed_by VARCHAR(255) NOT NULL, "
                                   "changed_at VARCHAR(32) NOT NULL)")
                        + sql.tableOptions(),
                    ConfigSchema::tr("Could not create the move journal of the config store."));
}

constexpr Step Steps[] = {createVersion1, createVersion2};
static_assert(std::size(Steps) == ConfigSchema::CurrentVersion, "one migration step per schema version");

Result<int> storedVersion(ConfigSql &sql, const QString &suffix)
{
    Result<QVariant> v = sql.scalar(QStringLiteral("SELECT MAX(version) FROM sd_schema_version") + suffix, {},
                                    ConfigSchema::tr("Could not read the schema version of the config store."));
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt();
}

Result<void> runStep(ConfigSql &sql, int from, bool creating)
{
    ConfigTransaction transaction(sql);
    Result<void> begun = transaction.begin(ConfigTransaction::Access::Write);
    if (!begun)
        return begun;
    // Read again under the lock: another program may have opened the same store and migrated it meanwhile.
    Result<int> current = storedVersion(sql, sql.forUpdate());
    if (!current)
        return current.error();
    if (*current != from)
        return transaction.commit();
    Result<void> stepped = Steps[from](sql);
    if (!stepped)
        return stepped;
    Result<QSqlQuery> recorded = sql.query(QStringLiteral("UPDATE sd_schema_version SET version = ?"), {from + 1},
                                           ConfigSchema::tr("Could not record the new schema version."));
    if (!recorded)
        return recorded.error();
    // Creating a new store (every step from version 0) is routine; upgrading an existing one is worth a line
    // in the log.
    if (creating)
        qCDebug(lcConfig) << "config store schema created at version" << from + 1;
    else
        qCInfo(lcConfig) << "config store schema migrated from version" << from << "to" << from + 1;
    return transaction.commit();
}

} // namespace

Result<ConfigSchema::Detected> ConfigSchema::detect(QSqlDatabase &db)
{
    ConfigSql sql(db);
    Result<QStringList> tables = sql.tableNames();
    if (!tables)
        return tables.error();
    if (tables->isEmpty())
        return Detected::Empty;
    if (tables->contains(QLatin1String("sd_schema_version")))
        return Detected::ShardDesk;
    if (tables->contains(QLatin1String("shard")) && tables->contains(QLatin1String("vshard")))
        return Detected::PyShards;
    return Detected::Foreign;
}

Result<int> ConfigSchema::version(QSqlDatabase &db)
{
    ConfigSql sql(db);
    Result<QStringList> tables = sql.tableNames();
    if (!tables)
        return tables.error();
    if (!tables->contains(QLatin1String("sd_schema_version")))
        return 0;
    return storedVersion(sql, QString());
}

Result<void> ConfigSchema::create(QSqlDatabase &db)
{
    Result<Detected> detected = detect(db);
    if (!detected)
        return detected.error();
    if (*detected != Detected::Empty)
        return makeError(tr("The config store's tables can only be created in an empty database."), Error::Kind::Usage);
    ConfigSql sql(db);
    {
        ConfigTransaction transaction(sql);
        Result<void> done = transaction.begin(ConfigTransaction::Access::Write);
        if (done)
            done = sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sd_schema_version (version INTEGER NOT NULL)")
                                + sql.tableOptions(),
                            tr("Could not create the tables of the config store."));
        if (done) {
            Result<QSqlQuery> inserted = sql.query(QStringLiteral("INSERT INTO sd_schema_version (version) VALUES (0)"),
                                                   {}, tr("Could not create the tables of the config store."));
            if (!inserted)
                return inserted.error();
            done = transaction.commit();
        }
        if (!done)
            return done;
    }
    return migrate(db);
}

Result<void> ConfigSchema::migrate(QSqlDatabase &db)
{
    Result<int> stored = version(db);
    if (!stored)
        return stored.error();
    if (*stored > CurrentVersion)
        return makeError(tr("This config store was written by a newer ShardDesk (schema %1); this version "
                            "understands up to %2.")
                             .arg(*stored)
                             .arg(CurrentVersion),
                         Error::Kind::Validation);
    if (*stored < 0)
        return makeError(tr("The config store is damaged: its schema version is %1.").arg(*stored),
                         Error::Kind::Validation);
    ConfigSql sql(db);
    const bool creating = *stored == 0;
    for (int from = *stored; from < CurrentVersion; ++from) {
        Result<void> stepped = runStep(sql, from, creating);
        if (!stepped)
            return stepped;
    }
    return {};
}

} // namespace ShardDesk
