#include "DbLogging.h"

namespace ShardDesk {

Q_LOGGING_CATEGORY(lcDb, "sharddesk.db", QtInfoMsg)

} // namespace ShardDesk
