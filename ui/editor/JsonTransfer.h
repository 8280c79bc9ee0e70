#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"

#include <QObject>

#include <memory>

class QWidget;

namespace ShardDesk {

class ConfigImporter;
class CredentialStore;
class Topology;
class TopologyDocument;

// File → Export JSON…, Import JSON… and Open pyshards shardconf…: export writes the edited topology
// (references, never passwords); an import reads and validates its source on a worker, asks for explicit
// confirmation naming what will be replaced, exports a backup of the store, replaces it in one
// transaction and asks the window to reload.
class JsonTransfer : public QObject
{
    Q_OBJECT

public:
    JsonTransfer(TopologyDocument *document, QWidget *window);

    void setStore(const ConfigLocation &location, const ConnectionOptions &options);
    void exportTo(const QString &path);
    void importFrom(const QString &path);
    // The source's passwords are copied to credentials; the source itself is not changed.
    void importPyShards(const ConfigLocation &source, const ConnectionOptions &sourceOptions,
                        std::shared_ptr<CredentialStore> credentials);

signals:
    void message(const QString &text);
    // The store was replaced: load it again.
    void imported(qint64 version);

private:
    void confirm(const QString &path, const Topology &topology, const QStringList &warnings);

    TopologyDocument *m_document;
    QWidget *m_window;
    ConfigImporter *m_importer;
    ConfigLocation m_location;
    ConnectionOptions m_options;
    QString m_title;
};

} // namespace ShardDesk
