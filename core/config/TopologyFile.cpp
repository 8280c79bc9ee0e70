#include "TopologyFile.h"

#include "db/ServerAddress.h"
#include "topology/TopologyJson.h"

#include <QFile>

namespace ShardDesk {

Result<Topology> TopologyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read %1: %2").arg(path, file.errorString()));
    auto topology = TopologyJson::fromJson(file.readAll());
    if (!topology)
        return topology.error();
    for (Shard &shard : topology->shards)
        shard.host = ServerAddress::storedHost(shard.host);
    return topology;
}

} // namespace ShardDesk
