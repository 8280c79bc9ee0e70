#include "MonitorScenes.h"

#include "DemoCluster.h"
#include "SceneRunner.h"

#include "MonitorPanel.h"
#include "RamChart.h"

#include <QDateTime>
#include <QLineSeries>
#include <QTabWidget>

namespace ShardDesk::Screenshots::MonitorScenes {

namespace {

// The panel with ten minutes of the demo cluster, showing tab and server.
Result<QImage> monitorTab(SceneRunner &runner, int tab, const QString &server)
{
    MonitorPanel panel(nullptr);
    panel.setTopology(std::make_shared<const Topology>(DemoCluster::topology()));
    // A fixed clock, so the time axis reads the same in every run.
    const qint64 end = QDateTime(QDate(2026, 11, 24), QTime(14, 30)).toMSecsSinceEpoch();
    for (const ProbeSample &sample : DemoCluster::samples(600, end))
        panel.addSample(sample);
    panel.setWindowSeconds(600);
    panel.setCurrentServer(server);
    panel.findChild<QTabWidget *>()->setCurrentIndex(tab);
    runner.show(&panel);
    if (!runner.waitUntil([&panel] { return panel.ramChart()->memoryUsedSeries()->count() > 1; }))
        return makeError(QStringLiteral("The memory chart stayed empty."));
    return runner.grab(&panel);
}

} // namespace

Result<QImage> cluster(SceneRunner &runner)
{
    return monitorTab(runner, 0, QStringLiteral("127.0.0.1:3306"));
}

Result<QImage> server(SceneRunner &runner)
{
    return monitorTab(runner, 1, QStringLiteral("127.0.0.3:3306"));
}

Result<QImage> planner(SceneRunner &runner)
{
    return monitorTab(runner, 2, QStringLiteral("127.0.0.1:3306"));
}

} // namespace ShardDesk::Screenshots::MonitorScenes
