#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "topology/Topology.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace ShardDesk {

// Writes an edited topology to its config store on a worker thread (ConfigStore::apply, one transaction
// with the optimistic version check). A conflict comes back with who changed the store and when.
class ConfigApplier : public QObject
{
    Q_OBJECT

public:
    explicit ConfigApplier(QObject *parent = nullptr);
    ~ConfigApplier() override;

    void apply(const ConfigLocation &location, const ConnectionOptions &options,
               std::shared_ptr<const Topology> base, std::shared_ptr<const Topology> edited);
    bool isRunning() const;

signals:
    void applied(qint64 version);
    void failed(const QString &message);
    // The store moved on since base was loaded: changedBy/changedAt of its newest revision.
    void conflicted(qint64 version, const QString &changedBy, const QDateTime &changedAt);

private:
    struct Outcome
    {
        qint64 version = 0;
        QString error;
        bool conflict = false;
        QString changedBy;
        QDateTime changedAt;
    };
    static Outcome run(const ConfigLocation &location, const ConnectionOptions &options,
                       std::shared_ptr<const Topology> base, std::shared_ptr<const Topology> edited);
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
};

} // namespace ShardDesk
