#include "JsonTransfer.h"

#include "ConfigImporter.h"
#include "TopologyDocument.h"
#include "topology/TopologyJson.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QWidget>

namespace ShardDesk {

JsonTransfer::JsonTransfer(TopologyDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window), m_importer(new ConfigImporter(this))
{
    connect(m_importer, &ConfigImporter::readDone, this, &JsonTransfer::confirm);
    connect(m_importer, &ConfigImporter::failed, this, [this](const QString &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, m_title, error, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("importFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit message(error);
    });
    connect(m_importer, &ConfigImporter::replaced, this, [this](qint64 version, const QString &backup) {
        emit message(backup.isEmpty() ? tr("Imported as version %1.").arg(version)
                                      : tr("Imported as version %1; the previous configuration is in %2.")
                                            .arg(version)
                                            .arg(backup));
        emit imported(version);
    });
}

void JsonTransfer::setStore(const ConfigLocation &location, const ConnectionOptions &options)
{
    m_location = location;
    m_options = options;
}

void JsonTransfer::exportTo(const QString &path)
{
    // The edited topology as shown; it holds credential references only, never a password.
    QSaveFile file(path);
    const QByteArray json = TopologyJson::toJson(m_document->edited());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        emit message(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("Exported to %1.").arg(path));
}

void JsonTransfer::importFrom(const QString &path)
{
    m_title = tr("Import JSON");
    emit message(tr("Reading %1…").arg(path));
    m_importer->read(path);
}

void JsonTransfer::importPyShards(const ConfigLocation &source, const ConnectionOptions &sourceOptions,
                                  std::shared_ptr<CredentialStore> credentials)
{
    m_title = tr("Open pyshards shardconf");
    emit message(tr("Reading %1…").arg(source.toString()));
    m_importer->readPyShards(source, sourceOptions, std::move(credentials));
}

void JsonTransfer::confirm(const QString &path, const Topology &topology, const QStringList &warnings)
{
    auto *box = new QMessageBox(QMessageBox::Warning, m_title,
                                tr("Replace the whole configuration in %1 with %2 (%n shard(s))?", "",
                                   int(topology.shards.size()))
                                    .arg(m_location.toString(), path),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("importConfirmMessage"));
    QStringList notes{tr("The current configuration is exported to a backup file first. Unapplied edits in this "
                         "window are discarded.")};
    box->setInformativeText((notes + warnings).join(QStringLiteral("\n\n")));
    box->addButton(tr("&Replace"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("importReplace"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, topology](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            m_importer->replace(m_location, m_options, topology);
        else
            emit message(tr("Nothing was imported."));
    });
    box->open();
}

} // namespace ShardDesk
