#include "WizardScenes.h"

#include "SceneRunner.h"
#include "WizardSession.h"

#include "ClusterWizard.h"
#include "LoadTestPanel.h"
#include "VerifyPanel.h"
#include "rebalance/MoveDialog.h"
#include "rebalance/MovePlanForm.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QDoubleSpinBox>

namespace ShardDesk::Screenshots::WizardScenes {

namespace {

WizardSession &session(SceneRunner &runner)
{
    return runner.shared<WizardSession>(QStringLiteral("wizard"),
                                        [&runner] { return std::make_unique<WizardSession>(runner); });
}

Result<QImage> wizardAt(SceneRunner &runner, WizardSession::Step step)
{
    WizardSession &wizard = session(runner);
    if (auto reached = wizard.reach(step); !reached)
        return reached.error();
    runner.show(&wizard.wizard());
    return runner.grab(&wizard.wizard());
}

} // namespace

Result<QImage> servers(SceneRunner &runner)
{
    return wizardAt(runner, WizardSession::Step::ServersTested);
}

Result<QImage> layout(SceneRunner &runner)
{
    return wizardAt(runner, WizardSession::Step::LayoutFilled);
}

Result<QImage> review(SceneRunner &runner)
{
    return wizardAt(runner, WizardSession::Step::Reviewed);
}

Result<QImage> create(SceneRunner &runner)
{
    return wizardAt(runner, WizardSession::Step::Created);
}

// Rate-limited to 50 s, so the latency chart (a 60 s axis) has a curve to show.
Result<QImage> loadTest(SceneRunner &runner)
{
    WizardSession &wizard = session(runner);
    if (auto created = wizard.reach(WizardSession::Step::Created); !created)
        return created.error();
    LoadTestPanel panel(wizard.wizard().createdTopology(), wizard.wizard().shardLogin());
    panel.findChild<QSpinBox *>(QStringLiteral("users"))->setValue(20000);
    panel.findChild<QDoubleSpinBox *>(QStringLiteral("ratePerSecond"))->setValue(400);
    panel.findChild<QSpinBox *>(QStringLiteral("threads"))->setValue(4);
    panel.findChild<QSpinBox *>(QStringLiteral("seed"))->setValue(7);
    runner.show(&panel);
    panel.findChild<QPushButton *>(QStringLiteral("startLoadTest"))->click();
    if (!runner.waitFor(&panel, &LoadTestPanel::runFinished, 180000))
        return makeError(QStringLiteral("The load test did not finish."));
    wizard.setLoadTestResult(panel.lastResult());
    if (!panel.lastResult().setupError.isEmpty())
        return makeError(panel.lastResult().setupError);
    return runner.grab(&panel);
}

Result<QImage> verify(SceneRunner &runner)
{
    WizardSession &wizard = session(runner);
    if (wizard.loadTestResult().acknowledged == 0) {
        if (auto ran = loadTest(runner); !ran)
            return ran.error();
    }
    VerifyPanel panel(wizard.wizard().createdTopology(), wizard.wizard().shardLogin());
    panel.setRun(wizard.loadTestResult());
    panel.findChild<QSpinBox *>(QStringLiteral("sample"))->setValue(500);
    runner.show(&panel);
    panel.findChild<QPushButton *>(QStringLiteral("verify"))->click();
    if (!runner.waitFor(&panel, &VerifyPanel::verified, 120000))
        return makeError(QStringLiteral("Verification did not finish."));
    return runner.grab(&panel);
}

// Page 7 of the wizard: a short rate-limited load test of the cluster just created (seed 8, so it adds
// users next to the 20,000 of the load-test scene and never collides with them).
Result<QImage> wizardLoadTest(SceneRunner &runner)
{
    WizardSession &wizard = session(runner);
    if (auto created = wizard.reach(WizardSession::Step::Created); !created)
        return created.error();
    ClusterWizard &dialog = wizard.wizard();
    runner.show(&dialog);
    dialog.next();
    if (!runner.waitUntil([&dialog] { return dialog.currentId() == ClusterWizard::LoadTestPageId; }))
        return makeError(QStringLiteral("The wizard did not go on to its load-test page."));
    auto *panel = dialog.currentPage()->findChild<LoadTestPanel *>();
    if (!panel)
        return makeError(QStringLiteral("The load-test page has no load-test panel."));
    panel->findChild<QSpinBox *>(QStringLiteral("users"))->setValue(3000);
    panel->findChild<QDoubleSpinBox *>(QStringLiteral("ratePerSecond"))->setValue(150);
    panel->findChild<QSpinBox *>(QStringLiteral("seed"))->setValue(8);
    panel->findChild<QPushButton *>(QStringLiteral("startLoadTest"))->click();
    if (!runner.waitFor(panel, &LoadTestPanel::runFinished, 120000))
        return makeError(QStringLiteral("The wizard's load test did not finish."));
    return runner.grab(&dialog);
}

// Six vshards of the load-tested cluster's first bucket onto another, two per batch; the picture is taken
// once the first batch is done. Runs last: the moved rows no longer match the map the other scenes use.
Result<QImage> moveProgress(SceneRunner &runner)
{
    WizardSession &wizard = session(runner);
    if (wizard.loadTestResult().acknowledged == 0) {
        if (auto ran = loadTest(runner); !ran)
            return ran.error();
    }
    const std::shared_ptr<const Topology> topology = wizard.wizard().createdTopology();
    const QList<int> heads = topology->headIds();
    if (heads.size() < 2)
        return makeError(QStringLiteral("The created cluster has fewer than two buckets."));
    QList<int> vshards;
    for (int v = 0; v < topology->vshards.count() && vshards.size() < 6; ++v)
        if (topology->vshards.headOf(v) == heads.constFirst())
            vshards.append(v);
    MoveDialog dialog(ConfigLocation::sqlite(runner.path(QStringLiteral("shop.sqlite"))), {},
                      wizard.wizard().shardLogin(), topology);
    VShardMover::Options options;
    options.batchVShards = 2;
    options.throttleRowsPerSec = 20; // a few rows per vshard: slowed down so the picture shows it running
    dialog.setMoverOptions(options);
    dialog.planForm()->setSelection(vshards, heads.constLast());
    runner.show(&dialog);
    dialog.startChecks();
    if (!runner.waitUntil([&dialog] { return dialog.planForm()->hasSizes(); }, 60000))
        return makeError(QStringLiteral("The vshards' sizes were not measured."));
    Result<QImage> image = makeError(QStringLiteral("The move did not get past its first batch."));
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("moveProgress"));
    QObject::connect(progress, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value == 2)
            image = runner.grab(&dialog);
    });
    dialog.run();
    if (!runner.waitFor(&dialog, &MoveDialog::operationFinished, 180000))
        return makeError(QStringLiteral("The move did not finish."));
    return image;
}

} // namespace ShardDesk::Screenshots::WizardScenes
