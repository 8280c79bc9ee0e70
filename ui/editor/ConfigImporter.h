#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace ShardDesk {

class CredentialStore;

// File → Import JSON and Open pyshards shardconf, in two steps on worker threads so a large file or a
// slow server never stalls the window: read() parses and validates a JSON file, readPyShards() reads an
// original pyshards shardconf (copying its passwords to the credential store; the source is left as it
// is); after the user confirmed, replace() exports the store's current configuration to a backup file
// first and then replaces it in one transaction (as the CLI's import commands do).
class ConfigImporter : public QObject
{
    Q_OBJECT

public:
    explicit ConfigImporter(QObject *parent = nullptr);
    ~ConfigImporter() override;

    void read(const QString &path);
    void readPyShards(const ConfigLocation &source, const ConnectionOptions &sourceOptions,
                      std::shared_ptr<CredentialStore> credentials);
    void replace(const ConfigLocation &location, const ConnectionOptions &options, const Topology &topology);

signals:
    // warnings: what the user should know before replacing (e.g. pyshards' different key hashing).
    void readDone(const QString &path, const ShardDesk::Topology &topology, const QStringList &warnings);
    void replaced(qint64 version, const QString &backupPath);
    void failed(const QString &message);

private:
    struct Outcome
    {
        Topology topology;
        qint64 version = 0;
        QString backupPath;
        QString path;
        QString error;
        QStringList warnings;
    };
    static Outcome runRead(const QString &path);
    static Outcome runReadPyShards(const ConfigLocation &source, const ConnectionOptions &sourceOptions,
                                   std::shared_ptr<CredentialStore> credentials);
    static Outcome runReplace(const ConfigLocation &location, const ConnectionOptions &options, const Topology &topology);

    QFutureWatcher<Outcome> m_reading;
    QFutureWatcher<Outcome> m_replacing;
};

} // namespace ShardDesk
