#pragma once

#include "Result.h"
#include "topology/Topology.h"

#include <QCoreApplication>

namespace ShardDesk {

// A topology exported as JSON (docs/CONFIG_FORMAT.md), read back for an import: parsed, with every shard's
// host in the spelling a shard stores (ServerAddress::storedHost()), so that two spellings of one server
// are one server to the topology's checks. Not validated: the caller decides how to report problems.
class TopologyFile
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::TopologyFile)

public:
    static Result<Topology> read(const QString &path);
};

} // namespace ShardDesk
