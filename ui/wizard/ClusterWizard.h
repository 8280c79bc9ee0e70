#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "loadtest/LoadTestResult.h"
#include "provision/ClusterPlan.h"
#include "topology/Topology.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace ShardDesk {

class CredentialStore;

// The test-cluster wizard: servers, login, layout, schema, a dry-run review, the creation itself, then a
// load test and its verification on the new cluster, page by page over one ClusterPlan. Finish ends it on
// any of the last three pages. Every page that talks to a server does so on a worker thread
// through core (ServerProbe, Provisioner); the password stays in memory and in the credential store.
class ClusterWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ServersPageId,
        CredentialsPageId,
        LayoutPageId,
        SchemaPageId,
        ReviewPageId,
        CreatePageId,
        LoadTestPageId,
        VerifyPageId,
    };

    // location: the config store that receives the topology; storeLogin: its login when it is MySQL.
    ClusterWizard(ConfigLocation location, std::shared_ptr<CredentialStore> credentials,
                  ConnectionOptions storeLogin = {}, QWidget *parent = nullptr);
    ~ClusterWizard() override;

    ClusterPlan &plan() { return m_plan; }
    const ClusterPlan &plan() const { return m_plan; }
    // The login typed on the credentials page, for the servers.
    ConnectionOptions adminOptions() const;
    const ConfigLocation &configLocation() const { return m_location; }
    const ConnectionOptions &storeLogin() const { return m_storeLogin; }
    std::shared_ptr<CredentialStore> credentials() const { return m_credentials; }

    // The smallest RAM among the tested servers (host RAM when known, else the buffer pool); -1 before a test.
    qint64 smallestServerRamBytes() const { return m_smallestRamBytes; }
    void setSmallestServerRamBytes(qint64 bytes) { m_smallestRamBytes = bytes; }

    bool dropExisting() const { return m_dropExisting; }
    void setDropExisting(bool drop) { m_dropExisting = drop; }

    // The application user's password (empty without one); memory only until the credential store has it.
    const QString &appPassword() const { return m_appPassword; }
    void setAppPassword(const QString &password) { m_appPassword = password; }

    // The last load test run on page 7, which page 8 verifies.
    const std::optional<LoadTestResult> &loadTestRun() const { return m_loadTestRun; }
    void setLoadTestRun(const LoadTestResult &run) { m_loadTestRun = run; }

    // Set by the create page once the cluster exists and the config store holds it.
    std::shared_ptr<const Topology> createdTopology() const { return m_created; }
    // Logs in to the created shards with the password typed here (the application user's when there is
    // one), for the load test and verify pages.
    ConnectionOptionsProvider shardLogin() const;
    void setCreated(std::shared_ptr<const Topology> topology);

signals:
    void clusterCreated(std::shared_ptr<const ShardDesk::Topology> topology);

private:
    ClusterPlan m_plan;
    ConfigLocation m_location;
    std::shared_ptr<CredentialStore> m_credentials;
    ConnectionOptions m_storeLogin;
    qint64 m_smallestRamBytes = -1;
    bool m_dropExisting = false;
    QString m_appPassword;
    std::optional<LoadTestResult> m_loadTestRun;
    std::shared_ptr<const Topology> m_created;
};

} // namespace ShardDesk
