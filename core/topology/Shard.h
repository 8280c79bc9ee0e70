#pragma once

#include <QMetaType>
#include <QString>

namespace ShardDesk {

// A physical shard: one database on one server. Shards on one server chain into a bucket through
// parentId: a head (parentId == 0) and overflow shards that take new inserts once the one before them
// is full.
struct Shard
{
    int id = 0;
    int parentId = 0; // 0: a bucket head
    QString host;
    int port = 3306;
    QString database;
    QString user;
    QString credentialRef; // key into the credential store; never a password
    double capacityMb = 0;
    double currentMb = 0;
    bool full = false;
    bool initialized = false; // an overflow shard's AUTO_INCREMENTs were advanced past its parent's ids

    bool isHead() const { return parentId == 0; }
    // host:port/database, with IPv6 hosts in brackets.
    QString displayName() const;
    // host:port, with IPv6 hosts in brackets.
    QString serverKey() const;
    double percentFull() const { return capacityMb > 0 ? 100.0 * currentMb / capacityMb : 0.0; }

    bool operator==(const Shard &) const = default;
};

} // namespace ShardDesk

Q_DECLARE_METATYPE(ShardDesk::Shard)
