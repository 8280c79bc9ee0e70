#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QFutureWatcher>
#include <QObject>

namespace ShardDesk {

// File → Import JSON, in two steps on worker threads so a large file never stalls the window:
// read() parses and validates the file; after the user confirmed, replace() exports the store's
// current configuration to a backup file first and then replaces it in one transaction (as the CLI's
// import command does).
class ConfigImporter : public QObject
{
    Q_OBJECT

public:
    explicit ConfigImporter(QObject *parent = nullptr);
    ~ConfigImporter() override;

    void read(const QString &path);
    void replace(const ConfigLocation &location, const ConnectionOptions &options, const Topology &topology);
    // Where the backup of a store about to be replaced goes: beside an SQLite file, else the data folder.
    static QString backupPath(const ConfigLocation &location);

signals:
    void readDone(const QString &path, const ShardDesk::Topology &topology);
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
    };
    static Outcome runRead(const QString &path);
    static Outcome runReplace(const ConfigLocation &location, const ConnectionOptions &options, const Topology &topology);

    QFutureWatcher<Outcome> m_reading;
    QFutureWatcher<Outcome> m_replacing;
};

} // namespace ShardDesk
