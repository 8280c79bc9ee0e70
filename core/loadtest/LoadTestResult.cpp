#include "LoadTestResult.h"

namespace ShardDesk {

double LoadTestResult::etaSeconds() const
{
    const qint64 total = spec.users;
    if (done() == 0 || elapsedSeconds <= 0)
        return -1;
    double left = double(total - done()) / (double(done()) / elapsedSeconds);
    if (spec.durationSeconds > 0)
        left = std::min(left, std::max(0.0, spec.durationSeconds - elapsedSeconds));
    return left;
}

} // namespace ShardDesk
