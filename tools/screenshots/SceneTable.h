#pragma once

#include "Scene.h"

#include <QList>

namespace ShardDesk::Screenshots {

// Every picture of docs/images/, in the order they are rendered (scenes sharing the wizard's cluster
// follow its pages).
const QList<Scene> &sceneTable();

} // namespace ShardDesk::Screenshots
