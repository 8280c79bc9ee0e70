#include "MovePlan.h"

#include <algorithm>

namespace ShardDesk {

namespace {

QHash<int, double> loadPerHead(const Topology &topology, const VShardSizes &sizes)
{
    QHash<int, double> load;
    for (int head : topology.headIds())
        load.insert(head, 0);
    const auto &heads = topology.vshards.heads();
    for (size_t v = 0; v < heads.size(); ++v) {
        if (heads[v] != 0)
            load[heads[v]] += sizes.value(int(v)).mb;
    }
    return load;
}

// The vshards of one head, largest first (ties: lower id first, so plans are reproducible).
QList<int> vshardsBySize(const Topology &topology, const VShardSizes &sizes, int headId)
{
    QList<int> ids;
    const auto &heads = topology.vshards.heads();
    for (size_t v = 0; v < heads.size(); ++v) {
        if (heads[v] == headId)
            ids.append(int(v));
    }
    std::stable_sort(ids.begin(), ids.end(), [&sizes](int a, int b) { return sizes.value(a).mb > sizes.value(b).mb; });
    return ids;
}

int smallestHead(const QHash<int, double> &load, int except)
{
    int best = 0;
    for (auto it = load.cbegin(); it != load.cend(); ++it) {
        if (it.key() == except)
            continue;
        if (best == 0 || it.value() < load.value(best) || (it.value() == load.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

} // namespace

Result<void> MovePlan::checkHead(const Topology &topology, int headId)
{
    const Shard *shard = topology.shard(headId);
    if (!shard || !shard->isHead())
        return makeError(
            tr("Shard %1 is not a bucket head: vshards can only be moved to and from bucket heads.").arg(headId),
            Error::Kind::Validation);
    return {};
}

Result<MovePlan> MovePlan::fromSelection(const Topology &topology, const QList<int> &vshards, int targetHead)
{
    if (auto head = checkHead(topology, targetHead); !head)
        return head.error();
    MovePlan plan;
    for (int v : vshards) {
        if (v < 0 || v >= topology.vshards.count())
            return makeError(tr("Vshard %1 does not exist: this cluster has vshards 0 to %2.")
                                 .arg(v)
                                 .arg(topology.vshards.count() - 1),
                             Error::Kind::Validation);
        const int source = topology.vshards.headOf(v);
        if (source == 0)
            return makeError(tr("Vshard %1 is not mapped to a shard, so it has no rows to move.").arg(v),
                             Error::Kind::Validation);
        if (source != targetHead)
            plan.m_moves.append({v, source, targetHead});
    }
    return plan;
}

Result<MovePlan> MovePlan::split(const Topology &topology, int sourceHead, int targetHead)
{
    if (auto head = checkHead(topology, sourceHead); !head)
        return head.error();
    if (sourceHead == targetHead)
        return makeError(tr("A bucket cannot be split into itself."), Error::Kind::Usage);
    QList<int> owned;
    const auto &heads = topology.vshards.heads();
    for (size_t v = 0; v < heads.size(); ++v) {
        if (heads[v] == sourceHead)
            owned.append(int(v));
    }
    // The upper half keeps each bucket's vshards contiguous when they were, as the original's split did.
    return fromSelection(topology, owned.mid(owned.size() - owned.size() / 2), targetHead);
}

Result<MovePlan> MovePlan::largestOff(const Topology &topology, const VShardSizes &sizes, int sourceHead, int k)
{
    if (auto head = checkHead(topology, sourceHead); !head)
        return head.error();
    if (k < 0)
        return makeError(tr("The number of vshards to move cannot be negative."), Error::Kind::Usage);
    QHash<int, double> load = loadPerHead(topology, sizes);
    if (load.size() < 2)
        return makeError(tr("There is no other bucket to move vshards to."), Error::Kind::Validation);
    MovePlan plan;
    for (int v : vshardsBySize(topology, sizes, sourceHead).mid(0, k)) {
        const int target = smallestHead(load, sourceHead);
        plan.m_moves.append({v, sourceHead, target});
        load[target] += sizes.value(v).mb;
        load[sourceHead] -= sizes.value(v).mb;
    }
    return plan;
}

Result<MovePlan> MovePlan::evenBySize(const Topology &topology, const VShardSizes &sizes)
{
    QHash<int, double> load = loadPerHead(topology, sizes);
    if (load.size() < 2)
        return makeError(tr("There is no other bucket to move vshards to."), Error::Kind::Validation);
    Topology working = topology;
    MovePlan plan;
    // Each move strictly narrows the gap between the largest and the smallest bucket, so this ends; the
    // bound is a second guard.
    for (int round = 0; round < working.vshards.count(); ++round) {
        const auto largest = std::max_element(load.cbegin(), load.cend());
        const int from = largest.key();
        const int to = smallestHead(load, 0);
        const double gap = load.value(from) - load.value(to);
        int chosen = -1;
        for (int v : vshardsBySize(working, sizes, from)) {
            const double size = sizes.value(v).mb;
            if (size > 0 && size < gap) {
                chosen = v;
                break;
            }
        }
        if (chosen < 0 || from == to)
            break;
        plan.m_moves.append({chosen, topology.vshards.headOf(chosen), to});
        working.vshards.assign(chosen, to);
        load[from] -= sizes.value(chosen).mb;
        load[to] += sizes.value(chosen).mb;
    }
    return plan;
}

QList<int> MovePlan::vshards() const
{
    QList<int> ids;
    for (const Move &m : m_moves)
        ids.append(m.vshard);
    return ids;
}

MovePlan MovePlan::remaining(const Topology &topology) const
{
    MovePlan left;
    for (const Move &m : m_moves) {
        if (m.vshard < topology.vshards.count() && topology.vshards.headOf(m.vshard) == m.sourceHead)
            left.m_moves.append(m);
    }
    return left;
}

Topology MovePlan::applied(const Topology &topology) const
{
    Topology after = topology;
    for (const Move &m : m_moves)
        after.vshards.assign(m.vshard, m.targetHead);
    return after;
}

QList<MovePlan::BucketLoad> MovePlan::projectedLoad(const Topology &topology, const VShardSizes &sizes) const
{
    const Topology after = applied(topology);
    const QHash<int, double> before = loadPerHead(topology, sizes);
    const QHash<int, double> then = loadPerHead(after, sizes);
    const QHash<int, int> countBefore = topology.vshards.countPerHead();
    const QHash<int, int> countAfter = after.vshards.countPerHead();
    QList<BucketLoad> loads;
    for (int head : topology.headIds()) {
        BucketLoad load {head, countBefore.value(head), countAfter.value(head), before.value(head), then.value(head),
                         0};
        for (int id : topology.bucket(head)) {
            if (const Shard *s = topology.shard(id))
                load.capacityMb += s->capacityMb;
        }
        loads.append(load);
    }
    return loads;
}

} // namespace ShardDesk
