#include "ApplyFlow.h"

#include "ApplyDialog.h"
#include "ConfigApplier.h"
#include "ConfigLoader.h"
#include "TopologyDocument.h"
#include "TopologyRebase.h"
#include "topology/TopologyDiff.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace ShardDesk {

ApplyFlow::ApplyFlow(TopologyDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window), m_applier(new ConfigApplier(this)),
      m_loader(new ConfigLoader(this))
{
    connect(m_applier, &ConfigApplier::applied, this, [this](qint64 version) {
        m_document->markApplied(version);
        emit applied(version);
    });
    connect(m_applier, &ConfigApplier::failed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Apply Changes"),
                                    tr("The changes were not applied:\n%1").arg(message), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("applyFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit notApplied(message);
    });
    connect(m_applier, &ConfigApplier::conflicted, this, &ApplyFlow::onConflict);
    connect(m_loader, &ConfigLoader::loaded, this,
            [this](const ConfigLocation &, const Topology &fresh, bool) { onReloaded(fresh); });
    connect(m_loader, &ConfigLoader::failed, this, [this](const ConfigLocation &, const QString &message) {
        emit notApplied(message);
    });
}

void ApplyFlow::setStore(const ConfigLocation &location, const ConnectionOptions &options)
{
    m_location = location;
    m_options = options;
}

bool ApplyFlow::isBusy() const
{
    return m_applier->isRunning() || m_loader->isLoading();
}

void ApplyFlow::start()
{
    if (isBusy())
        return;
    if (!m_document->errors().isEmpty()) {
        emit notApplied(tr("The configuration has %n error(s); fix them before applying.", "",
                           int(m_document->errors().size())));
        return;
    }
    const TopologyDiff diff = TopologyDiff::between(m_document->base(), m_document->edited());
    if (diff.isEmpty()) {
        m_document->markApplied(m_document->base().version);
        emit applied(m_document->base().version);
        return;
    }
    auto *dialog = new ApplyDialog(m_location.toString(), diff.describe(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ApplyFlow::write);
    connect(dialog, &QDialog::rejected, this, [this] { emit notApplied(tr("Apply was cancelled.")); });
    dialog->open();
}

void ApplyFlow::write()
{
    m_applier->apply(m_location, m_options, std::make_shared<const Topology>(m_document->base()),
                     m_document->snapshot());
}

void ApplyFlow::onConflict(qint64 version, const QString &changedBy, const QDateTime &changedAt)
{
    const QString when = QLocale().toString(changedAt.toLocalTime(), QLocale::ShortFormat);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Configuration Changed"),
                                tr("%1 changed the configuration at %2 (now version %3) after you loaded version "
                                   "%4. Nothing was written.")
                                    .arg(changedBy, when)
                                    .arg(version)
                                    .arg(m_document->base().version),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("conflictMessage"));
    box->setInformativeText(tr("Reload and Reapply loads their version and replays your edits on it; you see "
                               "the result before anything is written."));
    QPushButton *reapply = box->addButton(tr("&Reload and Reapply"), QMessageBox::AcceptRole);
    reapply->setObjectName(QStringLiteral("reloadAndReapply"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, reapply](QAbstractButton *button) {
        if (button == reapply)
            m_loader->load(m_location, m_options);
        else
            emit notApplied(tr("The configuration was changed by someone else."));
    });
    box->open();
}

void ApplyFlow::onReloaded(const Topology &fresh)
{
    auto rebased = TopologyRebase::replay(m_document->base(), m_document->edited(), fresh);
    if (!rebased) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Reload and Reapply"), rebased.error().fullText(),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit notApplied(rebased.error().fullText());
        return;
    }
    m_document->rebase(fresh, rebased.value());
    start();
}

} // namespace ShardDesk
