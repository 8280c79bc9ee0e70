#include "Topology.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ShardDesk {

namespace {

using Subject = TopologyProblem::Subject;
using Field = TopologyProblem::Field;

// How many ids an aggregated problem lists before "…": enough to find them, short enough to read.
constexpr int ExampleIds = 5;

// MySQL accepts far more in quoted names, but this is what a name needs to be usable unquoted in every
// tool a DBA might reach for: 1..64 of [A-Za-z0-9_], not all digits (an all-digit name reads as a number).
bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    bool allDigits = true;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool digit = u >= u'0' && u <= u'9';
        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        if (!digit && !letter && u != u'_')
            return false;
        allDigits = allDigits && digit;
    }
    return !allDigits;
}

QString joinIds(const QList<int> &ids, qsizetype total)
{
    QStringList parts;
    parts.reserve(ids.size() + 1);
    for (int id : ids)
        parts.append(QString::number(id));
    if (total > ids.size())
        parts.append(QStringLiteral("…"));
    return parts.join(QStringLiteral(", "));
}

// The server a shard lives on, as compared for "same server": host names are case-insensitive.
QString serverIdentity(const Shard &s)
{
    return s.host.toLower() + QLatin1Char(':') + QString::number(s.port);
}

// Collects every problem of one topology. Each check is one linear pass (plus hash look-ups), so a
// million vshards validate in a few milliseconds.
class Validator
{
public:
    explicit Validator(const Topology &topology) : m_topology(topology)
    {
        for (qsizetype i = 0; i < m_topology.shards.size(); ++i)
            m_indexById.insert(m_topology.shards.at(i).id, i); // duplicates: the first one wins
    }

    TopologyProblems run()
    {
        checkSettings();
        for (const Shard &s : m_topology.shards)
            checkShardFields(s);
        checkUniqueness();
        checkParents();
        checkCycles();
        checkVShardCount();
        checkVShardTargets();
        return m_problems;
    }

private:
    void add(Subject subject, int id, Field field, const QString &message,
             TopologyProblem::Severity severity = TopologyProblem::Severity::Error)
    {
        m_problems.append(TopologyProblem{message, subject, id, field, severity});
    }

    const Shard *byId(int id) const
    {
        const auto it = m_indexById.constFind(id);
        return it == m_indexById.cend() ? nullptr : &m_topology.shards.at(*it);
    }

    void checkSettings()
    {
        const ClusterSettings &settings = m_topology.settings;
        if (settings.hash != QLatin1String("crc32"))
            add(Subject::Cluster, -1, Field::None,
                Topology::tr("The hash function “%1” is not supported; ShardDesk routes keys with crc32.")
                    .arg(settings.hash));
        if (!isPlainIdentifier(settings.keyColumn))
            add(Subject::Cluster, -1, Field::None,
                Topology::tr("The key column “%1” is not a valid column name: use 1 to 64 letters, digits or "
                             "underscores, not only digits.")
                    .arg(settings.keyColumn));
    }

    void checkShardFields(const Shard &s)
    {
        if (s.id <= 0)
            add(Subject::Shard, s.id, Field::Id,
                Topology::tr("Shard %1: the id must be a number greater than 0.").arg(s.id));
        if (s.host.trimmed().isEmpty())
            add(Subject::Shard, s.id, Field::Host, Topology::tr("Shard %1: the host is empty.").arg(s.id));
        if (s.port < 1 || s.port > 65535)
            add(Subject::Shard, s.id, Field::Port,
                Topology::tr("Shard %1: port %2 is outside 1–65535.").arg(s.id).arg(s.port));
        if (s.database.isEmpty())
            add(Subject::Shard, s.id, Field::Database, Topology::tr("Shard %1: the database name is empty.").arg(s.id));
        else if (!isPlainIdentifier(s.database))
            add(Subject::Shard, s.id, Field::Database,
                Topology::tr("Shard %1: “%2” is not a valid database name: use 1 to 64 letters, digits or "
                             "underscores, not only digits.")
                    .arg(s.id)
                    .arg(s.database));
        if (s.user.isEmpty())
            add(Subject::Shard, s.id, Field::User, Topology::tr("Shard %1: the user is empty.").arg(s.id));
        // Written so NaN fails too: every comparison with NaN is false.
        if (!(std::isfinite(s.capacityMb) && s.capacityMb > 0))
            add(Subject::Shard, s.id, Field::Capacity,
                Topology::tr("Shard %1: the capacity must be more than 0 MB; it is %2 MB.")
                    .arg(s.id)
                    .arg(s.capacityMb));
        if (!(std::isfinite(s.currentMb) && s.currentMb >= 0))
            add(Subject::Shard, s.id, Field::Capacity,
                Topology::tr("Shard %1: the current size must be 0 MB or more; it is %2 MB.")
                    .arg(s.id)
                    .arg(s.currentMb));
    }

    void checkUniqueness()
    {
        QHash<int, int> idCount;
        QHash<QString, int> firstByLocation;
        for (const Shard &s : m_topology.shards) {
            if (++idCount[s.id] == 2)
                add(Subject::Shard, s.id, Field::Id, Topology::tr("Shard id %1 is used more than once.").arg(s.id));
            const QString location = serverIdentity(s) + QLatin1Char('/') + s.database;
            const auto it = firstByLocation.constFind(location);
            if (it == firstByLocation.cend())
                firstByLocation.insert(location, s.id);
            else
                add(Subject::Shard, s.id, Field::Database,
                    Topology::tr("Shard %1 uses the same database as shard %2: %3.")
                        .arg(s.id)
                        .arg(*it)
                        .arg(s.displayName()));
        }
    }

    void checkParents()
    {
        QHash<int, int> firstChild;
        for (const Shard &s : m_topology.shards) {
            if (s.isHead() || s.parentId == s.id)
                continue; // self-parents are reported as cycles
            const Shard *parent = byId(s.parentId);
            if (!parent) {
                add(Subject::Shard, s.id, Field::Parent,
                    Topology::tr("Shard %1: parent shard %2 does not exist.").arg(s.id).arg(s.parentId));
                continue;
            }
            if (serverIdentity(*parent) != serverIdentity(s))
                add(Subject::Shard, s.id, Field::Parent,
                    Topology::tr("Shard %1 is on %2 but its parent shard %3 is on %4; all shards of a bucket must be "
                                 "on one server.")
                        .arg(s.id)
                        .arg(s.serverKey())
                        .arg(parent->id)
                        .arg(parent->serverKey()));
            const auto sibling = firstChild.constFind(s.parentId);
            if (sibling == firstChild.cend())
                firstChild.insert(s.parentId, s.id);
            else
                add(Subject::Shard, s.id, Field::Parent,
                    Topology::tr("Shard %1 and shard %2 both have parent shard %3; a bucket is a chain, so a shard "
                                 "can have only one overflow shard.")
                        .arg(s.id)
                        .arg(*sibling)
                        .arg(s.parentId));
        }
    }

    // Each shard has at most one parent, so following parents from every shard finds each cycle once
    // with a three-colour walk: O(n) overall.
    void checkCycles()
    {
        const qsizetype n = m_topology.shards.size();
        enum : char { Unvisited, OnPath, Done };
        std::vector<char> state(size_t(n), Unvisited);
        for (qsizetype start = 0; start < n; ++start) {
            std::vector<qsizetype> path;
            qsizetype i = start;
            while (i >= 0 && state[size_t(i)] == Unvisited) {
                state[size_t(i)] = OnPath;
                path.push_back(i);
                const Shard &s = m_topology.shards.at(i);
                i = s.isHead() ? -1 : m_indexById.value(s.parentId, -1);
            }
            if (i >= 0 && state[size_t(i)] == OnPath)
                reportCycle(path, i);
            for (qsizetype visited : path)
                state[size_t(visited)] = Done;
        }
    }

    void reportCycle(const std::vector<qsizetype> &path, qsizetype cycleStart)
    {
        const auto begin = std::find(path.begin(), path.end(), cycleStart);
        const int firstId = m_topology.shards.at(*begin).id;
        if (path.end() - begin == 1) {
            add(Subject::Shard, firstId, Field::Parent, Topology::tr("Shard %1 is its own parent.").arg(firstId));
            return;
        }
        QStringList chain;
        for (auto it = begin; it != path.end(); ++it)
            chain.append(QString::number(m_topology.shards.at(*it).id));
        chain.append(QString::number(firstId));
        add(Subject::Shard, firstId, Field::Parent,
            Topology::tr("Shard %1 is part of a cycle of parents (%2), so it belongs to no bucket; a bucket must "
                         "start at a head shard with parent 0.")
                .arg(firstId)
                .arg(chain.join(QStringLiteral(" → "))));
    }

    void checkVShardCount()
    {
        const int n = m_topology.settings.vshardCount;
        const int mapped = m_topology.vshards.count();
        if (n < 1)
            add(Subject::Cluster, -1, Field::VShardCount,
                Topology::tr("The cluster needs at least 1 vshard; the settings say %1.").arg(n));
        if (n != mapped)
            add(Subject::Cluster, -1, Field::VShardCount,
                Topology::tr("The settings say %1 vshards but the vshard map has %2.").arg(n).arg(mapped));
        qsizetype heads = 0;
        for (const Shard &s : m_topology.shards)
            heads += s.isHead() ? 1 : 0;
        if (n >= 1 && n < heads)
            add(Subject::Cluster, -1, Field::VShardCount,
                Topology::tr("%n vshard(s) cannot cover %1 bucket heads; each bucket needs at least one vshard.",
                             nullptr, n)
                    .arg(heads));
    }

    // Bad targets are aggregated per target, so a million unmapped vshards are one problem, not a million.
    struct BadTarget
    {
        qsizetype count = 0;
        QList<int> examples;
    };

    // head-or-not by id, for ids below a bound: ids count up from 1, so this covers every real shard and
    // spares a map of a million short runs a million hash look-ups. Larger ids fall back to the hash.
    std::vector<bool> headIdTable() const
    {
        constexpr int Bound = 1 << 20;
        int maxId = 0;
        for (auto it = m_indexById.cbegin(); it != m_indexById.cend(); ++it)
            maxId = it.key() < Bound ? std::max(maxId, it.key()) : maxId;
        std::vector<bool> table(size_t(maxId) + 1, false);
        for (auto it = m_indexById.cbegin(); it != m_indexById.cend(); ++it) {
            if (it.key() > 0 && it.key() < Bound)
                table[size_t(it.key())] = m_topology.shards.at(*it).isHead();
        }
        return table;
    }

    void checkVShardTargets()
    {
        QHash<int, BadTarget> bad;
        QList<int> badOrder; // report in the order the targets first appear in the map
        const std::vector<std::int32_t> &heads = m_topology.vshards.heads();
        const int n = int(heads.size());
        const std::vector<bool> headTable = headIdTable();
        int first = 0;
        for (int v = 1; v <= n; ++v) {
            if (v < n && heads[size_t(v)] == heads[size_t(first)])
                continue;
            const int headId = heads[size_t(first)];
            const bool inTable = headId > 0 && size_t(headId) < headTable.size();
            const bool isHead =
                inTable ? headTable[size_t(headId)] : (headId != 0 && byId(headId) && byId(headId)->isHead());
            if (!isHead) {
                auto it = bad.find(headId);
                if (it == bad.end()) {
                    it = bad.insert(headId, {});
                    badOrder.append(headId);
                }
                it->count += v - first;
                for (int id = first; id < v && it->examples.size() < ExampleIds; ++id)
                    it->examples.append(id);
            }
            first = v;
        }
        for (int headId : std::as_const(badOrder))
            reportBadTarget(headId, bad.value(headId));
    }

    void reportBadTarget(int headId, const BadTarget &t)
    {
        const int count = int(t.count);
        const QString ids = joinIds(t.examples, t.count);
        const int firstVShard = t.examples.value(0, -1);
        const Shard *target = headId == 0 ? nullptr : byId(headId);
        QString message;
        if (headId == 0)
            message =
                Topology::tr("%n vshard(s) are not mapped to a bucket head (vshards %1).", nullptr, count).arg(ids);
        else if (!target)
            message =
                Topology::tr("%n vshard(s) are mapped to shard %1, which does not exist (vshards %2).", nullptr, count)
                    .arg(headId)
                    .arg(ids);
        else
            message = Topology::tr("%n vshard(s) are mapped to shard %1, which is not a bucket head but an overflow "
                                   "shard of shard %2 (vshards %3).",
                                   nullptr, count)
                          .arg(headId)
                          .arg(target->parentId)
                          .arg(ids);
        add(Subject::VShard, firstVShard, Field::Head, message,
            headId == 0 ? TopologyProblem::Severity::Incomplete : TopologyProblem::Severity::Error);
    }

    const Topology &m_topology;
    QHash<int, qsizetype> m_indexById;
    TopologyProblems m_problems;
};

} // namespace

const Shard *Topology::shard(int id) const
{
    const int index = indexOfShard(id);
    return index < 0 ? nullptr : &shards.at(index);
}

Shard *Topology::shard(int id)
{
    const int index = indexOfShard(id);
    return index < 0 ? nullptr : &shards[index];
}

int Topology::indexOfShard(int id) const
{
    const auto it = std::find_if(shards.cbegin(), shards.cend(), [id](const Shard &s) { return s.id == id; });
    return it == shards.cend() ? -1 : int(it - shards.cbegin());
}

int Topology::nextShardId() const
{
    int maxId = 0;
    for (const Shard &s : shards)
        maxId = std::max(maxId, s.id);
    return maxId + 1;
}

QList<int> Topology::headIds() const
{
    QList<int> result;
    for (const Shard &s : shards) {
        if (s.isHead())
            result.append(s.id);
    }
    return result;
}

QList<int> Topology::bucket(int headId) const
{
    const Shard *head = shard(headId);
    if (!head || !head->isHead())
        return {};
    // One pass to index the first child of each shard, then walk: O(n) for the whole chain. Only the
    // first child is followed when there are several; validate() reports the others.
    QHash<int, int> firstChild;
    for (const Shard &s : shards) {
        if (!s.isHead() && !firstChild.contains(s.parentId))
            firstChild.insert(s.parentId, s.id);
    }
    QList<int> chain{headId};
    QSet<int> seen{headId};
    for (auto it = firstChild.constFind(headId); it != firstChild.cend(); it = firstChild.constFind(*it)) {
        if (seen.contains(*it))
            break; // only possible with duplicate ids
        chain.append(*it);
        seen.insert(*it);
    }
    return chain;
}

int Topology::headOf(int shardId) const
{
    QHash<int, int> parentOf;
    for (const Shard &s : shards) {
        if (!parentOf.contains(s.id))
            parentOf.insert(s.id, s.parentId);
    }
    // A chain longer than the number of shards has revisited one: a cycle.
    int current = shardId;
    for (qsizetype steps = 0; steps <= shards.size(); ++steps) {
        const auto it = parentOf.constFind(current);
        if (it == parentOf.cend())
            return 0;
        if (*it == 0)
            return current;
        current = *it;
    }
    return 0;
}

TopologyProblems Topology::validate() const
{
    return Validator(*this).run();
}

TopologyProblems Topology::errors() const
{
    TopologyProblems problems = validate();
    problems.removeIf([](const TopologyProblem &p) { return !p.isError(); });
    return problems;
}

} // namespace ShardDesk
