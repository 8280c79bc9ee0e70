#pragma once

#include "db/ConnectionOptions.h"
#include "topology/Shard.h"

#include <QObject>

#include <memory>

namespace ShardDesk {

class CredentialStore;

// "Test connection": logs in to each shard's database on a worker thread (with the timeouts of
// Preferences) and reports success or the server's error text. The password
// comes from the credential store under the shard's credentialRef, read on the same worker.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Tests run concurrently; each answers with tested().
    void test(const QList<Shard> &shards, std::shared_ptr<CredentialStore> credentials);

signals:
    void started(int shardId);
    // reachable: logged in and answered; text: the server version, or what went wrong.
    void tested(int shardId, bool reachable, const QString &text);

private:
    struct Outcome
    {
        int shardId = 0;
        bool reachable = false;
        QString text;
    };
    static Outcome run(const Shard &shard, std::shared_ptr<CredentialStore> credentials, ConnectionOptions options);
};

} // namespace ShardDesk
