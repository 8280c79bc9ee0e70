#pragma once

#include "Result.h"
#include "config/ConfigStore.h"
#include "db/ConnectionOptions.h"
#include "provision/ClusterPlan.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <algorithm>

#include <atomic>

namespace ShardDesk {

// Creates a planned cluster on its servers: databases and schema on every server in parallel, then the
// topology in the config store. Everything a wizard shows comes from here: the dry run (every statement
// per server), the databases that already exist (refused unless drop-and-recreate), progress per server
// and statement, cancel, and on failure what was created, which rollBack() drops again.
//
// existingDatabases(), create() and rollBack() block until every server answered or timed out: call
// them from a worker thread (QtConcurrent::run). Signals are emitted from the threads that talk to the
// servers, so receivers in the GUI get them queued. The admin password is only kept in memory.
class Provisioner : public QObject
{
    Q_OBJECT

public:
    // The statements one server will run, in order.
    struct ServerStatements
    {
        ServerAddress server;
        QStringList statements;
    };

    // What happened on one server.
    struct ServerResult
    {
        ServerAddress server;
        QString version;      // the server's VERSION() (testConnections())
        QStringList existing; // planned databases found already there (existingDatabases())
        QStringList created;  // databases this run created, for rollBack()
        bool createdAppUser = false; // this run created the plan's application user here (not there before)
        QString appAccount; // that user as 'name'@'host'
        int statementsRun = 0;
        bool cancelled = false;
        Result<void> status;
    };

    struct Outcome
    {
        QList<ServerResult> servers;
        bool ok() const;
        bool cancelled() const;
        QStringList createdDatabases() const; // "host:port/database", for the user
        QStringList createdUsers() const; // "host:port 'user'@'host'", for the user
        QStringList errors() const;           // "host:port: message"
    };

    Provisioner(ClusterPlan plan, ConnectionOptions admin, QObject *parent = nullptr);
    ~Provisioner() override;

    const ClusterPlan &plan() const { return m_plan; }
    // Drop planned databases that exist and create them anew, instead of refusing them.
    void setDropExisting(bool drop) { m_dropExisting = drop; }
    // The password of the plan's application user; kept in memory only. The statements carry its
    // mysql_native_password hash (CREATE USER takes no placeholder), and the dry run masks even that.
    void setAppPassword(const QString &password) { m_appPassword = password; }

    QList<ServerStatements> dryRun() const;
    // Logs in to every server at once and reads its version: the wizard's "Test connections".
    Outcome testConnections();
    // The planned databases that exist on each server; a server that cannot be reached fails its entry.
    Outcome existingDatabases();
    // Refuses (nothing run) when a planned database exists and drop-existing is off.
    Outcome create();
    // Drops the databases created by a failed or cancelled create(), and the application user where this
    // run created it (an account that existed before is left, with the password create() set).
    Outcome rollBack(const Outcome &created);
    // Every database of plan and its application user, as if created: rollBack() of it removes a test
    // cluster made earlier.
    static Outcome everyPlannedDatabase(const ClusterPlan &plan);
    // Asks create() to stop after the statement each server is running now.
    void cancel() { m_cancel.store(true); }

    // Stores topology as the only cluster of store. An existing cluster is first exported to a JSON file
    // in backupDir; returns the backup's path (empty when there was nothing to back up).
    static Result<QString> storeTopology(ConfigStore &store, const Topology &topology, const QString &backupDir);

signals:
    // Statement index (0-based) of count is about to run on server serverIndex (plan order).
    void statementStarted(int serverIndex, int index, int count, const QString &statement);
    // create() is done on server serverIndex: its databases were created (ok) or what failed. Not sent for
    // the checks before it. Emitted from the worker threads, one per server at once: receivers that are
    // not QObjects living in another thread must serialise their own output.
    void serverFinished(int serverIndex, bool ok, const QString &message);

private:
    enum class Secrets { AsRun, Masked };
    QStringList statementsFor(int serverIndex, Secrets secrets) const;
    QStringList appUserStatements(int serverIndex, Secrets secrets) const;
    template<typename Fn>
    // announce: emit serverFinished as each server ends (the creating pass only).
    Outcome forEachServer(Fn fn, bool announce = false);

    ClusterPlan m_plan;
    ConnectionOptions m_admin;
    QString m_appPassword;
    bool m_dropExisting = false;
    std::atomic<bool> m_cancel {false};
    QThreadPool m_threads;
};

} // namespace ShardDesk
