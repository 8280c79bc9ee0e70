#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QFutureWatcher>
#include <QObject>

namespace ShardDesk {

// Opens a config store and loads its topology on a worker thread; the window never waits on a file or
// a server. One load at a time: a new load() supersedes a running one, whose result is dropped.
class ConfigLoader : public QObject
{
    Q_OBJECT

public:
    explicit ConfigLoader(QObject *parent = nullptr);
    ~ConfigLoader() override;

    void load(const ConfigLocation &location, const ConnectionOptions &mysqlOptions = {});
    bool isLoading() const;

signals:
    // hasCluster is false for a store in which no cluster was created yet.
    void loaded(const ShardDesk::ConfigLocation &location, const ShardDesk::Topology &topology, bool hasCluster);
    void failed(const ShardDesk::ConfigLocation &location, const QString &message);

private:
    struct Outcome
    {
        ConfigLocation location;
        Topology topology;
        bool hasCluster = false;
        QString error;
    };
    static Outcome run(const ConfigLocation &location, const ConnectionOptions &options);
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
};

} // namespace ShardDesk
