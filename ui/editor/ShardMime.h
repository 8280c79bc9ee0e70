#pragma once

#include <QString>

#include <memory>

class QMimeData;

namespace ShardDesk {

// The payload of a drag of one shard within the Shards view, to re-chain it: MIME type
// application/x-sharddesk-shard-id with the shard id as text, kept apart from VShardMime so a drop tells a
// shard being re-chained from vshards being moved. Shard ids mean something only in the document they were
// dragged from, so the payload also names its origin (process and model), and decode() reads only drags
// from that origin: a shard dragged in from another ShardDesk window re-chains nothing, and
// isFromAnotherOrigin() tells such a drag apart from one that cannot be read, so the user can be told why.
class ShardMime
{
public:
    static QString mimeType();
    // What identifies the owner of a drag: this process and the given object.
    static QString originOf(const void *owner);
    static std::unique_ptr<QMimeData> encode(int shardId, const QString &origin);
    static bool carriesShard(const QMimeData *data);
    // The dragged shard id; 0 when data is not a shard drag from origin or names no valid id.
    static int decode(const QMimeData *data, const QString &origin);
    // Whether data is a shard drag that names an origin other than origin (a drag naming none is unreadable).
    static bool isFromAnotherOrigin(const QMimeData *data, const QString &origin);
};

} // namespace ShardDesk
