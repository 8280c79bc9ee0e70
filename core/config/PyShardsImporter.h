#pragma once

#include "Result.h"
#include "config/ConfigLocation.h"
#include "credentials/CredentialStore.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

// Reads an original pyshards shardconf (Django tables shard: id, pid, capacity_MB, current_MB, full,
// initialized, user, password, host, database; vshard: id, pid) into a Topology. Passwords are copied to
// the credential store (one secret per server login, referenced from the shards). Migrating is three
// steps, so that nothing is lost when one fails: import() (nothing in the source changes), storing the
// topology (ConfigStore::replace), then clearSourcePasswords(), which blanks in the source only the
// passwords that are verifiably in the credential store.
//
// pyshards routed keys with Python's hash(), ShardDesk with CRC32 (docs/ROUTING.md): rows already in the
// shards sit where pyshards put them, and the report says so.
class PyShardsImporter
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::PyShardsImporter)

public:
    struct Options
    {
        bool clearPasswords = false; // deprecated shortcut: clears before the topology is stored
        QString clusterName = QStringLiteral("pyshards");
    };

    struct Report
    {
        Topology topology;
        int shardCount = 0;
        int vshardCount = 0;
        int secretsMoved = 0;
        QStringList warnings; // e.g. a host "localhost" turned into 127.0.0.1
    };

    // Refuses a source whose topology does not validate before anything is written anywhere.
    static Result<Report> import(const ConfigLocation &source, const ConnectionOptions &mysqlOptions,
                                 CredentialStore &credentials, const Options &options);
    // Blanks the source's passwords that equal the secret stored for their shard in credentials (the
    // topology is the imported one). Returns the ids of shards whose password was left in place.
    static Result<QList<int>> clearSourcePasswords(const ConfigLocation &source, const ConnectionOptions &mysqlOptions,
                                                   const Topology &imported, CredentialStore &credentials);
};

} // namespace ShardDesk
