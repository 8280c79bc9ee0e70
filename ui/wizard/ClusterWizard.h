#pragma once

#include "config/ConfigLocation.h"
#include "db/ConnectionOptions.h"
#include "provision/ClusterPlan.h"
#include "topology/Topology.h"

#include <QWizard>

#include <memory>

namespace ShardDesk {

class CredentialStore;

// The test-cluster wizard: servers, login, layout, schema, a dry-run review and the creation itself,
// page by page over one ClusterPlan. Every page that talks to a server does so on a worker thread
// through core (ServerProbe, Provisioner); the password stays in memory and in the credential store.
class ClusterWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ServersPageId, CredentialsPageId, LayoutPageId, SchemaPageId, ReviewPageId, CreatePageId };

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

    // Set by the create page once the cluster exists and the config store holds it.
    std::shared_ptr<const Topology> createdTopology() const { return m_created; }
    // Logs in to the created shards with the password typed here, for a load test right after.
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
    std::shared_ptr<const Topology> m_created;
};

} // namespace ShardDesk
