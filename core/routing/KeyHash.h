#pragma once

#include "topology/ClusterSettings.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ShardDesk {

// The routing hash of docs/ROUTING.md: CRC-32/ISO-HDLC (zlib's crc32, MySQL's CRC32()) of the key's
// UTF-8 bytes, modulo the vshard count. This is a contract other programs rely on: it never changes.
class KeyHash
{
public:
    static quint32 crc32(QByteArrayView bytes);
    static int vshardOf(quint32 crc, int vshardCount) { return int(crc % quint32(vshardCount)); }
    // The bytes that are hashed for a key under a cluster's normalisation.
    static QByteArray keyBytes(const QString &key, ClusterSettings::KeyNormalization normalization);
};

} // namespace ShardDesk
