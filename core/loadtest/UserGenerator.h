#pragma once

#include <QByteArray>
#include <QString>

namespace ShardDesk {

// One generated user: the shard key (an e-mail address) and the columns of its `user` row.
struct GeneratedUser
{
    QString key;
    QString firstName;
    QString lastName;
    bool validated = false;
    bool suspended = false;
};

// The load test's users. User i is a pure function of (seed, i) — no state, no shared random engine —
// so any thread can make any user, and a later Verify needs only the seed and the count: no list of
// written keys is kept anywhere. Keys start with "s<seed>.u", so one run's rows can be found with a
// prefix LIKE on the indexed key column, apart from other runs on the same cluster.
class UserGenerator
{
public:
    static constexpr int CommentLength = 1000;
    static constexpr int KeywordLength = 4;

    explicit UserGenerator(quint64 seed) : m_seed(seed) {}

    quint64 seed() const { return m_seed; }
    QString key(qint64 i) const;
    // The LIKE pattern matching every key of this seed (and nothing of another seed).
    QString keyPattern() const;
    GeneratedUser user(qint64 i) const;
    // Comment c of user i: CommentLength random letters a-z.
    QString comment(qint64 i, int c) const;
    // The same comment as ASCII bytes: the load test binds it as UTF-8 without two conversions of
    // 1000 characters per user.
    QByteArray commentBytes(qint64 i, int c) const;
    // KeywordLength random letters; every 100th user's keywords also hold " elephant " (the original's
    // marker for the FULLTEXT search).
    QString keyword(qint64 i, int c) const;
    static bool hasElephant(qint64 i) { return (i + 1) % 100 == 0; }
    // Users among 0..users-1 whose keywords hold "elephant".
    static qint64 elephantUsers(qint64 users) { return users / 100; }

private:
    // A random stream for one field of one user: splitmix64 seeded by (seed, i, field).
    quint64 streamSeed(qint64 i, quint64 field) const;
    static QByteArray letters(quint64 state, int count);

    quint64 m_seed;
};

} // namespace ShardDesk
