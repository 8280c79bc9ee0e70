#pragma once

#include "Result.h"

#include <QImage>

namespace ShardDesk::Screenshots {

class SceneRunner;

// The pictures of the application's look and of the plan preview of a move: fixtures only.
namespace LookScenes {
Result<QImage> preferences(SceneRunner &runner);
Result<QImage> mainWindowDark(SceneRunner &runner);
Result<QImage> movePreview(SceneRunner &runner);
} // namespace LookScenes

} // namespace ShardDesk::Screenshots
