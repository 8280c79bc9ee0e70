#pragma once

#include <QHash>
#include <QList>

#include <cstdint>
#include <vector>

namespace ShardDesk {

// The virtual shard map: a dense array from vshard id (0..count-1) to the id of a bucket head shard.
// 0 means unmapped. One int32 per entry, so a million vshards cost 4 MB.
class VShardMap
{
public:
    // A run of consecutive vshards mapped to one head: how the config store keeps the map.
    struct Range
    {
        int first = 0;
        int last = 0;
        int headId = 0;
        bool operator==(const Range &) const = default;
    };

    VShardMap() = default;
    explicit VShardMap(int count, int headId = 0);

    int count() const { return int(m_heads.size()); }
    bool isEmpty() const { return m_heads.empty(); }
    int headOf(int vshard) const { return m_heads[size_t(vshard)]; }
    void assign(int vshard, int headId) { m_heads[size_t(vshard)] = headId; }
    void assignRange(int first, int last, int headId);
    // Spreads all vshards over the heads in contiguous blocks of (nearly) equal size, in the order given.
    void spreadEvenly(const QList<int> &headIds);

    // Runs of equal head ids, in vshard order; unmapped runs have headId 0.
    std::vector<Range> ranges() const;
    static VShardMap fromRanges(int count, const std::vector<Range> &ranges);

    QHash<int, int> countPerHead() const;
    int unmappedCount() const;
    const std::vector<std::int32_t> &heads() const { return m_heads; }

    bool operator==(const VShardMap &) const = default;

private:
    std::vector<std::int32_t> m_heads;
};

} // namespace ShardDesk
