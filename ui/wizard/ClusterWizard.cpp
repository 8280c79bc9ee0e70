#include "ClusterWizard.h"

#include "CreatePage.h"
#include "CredentialsPage.h"
#include "LayoutPage.h"
#include "LoadTestPage.h"
#include "ReviewPage.h"
#include "SchemaPage.h"
#include "ServersPage.h"
#include "VerifyPage.h"

#include <QFutureWatcher>

namespace ShardDesk {

ClusterWizard::ClusterWizard(ConfigLocation location, std::shared_ptr<CredentialStore> credentials,
                             ConnectionOptions storeLogin, QWidget *parent)
    : QWizard(parent)
    , m_location(std::move(location))
    , m_credentials(std::move(credentials))
    , m_storeLogin(std::move(storeLogin))
{
    setWindowTitle(tr("Create a test cluster"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(ServersPageId, new ServersPage(this));
    setPage(CredentialsPageId, new CredentialsPage(this));
    setPage(LayoutPageId, new LayoutPage(this));
    setPage(SchemaPageId, new SchemaPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(CreatePageId, new CreatePage(this));
    setPage(LoadTestPageId, new LoadTestPage(this));
    setPage(VerifyPageId, new VerifyPage(this));
    setStartId(ServersPageId);
}

ClusterWizard::~ClusterWizard()
{
    // Probes, checks and the creation end within their connection timeouts; wait so none of them
    // delivers into a destroyed page.
    for (auto *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

ConnectionOptions ClusterWizard::adminOptions() const
{
    ConnectionOptions options;
    options.user = field(QStringLiteral("user")).toString().trimmed();
    options.password = field(QStringLiteral("password")).toString();
    return options;
}

ConnectionOptionsProvider ClusterWizard::shardLogin() const
{
    ConnectionOptions login = adminOptions();
    if (!m_plan.appUser.isEmpty())
        login.password = m_appPassword;
    return [login](const Shard &shard) -> Result<ConnectionOptions> {
        ConnectionOptions options = login;
        options.user = shard.user;
        return options;
    };
}

void ClusterWizard::setCreated(std::shared_ptr<const Topology> topology)
{
    m_created = std::move(topology);
    emit clusterCreated(m_created);
}

} // namespace ShardDesk
