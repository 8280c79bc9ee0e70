#pragma once

#include "Result.h"
#include "config/ConfigLocation.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

// The JSON export (docs/CONFIG_FORMAT.md) of a configuration written just before it is replaced, so that
// an import, a pyshards migration or a provisioning can be undone by importing the backup.
class ConfigBackup
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigBackup)

public:
    // Beside an SQLite store (<store>.backup-<date>-<time>.json), else in the data folder's backups/.
    static QString pathFor(const ConfigLocation &location);
    // Writes topology to path atomically; on failure says that nothing was replaced.
    static Result<void> write(const Topology &topology, const QString &path);
};

} // namespace ShardDesk
