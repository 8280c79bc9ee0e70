#pragma once

#include "Result.h"
#include "topology/Topology.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ShardDesk {

// Export and import of a whole topology as JSON (format documented in docs/CONFIG_FORMAT.md).
// Round trips exactly. Never contains a password: only credential references.
class TopologyJson
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::TopologyJson)

public:
    static constexpr int FormatVersion = 1;

    static QByteArray toJson(const Topology &topology);
    // Fails with a clear message on malformed JSON, a newer format, or wrong field types. The result is
    // not validated: call Topology::validate().
    static Result<Topology> fromJson(const QByteArray &json);
};

} // namespace ShardDesk
