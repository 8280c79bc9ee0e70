#pragma once

#include <QString>

namespace ShardDesk {

// Settings fixed for a cluster: how keys are hashed and normalised, and how many vshards there are.
struct ClusterSettings
{
    enum class KeyNormalization {
        None,      // keys are routed exactly as given (the default, and the contract of docs/ROUTING.md)
        Lowercase, // keys are lower-cased (Unicode full lowercase mapping, no context rules) before hashing
    };

    QString name = QStringLiteral("cluster");
    int vshardCount = 1024;
    QString hash = QStringLiteral("crc32"); // the only hash there is; kept so a future one is explicit
    KeyNormalization keyNormalization = KeyNormalization::None;
    QString keyColumn = QStringLiteral("userid"); // the column that holds the shard key in sharded tables
    int schemaVersion = 1;                        // version of the application schema in the shards

    static QString toString(KeyNormalization n);
    static bool fromString(const QString &text, KeyNormalization *out);

    bool operator==(const ClusterSettings &) const = default;
};

} // namespace ShardDesk
