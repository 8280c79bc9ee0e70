#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"

#include <QDateTime>
#include <QObject>

class QWidget;

namespace ShardDesk {

class ConfigApplier;
class ConfigLoader;
class TopologyDocument;
class Topology;

// Apply, step by step, without ever blocking the window: show the diff (ApplyDialog), write it on a
// worker (ConfigApplier); on a conflict say who changed the store and when, and offer "Reload and
// Reapply": load the store again on a worker, replay the edits on it (TopologyRebase) and show the new
// diff for confirmation. Never overwrites someone else's change.
class ApplyFlow : public QObject
{
    Q_OBJECT

public:
    ApplyFlow(TopologyDocument *document, QWidget *window);

    void setStore(const ConfigLocation &location, const ConnectionOptions &options);
    // Starts with the diff dialog; does nothing while the topology has errors or nothing changed.
    void start();
    bool isBusy() const;

signals:
    void applied(qint64 version);
    // Failed, cancelled or left at a conflict: the document is still modified.
    void notApplied(const QString &message);

private:
    void write();
    void onConflict(qint64 version, const QString &changedBy, const QDateTime &changedAt);
    void onReloaded(const Topology &fresh);

    TopologyDocument *m_document;
    QWidget *m_window;
    ConfigApplier *m_applier;
    ConfigLoader *m_loader;
    ConfigLocation m_location;
    ConnectionOptions m_options;
};

} // namespace ShardDesk
