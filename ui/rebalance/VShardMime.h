#pragma once

#include "topology/VShardSelection.h"

#include <QList>
#include <QString>

#include <memory>

class QMimeData;

namespace ShardDesk {

// The payload of a drag of vshards (one, a range or a whole selection) from the vshard map onto a shard:
// MIME type application/x-sharddesk-vshards, the ids as ranges text ("17,18,40-63", VShardSelection's
// form), so that a drop into a text editor or another ShardDesk reads the same.
class VShardMime
{
public:
    static QString mimeType();
    static std::unique_ptr<QMimeData> encode(const QList<VShardSelection::Span> &spans);
    static bool carriesVShards(const QMimeData *data);
    // The dragged vshard ids in order; empty when data is not a vshard drag or names ids outside 0..vshardCount-1.
    static QList<int> decode(const QMimeData *data, int vshardCount);

    // Between a selection's ranges and its ids in order, both ways.
    static QList<int> idsOf(const QList<VShardSelection::Span> &spans);
    static QList<VShardSelection::Span> spansOf(const QList<int> &sortedIds);
    // "17,18,40-63"
    static QString rangesText(const QList<VShardSelection::Span> &spans);
};

} // namespace ShardDesk
