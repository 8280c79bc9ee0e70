#pragma once

#include "Result.h"

#include <QImage>

namespace ShardDesk::Screenshots {

class SceneRunner;

// The monitor's tabs over the demo cluster with ten minutes of recorded samples: a chart window needs
// history that a sandbox started seconds ago cannot have.
namespace MonitorScenes {
Result<QImage> cluster(SceneRunner &runner);
Result<QImage> server(SceneRunner &runner);
Result<QImage> planner(SceneRunner &runner);
} // namespace MonitorScenes

} // namespace ShardDesk::Screenshots
