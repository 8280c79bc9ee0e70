#pragma once

#include <QList>
#include <QObject>

class QAction;
class QTreeView;

namespace ShardDesk {

class ConnectionTester;
class CredentialSession;
class ShardTreeModel;
class TopologyDocument;

// The shard tree's actions: add, duplicate, remove (refused, with the reason, while vshards or an
// overflow shard point at the shard) and set the password of the current shard's login (and, if the user
// asks, of the same user on every other server). Each change is an undoable command; the password goes to
// the credential store, never into the topology.
class ShardEditActions : public QObject
{
    Q_OBJECT

public:
    ShardEditActions(TopologyDocument *document, ShardTreeModel *model, QTreeView *view);

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *passwordAction() const { return m_password; }
    QAction *testAction() const { return m_test; }
    QAction *testAllAction() const { return m_testAll; }
    CredentialSession *credentials() const { return m_credentials; }

    void updateEnabled();

signals:
    void message(const QString &text);

private:
    void addShard(bool duplicate);
    void removeShard();
    void askPassword();
    // Stores password under the credential reference of each shard (one write per distinct login).
    void storePassword(const QList<int> &shardIds, const QString &password);
    void testConnections(bool all);
    // While a password is stored, Set Password waits: a second one could overtake it.
    void setStoring(bool storing);

    TopologyDocument *m_document;
    ShardTreeModel *m_model;
    QTreeView *m_view;
    CredentialSession *m_credentials;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_password;
    QAction *m_test;
    QAction *m_testAll;
    ConnectionTester *m_tester;
    bool m_storing = false; // a password is on its way to the credential store
};

} // namespace ShardDesk
