#include "ConnectionTester.h"

#include "credentials/CredentialStore.h"
#include "db/ConnectionPool.h"
#include "db/ServerAddress.h"
#include "preferences/AppSettings.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QtConcurrent>

namespace ShardDesk {

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent) {}

ConnectionTester::~ConnectionTester()
{
    // Each test owns its connection and ends within its timeouts; wait so none outlives the window.
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

void ConnectionTester::test(const QList<Shard> &shards, std::shared_ptr<CredentialStore> credentials)
{
    const ConnectionOptions base = AppSettings::connectionOptions(); // read here: QSettings belongs to this thread
    for (const Shard &shard : shards) {
        emit started(shard.id);
        auto *watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
            const Outcome outcome = watcher->result();
            watcher->deleteLater();
            emit tested(outcome.shardId, outcome.reachable, outcome.text);
        });
        watcher->setFuture(QtConcurrent::run(&ConnectionTester::run, shard, credentials, base));
    }
}

ConnectionTester::Outcome ConnectionTester::run(const Shard &shard, std::shared_ptr<CredentialStore> credentials,
                                                ConnectionOptions options)
{
    static QAtomicInteger<quint64> counter;
    Outcome outcome{shard.id, false, {}};
    auto server = ServerAddress::fromHostPort(shard.host, shard.port);
    if (!server) {
        outcome.text = server.error().fullText();
        return outcome;
    }
    options.user = shard.user;
    if (credentials && !shard.credentialRef.isEmpty()) {
        auto password = credentials->read(shard.credentialRef);
        if (password)
            options.password = password.value();
        else if (password.error().kind != Error::Kind::NotFound) {
            outcome.text = password.error().fullText();
            return outcome;
        }
    }
    const QString name = QStringLiteral("sharddesk-test-connection-%1").arg(++counter);
    {
        // openConnection logs in and sets up the session (character set, timeouts), so a server that
        // answers it is usable; core reads its version. ui never runs statements itself (DESIGN.md).
        auto db = ConnectionPool::openConnection(name, server.value(), shard.database, options);
        if (!db) {
            outcome.text = db.error().fullText();
            return outcome;
        }
        auto version = ConnectionPool::serverVersion(
            db.value(), QCoreApplication::translate("ShardDesk::ConnectionTester", "Could not read the version of %1.")
                            .arg(shard.displayName()));
        outcome.reachable = static_cast<bool>(version);
        outcome.text = version ? QCoreApplication::translate("ShardDesk::ConnectionTester", "Connected to %1 as %2: %3.")
                                     .arg(shard.displayName(), shard.user, version.value())
                               : version.error().fullText();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace ShardDesk
