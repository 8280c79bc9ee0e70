#pragma once

#include <QLoggingCategory>

namespace ShardDesk {

// "sharddesk.db": connections opened, reused and discarded. Debug output is off by default
// (QT_LOGGING_RULES="sharddesk.db.debug=true" turns it on); it never contains a password.
Q_DECLARE_LOGGING_CATEGORY(lcDb)

} // namespace ShardDesk
