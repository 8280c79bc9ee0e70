#pragma once
// The sandbox's test login (tests/common/Sandbox.h) as core's ConnectionOptions, for the tests and benches
// that link core's db library.

#include "Sandbox.h"
#include "db/ConnectionOptions.h"

namespace ShardDesk::Testing {

inline ConnectionOptions sandboxLogin()
{
    ConnectionOptions options;
    options.user = sandboxUser();
    options.password = sandboxPassword();
    return options;
}

} // namespace ShardDesk::Testing
