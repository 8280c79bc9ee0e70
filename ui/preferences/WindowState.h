#pragma once

class QMainWindow;

namespace ShardDesk {

// Saves and restores a main window as the user left it: its geometry, toolbars and docks, and the state
// of every named splitter and of the column header of every named item view in it (shard tree, vshard
// map, monitor tables). Views are found by objectName, so a view that joins later only needs a name.
class WindowState
{
public:
    static void save(const QMainWindow *window);
    // Returns whether a saved state was found.
    static bool restore(QMainWindow *window);
};

} // namespace ShardDesk
