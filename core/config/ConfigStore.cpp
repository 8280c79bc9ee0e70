#include "ConfigStore.h"

#include "config/ConfigDatabase.h"
#include "config/ConfigReader.h"
#include "config/ConfigSchema.h"
#include "config/ConfigSql.h"
#include "config/ConfigWriter.h"
#include "topology/TopologyDiff.h"

#include <QSysInfo>

#include <cmath>

namespace ShardDesk {

namespace {

// How many problems an error lists before "…": enough to start fixing, short enough for a dialog.
constexpr qsizetype ListedProblems = 5;

Error invalidTopology(const TopologyProblems &problems)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < ListedProblems; ++i)
        lines.append(problems.at(i).message);
    if (problems.size() > ListedProblems)
        lines.append(QStringLiteral("…"));
    return makeError(ConfigStore::tr("The configuration was not written because it has %n problem(s):\n%1", nullptr,
                                     int(problems.size()))
                         .arg(lines.join(QLatin1Char('\n'))),
                     Error::Kind::Validation);
}

Error conflict(const ConfigStore::Revision &current, qint64 loadedVersion)
{
    const QString when = current.changedAt.isValid()
        ? current.changedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : ConfigStore::tr("an unknown time");
    return makeError(ConfigStore::tr("The configuration was changed by %1 at %2 (version %3) since you loaded version "
                                     "%4. Reload and reapply your changes.")
                         .arg(current.changedBy, when)
                         .arg(current.version)
                         .arg(loadedVersion),
                     Error::Kind::Conflict);
}

Error noCluster()
{
    return makeError(ConfigStore::tr("This config store holds no cluster yet: initialize one or import a configuration."),
                     Error::Kind::NotFound);
}

Error vshardLimit(int count)
{
    return makeError(ConfigStore::tr("A cluster can have at most %1 vshards; this one has %2.")
                         .arg(ConfigReader::MaxVShards)
                         .arg(count),
                     Error::Kind::Validation);
}

ConfigStore::Revision nextRevision(qint64 currentVersion, const QString &author)
{
    return ConfigStore::Revision{currentVersion + 1, author, QDateTime::currentDateTimeUtc()};
}

// Refuses what must never be written: an invalid topology, or more vshards than load() accepts.
Result<void> checkWritable(const Topology &topology)
{
    if (topology.settings.vshardCount > ConfigReader::MaxVShards)
        return vshardLimit(topology.settings.vshardCount);
    // An incomplete topology (vshards not mapped yet) may be stored: clusters are built step by step.
    const TopologyProblems problems = topology.errors();
    if (!problems.isEmpty())
        return invalidTopology(problems);
    return {};
}

Error notAConfigStore(const ConfigLocation &location, const Error &cause)
{
    if (location.kind() != ConfigLocation::Kind::SQLite)
        return cause;
    return makeError(ConfigStore::tr("“%1” is not a ShardDesk config store: it is not an SQLite database, or it is "
                                     "damaged.")
                         .arg(location.path()),
                     Error::Kind::Validation, cause.serverText, cause.serverCode);
}

Error foreignDatabase(const ConfigLocation &location, QSqlDatabase &db)
{
    Result<QStringList> tables = ConfigSql(db).tableNames();
    const QStringList names = tables ? tables->mid(0, ListedProblems) : QStringList();
    return makeError(ConfigStore::tr("“%1” is not a ShardDesk config store: it holds other tables (%2). Choose another "
                                     "file or database, or an empty one.")
                         .arg(location.toString(), names.join(QStringLiteral(", "))),
                     Error::Kind::Validation);
}

// Opens the database, recognises what it holds and brings a ShardDesk schema up to date.
Result<void> openAndPrepare(const QString &connectionName, const ConfigLocation &location,
                            const ConnectionOptions &options, ConfigStore::OpenMode mode)
{
    const bool create = mode == ConfigStore::OpenMode::CreateIfMissing;
    Result<QSqlDatabase> db = ConfigDatabase::open(connectionName, location, options,
                                                   create ? ConfigDatabase::Create::Yes : ConfigDatabase::Create::No);
    if (!db)
        return db.error();
    QSqlDatabase database = std::move(db).value();
    Result<ConfigSchema::Detected> detected = ConfigSchema::detect(database);
    if (!detected)
        return notAConfigStore(location, detected.error());
    switch (*detected) {
    case ConfigSchema::Detected::Empty:
        if (!create)
            return makeError(ConfigStore::tr("“%1” holds no config store.").arg(location.toString()), Error::Kind::NotFound);
        return ConfigSchema::create(database);
    case ConfigSchema::Detected::ShardDesk:
        return ConfigSchema::migrate(database);
    case ConfigSchema::Detected::PyShards:
        return makeError(ConfigStore::tr("This is an original pyshards shardconf. Import it with \"Open pyshards "
                                         "shardconf…\" (sharddesk-cli import-pyshards)."),
                         Error::Kind::Usage);
    case ConfigSchema::Detected::Foreign:
        break;
    }
    return foreignDatabase(location, database);
}

} // namespace

ConfigStore::ConfigStore() = default;

ConfigStore::~ConfigStore()
{
    close();
}

Result<void> ConfigStore::open(const ConfigLocation &location, const ConnectionOptions &mysqlOptions, OpenMode mode)
{
    close();
    const QString connectionName = ConfigDatabase::uniqueConnectionName(QStringLiteral("store"));
    Result<void> opened = openAndPrepare(connectionName, location, mysqlOptions, mode);
    if (!opened) {
        ConfigDatabase::close(connectionName);
        return opened;
    }
    m_location = location;
    m_connectionName = connectionName;
    qCDebug(lcConfig) << "opened config store" << location.toString();
    return {};
}

void ConfigStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    ConfigDatabase::close(m_connectionName);
    m_connectionName.clear();
}

bool ConfigStore::isOpen() const
{
    return !m_connectionName.isEmpty();
}

Result<bool> ConfigStore::hasCluster()
{
    Result<Revision> current = revision();
    if (!current)
        return current.error();
    return current->version > 0;
}

Result<Topology> ConfigStore::initialize(const ClusterSettings &settings, const QString &author)
{
    if (settings.vshardCount > ConfigReader::MaxVShards)
        return vshardLimit(settings.vshardCount);
    Topology topology;
    topology.settings = settings;
    topology.vshards = VShardMap(settings.vshardCount);
    // Only the settings must be right: a new cluster has no shards yet, so its vshards are all unmapped.
    TopologyProblems problems = topology.validate();
    problems.removeIf([](const TopologyProblem &p) { return p.subject != TopologyProblem::Subject::Cluster; });
    if (!problems.isEmpty())
        return invalidTopology(problems);
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    ConfigTransaction transaction(sql);
    if (Result<void> begun = transaction.begin(ConfigTransaction::Access::Write); !begun)
        return begun.error();
    Result<Revision> current = ConfigReader(sql).revision(ConfigReader::Lock::ForUpdate);
    if (!current)
        return current.error();
    if (current->version != 0)
        return makeError(tr("This config store already holds a cluster (version %1).").arg(current->version),
                         Error::Kind::Usage);
    const Revision first = nextRevision(0, author);
    ConfigWriter writer(sql);
    Result<void> written = writer.insertCluster(settings, first);
    if (written)
        written = writer.insertRanges({VShardMap::Range{0, settings.vshardCount - 1, 0}});
    if (written)
        written = transaction.commit();
    if (!written)
        return written.error();
    topology.version = first.version;
    return topology;
}

Result<Topology> ConfigStore::load()
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    // One read transaction: the three tables come from one version even while another program applies.
    ConfigTransaction transaction(sql);
    if (Result<void> begun = transaction.begin(ConfigTransaction::Access::Read); !begun)
        return begun.error();
    Result<Topology> topology = ConfigReader(sql).topology();
    if (!topology)
        return topology;
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return topology;
}

Result<ConfigStore::Revision> ConfigStore::revision()
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    return ConfigReader(sql).revision();
}

Result<qint64> ConfigStore::apply(const Topology &base, const Topology &edited, const QString &author)
{
    if (Result<void> writable = checkWritable(edited); !writable)
        return writable.error();
    // The routing contract: N, the hash and the key normalisation never change for an existing cluster,
    // or nearly every key would route elsewhere and existing rows would be stranded.
    const ClusterSettings &was = base.settings;
    const ClusterSettings &now = edited.settings;
    if (was.vshardCount != now.vshardCount || was.hash != now.hash || was.keyNormalization != now.keyNormalization)
        return makeError(tr("The vshard count, hash and key normalisation of a cluster are fixed when it is created: "
                            "changing them would route existing keys elsewhere."),
                         Error::Kind::Validation);
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    ConfigTransaction transaction(sql);
    if (Result<void> begun = transaction.begin(ConfigTransaction::Access::Write); !begun)
        return begun.error();
    // Optimistic locking: the edit is based on base.version and may only land on exactly that version.
    Result<Revision> current = ConfigReader(sql).revision(ConfigReader::Lock::ForUpdate);
    if (!current)
        return current.error();
    if (current->version == 0)
        return noCluster();
    if (current->version != base.version)
        return conflict(*current, base.version);
    const TopologyDiff diff = TopologyDiff::between(base, edited);
    if (diff.isEmpty())
        return base.version; // nothing to write; the transaction rolls back and the version stays
    const Revision next = nextRevision(current->version, author);
    ConfigWriter writer(sql);
    Result<void> written = writer.writeDiff(diff, edited.settings);
    if (written)
        written = writer.updateRevision(next);
    if (!written)
        return written.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcConfig).noquote() << "applied version" << next.version << "by" << author << ":"
                                << diff.describe().join(QStringLiteral("; "));
    return next.version;
}

Result<qint64> ConfigStore::replace(const Topology &topology, const QString &author, std::optional<qint64> expectedVersion)
{
    if (Result<void> writable = checkWritable(topology); !writable)
        return writable.error();
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    ConfigTransaction transaction(sql);
    if (Result<void> begun = transaction.begin(ConfigTransaction::Access::Write); !begun)
        return begun.error();
    Result<Revision> current = ConfigReader(sql).revision(ConfigReader::Lock::ForUpdate);
    if (!current)
        return current.error();
    // What the caller backed up (or found empty) must still be what is replaced.
    if (expectedVersion && current->version != *expectedVersion)
        return conflict(*current, *expectedVersion);
    // The version keeps counting up across a replace, so an editor holding an older snapshot gets a conflict.
    const Revision next = nextRevision(current->version, author);
    Result<void> written = ConfigWriter(sql).writeAll(topology, next);
    if (written)
        written = transaction.commit();
    if (!written)
        return written.error();
    qCDebug(lcConfig) << "replaced the configuration; version" << next.version;
    return next.version;
}

Result<void> ConfigStore::setShardState(int shardId, double currentMb, bool full)
{
    if (!std::isfinite(currentMb) || currentMb < 0)
        return makeError(tr("Shard %1: the current size must be 0 MB or more; it is %2 MB.").arg(shardId).arg(currentMb),
                         Error::Kind::Usage);
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    return ConfigWriter(sql).setShardColumns(shardId, {QStringLiteral("current_mb"), QStringLiteral("full")},
                                             {currentMb, int(full)});
}

Result<void> ConfigStore::setShardInitialized(int shardId)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    ConfigSql sql(*db);
    return ConfigWriter(sql).setShardColumns(shardId, {QStringLiteral("initialized")}, {1});
}

QString ConfigStore::defaultAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

Result<QSqlDatabase> ConfigStore::connection() const
{
    if (m_connectionName.isEmpty())
        return makeError(tr("The config store is not open."), Error::Kind::Usage);
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace ShardDesk
