#include "SceneTable.h"

#include "EditorScenes.h"
#include "LookScenes.h"
#include "MonitorScenes.h"
#include "WizardScenes.h"

namespace ShardDesk::Screenshots {

const QList<Scene> &sceneTable()
{
    static const QSize Window(1680, 760);
    static const QSize Wizard(900, 640);
    static const QSize Monitor(1100, 640);
    static const QList<Scene> scenes{
        {QStringLiteral("main-window"), QStringLiteral("The main window with a loaded configuration"), Window, false,
         &EditorScenes::mainWindow},
        {QStringLiteral("shard-validation"), QStringLiteral("An invalid port: a red cell, the reason in the status bar"),
         Window, false, &EditorScenes::shardValidation},
        {QStringLiteral("apply-dialog"), QStringLiteral("The Apply dialog listing each change"), QSize(620, 380), false,
         &EditorScenes::applyDialog},
        {QStringLiteral("credential-fallback"), QStringLiteral("No keychain: encrypted file or this session only"),
         QSize(520, 240), false, &EditorScenes::credentialFallback},
        {QStringLiteral("vshard-map"),
         QStringLiteral("Measured sizes; 500 vshards assigned to shard 5, the chart rebalanced"), Window, false,
         &EditorScenes::vshardMap},
        {QStringLiteral("routing-inspector"), QStringLiteral("Routing a key and a list of keys"), Window, false,
         &EditorScenes::routingInspector},
        {QStringLiteral("move-preview"), QStringLiteral("The plan preview of a move: one bucket over capacity"),
         QSize(980, 620), false, &LookScenes::movePreview},
        {QStringLiteral("preferences"), QStringLiteral("The Preferences dialog"), QSize(720, 400), false,
         &LookScenes::preferences},
        {QStringLiteral("main-window-dark"), QStringLiteral("The main window with a dark desktop palette"), QSize(1100, 640),
         false, &LookScenes::mainWindowDark},
        {QStringLiteral("monitor-cluster"), QStringLiteral("Monitor: servers and the cluster grid"), Monitor, false,
         &MonitorScenes::cluster},
        {QStringLiteral("monitor-server"), QStringLiteral("Monitor: one server's memory and shard sizes"), Monitor, false,
         &MonitorScenes::server},
        {QStringLiteral("monitor-planner"), QStringLiteral("Monitor: the capacity planner"), Monitor, false,
         &MonitorScenes::planner},
        {QStringLiteral("wizard-servers"), QStringLiteral("Wizard: the server list tested"), Wizard, true,
         &WizardScenes::servers},
        {QStringLiteral("wizard-layout"), QStringLiteral("Wizard: shards per server, databases, vshards"), Wizard, true,
         &WizardScenes::layout},
        {QStringLiteral("wizard-review"), QStringLiteral("Wizard: the dry run of every statement"), Wizard, true,
         &WizardScenes::review},
        {QStringLiteral("wizard-create"), QStringLiteral("Wizard: the cluster created"), Wizard, true,
         &WizardScenes::create},
        {QStringLiteral("loadtest-panel"), QStringLiteral("A finished load test on the new cluster"), QSize(1000, 800),
         true, &WizardScenes::loadTest},
        {QStringLiteral("verify-panel"), QStringLiteral("Verifying the load test's rows"), QSize(900, 500), true,
         &WizardScenes::verify},
        {QStringLiteral("wizard-loadtest"), QStringLiteral("Wizard page 7: a load test of the cluster just created"),
         QSize(1100, 900), true, &WizardScenes::wizardLoadTest},
        {QStringLiteral("move-progress"), QStringLiteral("A move of six vshards in progress, after the load test"),
         QSize(980, 620), true, &WizardScenes::moveProgress},
    };
    return scenes;
}

} // namespace ShardDesk::Screenshots
