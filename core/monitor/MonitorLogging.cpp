#include "MonitorLogging.h"

namespace ShardDesk {

Q_LOGGING_CATEGORY(lcMonitor, "sharddesk.monitor", QtInfoMsg)

} // namespace ShardDesk
