#pragma once

#include "Result.h"
#include "config/ConfigLocation.h"
#include "credentials/CredentialStore.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

// Reads an original pyshards shardconf (Django tables shard: id, pid, capacity_MB, current_MB, full,
// initialized, user, password, host, database; vshard: id, pid) into a Topology. Passwords move to the
// credential store (one secret per server login, referenced from the shards); with clearPasswords the
// plain-text password column of the source is blanked afterwards, in one transaction.
class PyShardsImporter
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::PyShardsImporter)

public:
    struct Options
    {
        bool clearPasswords = true;
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

    static Result<Report> import(const ConfigLocation &source, const ConnectionOptions &mysqlOptions,
                                 CredentialStore &credentials, const Options &options);
};

} // namespace ShardDesk
