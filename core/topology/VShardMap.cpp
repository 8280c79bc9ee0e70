#include "VShardMap.h"

#include <algorithm>

namespace ShardDesk {

namespace {

// Calls visit(first, last, headId) for each run of equal head ids, in order: one linear pass.
template<typename Visit>
void forEachRun(const std::vector<std::int32_t> &heads, Visit visit)
{
    const int n = int(heads.size());
    int first = 0;
    for (int v = 1; v <= n; ++v) {
        if (v == n || heads[size_t(v)] != heads[size_t(first)]) {
            visit(first, v - 1, heads[size_t(first)]);
            first = v;
        }
    }
}

} // namespace

VShardMap::VShardMap(int count, int headId) : m_heads(size_t(std::max(count, 0)), headId) {}

void VShardMap::assignRange(int first, int last, int headId)
{
    // Clamp rather than trust the caller: a range read from a store or file must never write out of bounds.
    first = std::max(first, 0);
    last = std::min(last, count() - 1);
    if (first > last)
        return;
    std::fill(m_heads.begin() + first, m_heads.begin() + last + 1, headId);
}

void VShardMap::spreadEvenly(const QList<int> &headIds)
{
    if (headIds.isEmpty()) {
        std::fill(m_heads.begin(), m_heads.end(), 0);
        return;
    }
    // vshard v goes to headIds[v * H / N]. Head i therefore owns [ceil(i*N/H), ceil((i+1)*N/H)), so we
    // fill whole blocks instead of dividing once per vshard. 64-bit: N * H overflows int at a million.
    const qint64 n = count();
    const qint64 h = headIds.size();
    for (qint64 i = 0; i < h; ++i) {
        const qint64 begin = (i * n + h - 1) / h;
        const qint64 end = ((i + 1) * n + h - 1) / h;
        std::fill(m_heads.begin() + begin, m_heads.begin() + end, headIds.at(i));
    }
}

std::vector<VShardMap::Range> VShardMap::ranges() const
{
    std::vector<Range> result;
    forEachRun(m_heads, [&result](int first, int last, int headId) { result.push_back(Range{first, last, headId}); });
    return result;
}

VShardMap VShardMap::fromRanges(int count, const std::vector<Range> &ranges)
{
    VShardMap map(count);
    for (const Range &range : ranges)
        map.assignRange(range.first, range.last, range.headId);
    return map;
}

QHash<int, int> VShardMap::countPerHead() const
{
    // Count per run, not per entry: a million vshards are a handful of runs, and a hash insert per run
    // is far cheaper than one per vshard.
    QHash<int, int> result;
    forEachRun(m_heads, [&result](int first, int last, int headId) {
        if (headId != 0)
            result[headId] += last - first + 1;
    });
    return result;
}

int VShardMap::unmappedCount() const
{
    return int(std::count(m_heads.begin(), m_heads.end(), 0));
}

} // namespace ShardDesk
