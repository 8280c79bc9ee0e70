#pragma once
// Helpers the editor GUI tests share: a store with two buckets, opening it in a window, finding the
// window-modal dialogs the editor opens.

#include "MainWindow.h"
#include "TopologyFixtures.h"
#include "config/ConfigStore.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace ShardDesk::Testing {

// 1024 vshards over heads 1 and 2 (512 each), shard 3 overflowing from 1. Returns the version stored.
inline qint64 writeTwoBucketStore(const QString &path)
{
    ConfigStore store;
    if (!store.open(ConfigLocation::sqlite(path)))
        return 0;
    auto version = store.replace(twoBucketTopology(1024), QStringLiteral("fixture"));
    return version ? version.value() : 0;
}

inline Topology loadStore(const QString &path)
{
    ConfigStore store;
    if (!store.open(ConfigLocation::sqlite(path), {}, ConfigStore::OpenMode::OpenExisting))
        return {};
    auto loaded = store.load();
    return loaded ? loaded.value() : Topology{};
}

inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::configLoaded);
    window.openConfig(ConfigLocation::sqlite(path));
    return loaded.wait(10000);
}

// Stores topology as a fresh SQLite config at path, shows the window and opens it there.
inline bool storeAndOpen(MainWindow &window, const QString &path, const Topology &topology)
{
    QFile::remove(path);
    {
        ConfigStore store;
        if (!store.open(ConfigLocation::sqlite(path)) || !store.replace(topology, QStringLiteral("test")))
            return false;
    }
    window.show();
    return openAndWait(window, path);
}

// The visible top-level or child widget of type T named name, once it shows up.
template<typename T>
T *waitForChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        10000);
    return shown ? found : nullptr;
}

} // namespace ShardDesk::Testing
