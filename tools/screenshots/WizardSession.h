#pragma once

#include "Result.h"
#include "loadtest/LoadTestResult.h"

#include <QObject>

#include <memory>

namespace ShardDesk {
class ClusterWizard;
class MemoryCredentialStore;
}

namespace ShardDesk::Screenshots {

class SceneRunner;

// The wizard driven page by page against the sandbox servers, as a user would, shared by the wizard,
// load-test and verify pictures: each asks for the page it shows and the session goes as far as
// needed, once. Drops the databases it created when destroyed.
class WizardSession : public QObject
{
public:
    enum class Step { None, ServersTested, LayoutFilled, Reviewed, Created };

    explicit WizardSession(SceneRunner &runner);
    ~WizardSession() override;

    ClusterWizard &wizard() { return *m_wizard; }
    // Advances the wizard until step is reached (it never goes back).
    Result<void> reach(Step step);
    // The load test of the created cluster, run once (the load-test picture shows its panel).
    const LoadTestResult &loadTestResult() const { return m_run; }
    void setLoadTestResult(const LoadTestResult &run) { m_run = run; }

private:
    Result<void> testServers();
    Result<void> fillLayout();
    Result<void> review();
    Result<void> create();
    bool next();

    SceneRunner &m_runner;
    std::shared_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ClusterWizard> m_wizard;
    Step m_step = Step::None;
    LoadTestResult m_run;
};

} // namespace ShardDesk::Screenshots
