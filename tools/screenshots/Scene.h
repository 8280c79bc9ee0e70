#pragma once

#include "Result.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace ShardDesk::Screenshots {

class SceneRunner;

// One picture of the user guide: how to build the widget with its data, and the PNG it becomes. A scene
// function shows the widget through the runner (which gives it the scene's size), waits until the
// data is painted and returns runner.grab(widget). Adding a picture = one function + one SceneTable entry.
struct Scene
{
    using Render = Result<QImage> (*)(SceneRunner &runner);

    QString name;        // also the file name: docs/images/<name>.png
    QString summary;     // what the picture shows, for --list
    QSize size;          // the widget's size, so the pictures keep their layout from run to run
    bool needsSandbox;   // talks to the sandbox servers (scripts/sandbox)
    Render render;
};

} // namespace ShardDesk::Screenshots
