#include "TopologyDiff.h"

#include <QLocale>

#include <algorithm>
#include <functional>
#include <numeric>

namespace ShardDesk {

namespace {

QHash<int, const Shard *> indexById(const QList<Shard> &shards)
{
    QHash<int, const Shard *> result;
    result.reserve(shards.size());
    for (const Shard &s : shards)
        result.insert(s.id, &s);
    return result;
}

// Both lists are sorted by first and do not overlap (they come from VShardMap::ranges()), so one merge
// pass computes both set differences. Ranges equal in all three fields are unchanged.
void diffRanges(const std::vector<VShardMap::Range> &before, const std::vector<VShardMap::Range> &after,
                std::vector<VShardMap::Range> *removed, std::vector<VShardMap::Range> *added)
{
    size_t b = 0;
    size_t a = 0;
    while (b < before.size() || a < after.size()) {
        if (a == after.size() || (b < before.size() && before[b].first < after[a].first)) {
            removed->push_back(before[b++]);
        } else if (b == before.size() || after[a].first < before[b].first) {
            added->push_back(after[a++]);
        } else {
            if (!(before[b] == after[a])) {
                removed->push_back(before[b]);
                added->push_back(after[a]);
            }
            ++b;
            ++a;
        }
    }
}

int countChangedVShards(const VShardMap &before, const VShardMap &after)
{
    const std::vector<std::int32_t> &x = before.heads();
    const std::vector<std::int32_t> &y = after.heads();
    const size_t common = std::min(x.size(), y.size());
    const auto changed = std::inner_product(x.begin(), x.begin() + qsizetype(common), y.begin(), qsizetype(0),
                                            std::plus<>(), std::not_equal_to<>());
    return int(changed + qsizetype(std::max(x.size(), y.size()) - common));
}

QString megabytes(double mb)
{
    return QLocale().toString(mb, 'f', QLocale::FloatingPointShortest);
}

QString yesNo(bool value)
{
    return value ? TopologyDiff::tr("yes") : TopologyDiff::tr("no");
}

QString parentName(int parentId)
{
    return parentId == 0 ? TopologyDiff::tr("none", "no parent shard: a bucket head") : QString::number(parentId);
}

// "capacity 100 MB → 200 MB, full yes → no": only the fields that differ, each its own translatable phrase.
QStringList shardChanges(const Shard &o, const Shard &n)
{
    QStringList c;
    if (o.parentId != n.parentId)
        c << TopologyDiff::tr("parent %1 → %2").arg(parentName(o.parentId), parentName(n.parentId));
    if (o.host != n.host)
        c << TopologyDiff::tr("host %1 → %2").arg(o.host, n.host);
    if (o.port != n.port)
        c << TopologyDiff::tr("port %1 → %2").arg(o.port).arg(n.port);
    if (o.database != n.database)
        c << TopologyDiff::tr("database %1 → %2").arg(o.database, n.database);
    if (o.user != n.user)
        c << TopologyDiff::tr("user %1 → %2").arg(o.user, n.user);
    if (o.credentialRef != n.credentialRef)
        c << TopologyDiff::tr("credential reference %1 → %2").arg(o.credentialRef, n.credentialRef);
    if (o.capacityMb != n.capacityMb)
        c << TopologyDiff::tr("capacity %1 MB → %2 MB").arg(megabytes(o.capacityMb), megabytes(n.capacityMb));
    if (o.currentMb != n.currentMb)
        c << TopologyDiff::tr("current size %1 MB → %2 MB").arg(megabytes(o.currentMb), megabytes(n.currentMb));
    if (o.full != n.full)
        c << TopologyDiff::tr("full %1 → %2").arg(yesNo(o.full), yesNo(n.full));
    if (o.initialized != n.initialized)
        c << TopologyDiff::tr("initialized %1 → %2").arg(yesNo(o.initialized), yesNo(n.initialized));
    return c;
}

QStringList settingsChanges(const ClusterSettings &o, const ClusterSettings &n)
{
    QStringList c;
    if (o.name != n.name)
        c << TopologyDiff::tr("name %1 → %2").arg(o.name, n.name);
    if (o.vshardCount != n.vshardCount)
        c << TopologyDiff::tr("vshards %1 → %2").arg(o.vshardCount).arg(n.vshardCount);
    if (o.hash != n.hash)
        c << TopologyDiff::tr("hash %1 → %2").arg(o.hash, n.hash);
    if (o.keyNormalization != n.keyNormalization)
        c << TopologyDiff::tr("key normalization %1 → %2")
                 .arg(ClusterSettings::toString(o.keyNormalization), ClusterSettings::toString(n.keyNormalization));
    if (o.keyColumn != n.keyColumn)
        c << TopologyDiff::tr("key column %1 → %2").arg(o.keyColumn, n.keyColumn);
    if (o.schemaVersion != n.schemaVersion)
        c << TopologyDiff::tr("schema version %1 → %2").arg(o.schemaVersion).arg(n.schemaVersion);
    return c;
}

QString shardLine(const char *headText, const char *overflowText, const Shard &s)
{
    if (s.isHead())
        return TopologyDiff::tr(headText).arg(s.id).arg(s.displayName());
    return TopologyDiff::tr(overflowText).arg(s.id).arg(s.displayName()).arg(s.parentId);
}

} // namespace

TopologyDiff TopologyDiff::between(const Topology &before, const Topology &after)
{
    TopologyDiff diff;
    diff.settingsBefore = before.settings;
    diff.settingsAfter = after.settings;
    diff.settingsChanged = before.settings != after.settings;

    const QHash<int, const Shard *> oldById = indexById(before.shards);
    const QHash<int, const Shard *> newById = indexById(after.shards);
    for (const Shard &s : after.shards) {
        const Shard *old = oldById.value(s.id);
        if (!old) {
            diff.addedShards.append(s);
        } else if (!(*old == s)) {
            diff.changedShards.append(s);
            diff.changedShardsBefore.append(*old);
        }
    }
    for (const Shard &s : before.shards) {
        if (!newById.contains(s.id))
            diff.removedShards.append(s);
    }

    diffRanges(before.vshards.ranges(), after.vshards.ranges(), &diff.removedRanges, &diff.addedRanges);
    diff.changedVShards = countChangedVShards(before.vshards, after.vshards);
    return diff;
}

bool TopologyDiff::isEmpty() const
{
    return !settingsChanged && addedShards.isEmpty() && removedShards.isEmpty() && changedShards.isEmpty()
        && removedRanges.empty() && addedRanges.empty() && changedVShards == 0;
}

QStringList TopologyDiff::describe() const
{
    QStringList lines;
    if (settingsChanged) {
        const QStringList changes = settingsChanges(settingsBefore, settingsAfter);
        // A diff filled in by hand may not carry both sides; still say that the settings change.
        lines << (changes.isEmpty() ? tr("Change cluster settings")
                                    : tr("Change cluster settings: %1").arg(changes.join(QStringLiteral(", "))));
    }
    for (const Shard &s : addedShards)
        lines << shardLine(QT_TR_NOOP("Add shard %1: %2"), QT_TR_NOOP("Add shard %1: %2, overflow of shard %3"), s);
    for (qsizetype i = 0; i < changedShards.size(); ++i) {
        const Shard &s = changedShards.at(i);
        const QStringList changes = shardChanges(changedShardsBefore.value(i, s), s);
        lines << (changes.isEmpty() ? tr("Change shard %1: %2").arg(s.id).arg(s.displayName())
                                    : tr("Change shard %1: %2").arg(s.id).arg(changes.join(QStringLiteral(", "))));
    }
    for (const Shard &s : removedShards)
        lines << shardLine(QT_TR_NOOP("Remove shard %1: %2"), QT_TR_NOOP("Remove shard %1: %2, overflow of shard %3"),
                           s);
    if (changedVShards > 0)
        lines << tr("Reassign %n vshard(s)", nullptr, changedVShards);
    return lines;
}

} // namespace ShardDesk
