#pragma once

#include "Result.h"

#include <QImage>

namespace ShardDesk::Screenshots {

class SceneRunner;

// The editor's pictures: the main window on a fixture store of three servers (no server is asked).
namespace EditorScenes {
Result<QImage> mainWindow(SceneRunner &runner);
Result<QImage> shardValidation(SceneRunner &runner);
Result<QImage> applyDialog(SceneRunner &runner);
Result<QImage> credentialFallback(SceneRunner &runner);
Result<QImage> vshardMap(SceneRunner &runner);
Result<QImage> routingInspector(SceneRunner &runner);
} // namespace EditorScenes

} // namespace ShardDesk::Screenshots
