#pragma once

#include <QList>
#include <QString>

namespace ShardDesk {

// One thing wrong with a topology, with a message a user understands and what it is about, so a view
// can mark the offending cell.
struct TopologyProblem
{
    enum class Subject { Cluster, Shard, VShard };
    // Error: the topology is wrong and may not be stored. Incomplete: it may be stored (a new cluster
    // is built step by step) but is not ready for traffic, e.g. vshards not mapped yet.
    enum class Severity { Error, Incomplete };
    enum class Field { None, Id, Parent, Host, Port, Database, User, Capacity, VShardCount, Head };

    QString message;
    Subject subject = Subject::Cluster;
    int id = -1; // shard id or vshard id, by subject
    Field field = Field::None;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const TopologyProblem &) const = default;
};

using TopologyProblems = QList<TopologyProblem>;

} // namespace ShardDesk
