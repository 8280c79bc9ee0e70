#include "ConfigBackup.h"

#include "topology/TopologyJson.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

namespace ShardDesk {

QString ConfigBackup::pathFor(const ConfigLocation &location)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (location.kind() == ConfigLocation::Kind::SQLite)
        return location.path() + QStringLiteral(".backup-") + stamp + QStringLiteral(".json");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                           + QStringLiteral("/backups");
    QDir().mkpath(folder);
    return folder + QStringLiteral("/shardconf-") + stamp + QStringLiteral(".json");
}

Result<void> ConfigBackup::write(const Topology &topology, const QString &path)
{
    QSaveFile out(path);
    const QByteArray json = TopologyJson::toJson(topology);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return makeError(tr("Could not write the backup %1: %2; nothing was replaced.").arg(path, out.errorString()));
    return {};
}

} // namespace ShardDesk
