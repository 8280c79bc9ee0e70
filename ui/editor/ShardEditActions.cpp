#include "ShardEditActions.h"

#include "AddShardCommand.h"
#include "ConnectionTester.h"
#include "CredentialSession.h"
#include "PasswordDialog.h"
#include "RemoveShardCommand.h"
#include "SetShardCommand.h"
#include "ShardTreeModel.h"
#include "TopologyDocument.h"
#include "credentials/CredentialStore.h"
#include "preferences/Appearance.h"

#include <QAction>
#include <QMessageBox>
#include <QSet>
#include <QTreeView>
#include <QUndoStack>

namespace ShardDesk {

ShardEditActions::ShardEditActions(TopologyDocument *document, ShardTreeModel *model, QTreeView *view)
    : QObject(view), m_document(document), m_model(model), m_view(view), m_credentials(new CredentialSession(view)),
      m_add(new QAction(tr("&Add Shard"), this)), m_duplicate(new QAction(tr("&Duplicate Shard"), this)),
      m_remove(new QAction(tr("Re&move Shard"), this)), m_password(new QAction(tr("Set &Password…"), this)),
      m_test(new QAction(tr("&Test Connection"), this)), m_testAll(new QAction(tr("Test &All Connections"), this)),
      m_tester(new ConnectionTester(this))
{
    m_test->setObjectName(QStringLiteral("testConnectionAction"));
    m_testAll->setObjectName(QStringLiteral("testAllConnectionsAction"));
    connect(m_test, &QAction::triggered, this, [this] { testConnections(false); });
    connect(m_testAll, &QAction::triggered, this, [this] { testConnections(true); });
    connect(m_tester, &ConnectionTester::started, this,
            [this](int id) { m_model->setReachability(id, ShardTreeModel::Reachability::Testing, {}); });
    connect(m_tester, &ConnectionTester::tested, this, [this](int id, bool reachable, const QString &text) {
        m_model->setReachability(id, reachable ? ShardTreeModel::Reachability::Reachable
                                               : ShardTreeModel::Reachability::Unreachable,
                                 text);
    });
    m_add->setObjectName(QStringLiteral("addShardAction"));
    m_duplicate->setObjectName(QStringLiteral("duplicateShardAction"));
    m_remove->setObjectName(QStringLiteral("removeShardAction"));
    m_password->setObjectName(QStringLiteral("setPasswordAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_add->setShortcut(QKeySequence::New);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_add->setIcon(Appearance::icon("add-shard"));
    m_duplicate->setIcon(Appearance::icon("duplicate-shard"));
    m_remove->setIcon(Appearance::icon("remove-shard"));
    m_password->setIcon(Appearance::icon("password", "dialog-password"));
    m_test->setIcon(Appearance::icon("test-connection"));
    m_testAll->setIcon(Appearance::icon("test-all-connections"));
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_remove);
    connect(m_add, &QAction::triggered, this, [this] { addShard(false); });
    connect(m_duplicate, &QAction::triggered, this, [this] { addShard(true); });
    connect(m_remove, &QAction::triggered, this, &ShardEditActions::removeShard);
    connect(m_password, &QAction::triggered, this, &ShardEditActions::askPassword);
    connect(m_credentials, &CredentialSession::stored, this, [this](const QStringList &refs) {
        setStoring(false);
        if (refs.size() == 1)
            emit message(
                tr("The password for %1 is kept in: %2.").arg(refs.constFirst(), m_credentials->description()));
        else
            emit message(tr("The password for %n login(s) is kept in: %1.", "", int(refs.size()))
                             .arg(m_credentials->description()));
    });
    connect(m_credentials, &CredentialSession::failed, this, [this](const QString &error) {
        setStoring(false);
        emit message(tr("The password was not stored: %1").arg(error));
    });
}

void ShardEditActions::setStoring(bool storing)
{
    m_storing = storing;
    updateEnabled();
}

void ShardEditActions::updateEnabled()
{
    const bool loaded = m_document->isLoaded();
    const bool hasCurrent = m_model->shardId(m_view->currentIndex()) != 0;
    m_add->setEnabled(loaded);
    m_duplicate->setEnabled(loaded && hasCurrent);
    m_remove->setEnabled(loaded && hasCurrent);
    // Not while a password is being stored: a second one could overtake it and the first would win.
    m_password->setEnabled(loaded && hasCurrent && !m_storing);
    m_test->setEnabled(loaded && hasCurrent);
    m_testAll->setEnabled(loaded);
}

void ShardEditActions::testConnections(bool all)
{
    QList<Shard> shards;
    if (all) {
        shards = m_document->edited().shards;
    } else if (const Shard *current = m_document->edited().shard(m_model->shardId(m_view->currentIndex()))) {
        shards.append(*current);
    }
    if (shards.isEmpty())
        return;
    // Passwords come from the credential store, which is chosen (keychain or fallback) on first need.
    m_credentials->withStore([this, shards] { m_tester->test(shards, m_credentials->store()); });
}

void ShardEditActions::addShard(bool duplicate)
{
    const Topology &t = m_document->edited();
    Shard shard;
    if (const Shard *current = t.shard(m_model->shardId(m_view->currentIndex())); duplicate && current) {
        shard = *current;
        shard.database = current->database + QStringLiteral("_copy");
        shard.currentMb = 0;
        shard.full = false;
        shard.initialized = false;
    } else {
        shard.host = QStringLiteral("127.0.0.1");
        shard.database = QStringLiteral("shard_%1").arg(t.nextShardId());
        shard.user = QStringLiteral("app");
        shard.capacityMb = 1024;
    }
    shard.id = t.nextShardId();
    m_document->undoStack()->push(new AddShardCommand(m_document, shard,
                                                      duplicate ? tr("Duplicate shard as %1").arg(shard.id)
                                                                : tr("Add shard %1").arg(shard.id)));
    m_view->setCurrentIndex(m_model->indexOf(shard.id, ShardTreeModel::HostColumn));
}

void ShardEditActions::removeShard()
{
    const int id = m_model->shardId(m_view->currentIndex());
    if (id == 0)
        return;
    const QString reason = RemoveShardCommand::refusalReason(*m_document, id);
    if (!reason.isEmpty()) {
        emit message(reason);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Remove Shard"), reason, QMessageBox::Ok, m_view);
        box->setObjectName(QStringLiteral("removeRefusedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_document->undoStack()->push(new RemoveShardCommand(m_document, id, tr("Remove shard %1").arg(id)));
}

void ShardEditActions::askPassword()
{
    const Shard *shard = m_document->edited().shard(m_model->shardId(m_view->currentIndex()));
    if (!shard)
        return;
    // The other shards of this login (this user on this server) always share the password; those of this
    // user on other servers may be given it in one go.
    QList<int> sameLogin {shard->id};
    QList<int> sameUser;
    QSet<QString> otherServers;
    for (const Shard &other : m_document->edited().shards) {
        if (other.user != shard->user || other.id == shard->id)
            continue;
        if (other.serverKey() == shard->serverKey()) {
            sameLogin.append(other.id);
        } else {
            sameUser.append(other.id);
            otherServers.insert(other.serverKey());
        }
    }
    auto *dialog = new PasswordDialog(shard->user, shard->serverKey(), int(otherServers.size()), m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sameLogin, sameUser] {
        storePassword(dialog->forEveryServer() ? sameLogin + sameUser : sameLogin, dialog->password());
    });
    dialog->open();
}

void ShardEditActions::storePassword(const QList<int> &shardIds, const QString &password)
{
    // The topology keeps only where a password is (its credential reference, shared by every shard with
    // that login): shards without one get it, as one undoable edit.
    QList<std::pair<Shard, Shard>> referenced;
    for (int id : shardIds) {
        const Shard *shard = m_document->edited().shard(id);
        if (shard && shard->credentialRef.isEmpty()) {
            Shard withRef = *shard;
            withRef.credentialRef = CredentialStore::referenceFor(shard->user, shard->serverKey());
            referenced.append({*shard, withRef});
        }
    }
    if (!referenced.isEmpty()) {
        QUndoStack *undo = m_document->undoStack();
        undo->beginMacro(tr("Set the credential of %n shard(s)", "", int(referenced.size())));
        for (const auto &[before, after] : std::as_const(referenced))
            undo->push(
                new SetShardCommand(m_document, before, after, tr("Set the credential of shard %1").arg(before.id)));
        undo->endMacro();
    }
    QStringList refs;
    for (int id : shardIds) {
        const Shard *shard = m_document->edited().shard(id);
        if (shard && !refs.contains(shard->credentialRef))
            refs.append(shard->credentialRef);
    }
    setStoring(true);
    m_credentials->storePassword(refs, password);
}

} // namespace ShardDesk
