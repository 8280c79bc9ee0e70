#pragma once

#include <QLoggingCategory>

namespace ShardDesk {

// "sharddesk.monitor": polls started, skipped, failed and backed off. Debug output is off by default
// (QT_LOGGING_RULES="sharddesk.monitor.debug=true" turns it on); it never contains a password.
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

} // namespace ShardDesk
