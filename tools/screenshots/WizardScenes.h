#pragma once

#include "Result.h"

#include <QImage>

namespace ShardDesk::Screenshots {

class SceneRunner;

// The test-cluster wizard against the sandbox servers, then a load test on the cluster it created and
// its verification (WizardSession drives the pages).
namespace WizardScenes {
Result<QImage> servers(SceneRunner &runner);
Result<QImage> layout(SceneRunner &runner);
Result<QImage> review(SceneRunner &runner);
Result<QImage> create(SceneRunner &runner);
Result<QImage> loadTest(SceneRunner &runner);
Result<QImage> verify(SceneRunner &runner);
Result<QImage> wizardLoadTest(SceneRunner &runner);
Result<QImage> moveProgress(SceneRunner &runner);
} // namespace WizardScenes

} // namespace ShardDesk::Screenshots
