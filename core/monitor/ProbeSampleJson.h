#pragma once

#include "monitor/ProbeSample.h"

#include <QJsonObject>

namespace ShardDesk {

// A ProbeSample as JSON, for `sharddesk-cli monitor --json` and exports: unknown quantities (-1) are
// null, sizes are in MB per database.
class ProbeSampleJson
{
public:
    static QJsonObject toJson(const ProbeSample &sample);
};

} // namespace ShardDesk
