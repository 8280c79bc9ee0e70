#pragma once

#include "Result.h"
#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace ShardDesk {

// The config store ("shardconf"): where a cluster's topology lives, in an SQLite file or a database on
// a MySQL/MariaDB server. Loads a snapshot, and applies an edited topology in one transaction with an
// optimistic version check, so a concurrent change by someone else is reported, never overwritten.
//
// A ConfigStore is used by one thread at a time (its QSqlDatabase belongs to the thread that opened
// it); the GUI runs each operation on a worker thread.
class ConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigStore)

public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Who changed the store last, and when.
    struct Revision
    {
        qint64 version = 0;
        QString changedBy;
        QDateTime changedAt;
    };

    ConfigStore();
    ~ConfigStore();
    ConfigStore(const ConfigStore &) = delete;
    ConfigStore &operator=(const ConfigStore &) = delete;

    // Opens the store and brings its schema up to date. mysqlOptions carry the login for a MySQL
    // store (ignored for SQLite). A corrupt or foreign file, a newer schema or a pyshards shardconf
    // (see PyShardsImporter) fail with a clear message.
    Result<void> open(const ConfigLocation &location, const ConnectionOptions &mysqlOptions = {},
                      OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;
    const ConfigLocation &location() const { return m_location; }

    // Whether a cluster was initialised in this store.
    Result<bool> hasCluster();
    // Creates the cluster: settings and an unmapped vshard map of settings.vshardCount entries.
    // Fails when the store already holds a cluster.
    Result<Topology> initialize(const ClusterSettings &settings, const QString &author);
    Result<Topology> load();
    Result<Revision> revision();

    // Writes what changed from base to edited, in one transaction, if the store is still at
    // base.version; otherwise fails with Error::Kind::Conflict naming who changed it and when.
    // Refuses an edited topology that does not validate. Returns the new version.
    Result<qint64> apply(const Topology &base, const Topology &edited, const QString &author);
    // Replaces whatever the store holds with topology (import, pyshards migration): one transaction. With
    // expectedVersion (0: the store holds no cluster) it fails with Conflict when the store has moved on
    // since the caller looked (and, say, backed it up).
    Result<qint64> replace(const Topology &topology, const QString &author,
                           std::optional<qint64> expectedVersion = std::nullopt);

    // Runtime state written by monitoring and the router without bumping the topology version:
    // these never conflict with an editor's change.
    Result<void> setShardState(int shardId, double currentMb, bool full);
    Result<void> setShardInitialized(int shardId);

    // "user@machine", for changedBy.
    static QString defaultAuthor();

private:
    // The move journal lives in the same database and is written on the store's own connection.
    friend class MoveJournal;

    // The open connection, or a Usage error when the store is not open.
    Result<QSqlDatabase> connection() const;

    ConfigLocation m_location;
    QString m_connectionName;
};

} // namespace ShardDesk
