#include "LookScenes.h"

#include "DarkPalette.h"
#include "DemoCluster.h"
#include "SceneRunner.h"

#include "MainWindow.h"
#include "config/ConfigStore.h"
#include "preferences/PreferencesDialog.h"
#include "rebalance/MoveDialog.h"
#include "rebalance/MovePlanForm.h"

#include <QApplication>
#include <QFile>
#include <QTableView>

namespace ShardDesk::Screenshots::LookScenes {

Result<QImage> preferences(SceneRunner &runner)
{
    PreferencesDialog dialog;
    runner.show(&dialog);
    return runner.grab(&dialog);
}

Result<QImage> mainWindowDark(SceneRunner &runner)
{
    const QString path = runner.path(QStringLiteral("dark.sqlite"));
    QFile::remove(path);
    ConfigStore store;
    if (auto opened = store.open(ConfigLocation::sqlite(path)); !opened)
        return opened.error();
    if (auto version = store.replace(DemoCluster::topology(), QStringLiteral("screenshots")); !version)
        return version.error();

    const QPalette light = QApplication::palette();
    QApplication::setPalette(Testing::darkPalette());
    Result<QImage> image = makeError(QStringLiteral("The fixture store did not load."));
    {
        MainWindow window;
        runner.show(&window);
        window.openConfig(ConfigLocation::sqlite(path));
        if (runner.waitFor(&window, &MainWindow::configLoaded)) {
            runner.settle();
            image = runner.grab(&window);
        }
    }
    QApplication::setPalette(light);
    return image;
}

// Bucket 1's vshards and half of bucket 5's onto bucket 3, which would put it over its capacity: the red row.
Result<QImage> movePreview(SceneRunner &runner)
{
    auto topology = std::make_shared<const Topology>(DemoCluster::topology());
    QHash<int, int> perHead;
    for (int v = 0; v < topology->vshards.count(); ++v)
        ++perHead[topology->vshards.headOf(v)];
    VShardSizes sizes;
    QList<int> selection;
    int fromFive = 0;
    for (int v = 0; v < topology->vshards.count(); ++v) {
        const int head = topology->vshards.headOf(v);
        double bucketMb = 0;
        for (const Shard &s : topology->shards)
            if (s.id == head || s.parentId == head)
                bucketMb += s.currentMb;
        sizes.insert(v, {.rows = 0, .mb = bucketMb / perHead.value(head)});
        if (head == 1 || (head == 5 && fromFive++ < perHead.value(5) / 2))
            selection.append(v);
    }
    MoveDialog dialog(ConfigLocation::sqlite(runner.path(QStringLiteral("move.sqlite"))), {}, {}, topology);
    dialog.setSizes(sizes);
    dialog.planForm()->setSelection(selection, 3);
    runner.show(&dialog);
    dialog.findChild<QTableView *>(QStringLiteral("movePreview"))->resizeColumnsToContents();
    return runner.grab(&dialog);
}

} // namespace ShardDesk::Screenshots::LookScenes
