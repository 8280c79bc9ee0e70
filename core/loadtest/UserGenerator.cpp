#include "UserGenerator.h"

namespace ShardDesk {

namespace {

// splitmix64: tiny, fast and of good quality for test data; its output depends only on the state.
quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

enum Field : quint64 { FirstName = 1, LastName = 2, Flags = 3, Comment = 16, Keyword = 1u << 20 };

QString capitalised(QByteArray word)
{
    word[0] = char(word[0] - 'a' + 'A');
    return QString::fromLatin1(word);
}

} // namespace

quint64 UserGenerator::streamSeed(qint64 i, quint64 field) const
{
    quint64 state = m_seed;
    quint64 mixed = splitmix64(state) ^ quint64(i);
    mixed = splitmix64(mixed) ^ field;
    return splitmix64(mixed);
}

QByteArray UserGenerator::letters(quint64 state, int count)
{
    QByteArray text(count, Qt::Uninitialized);
    char *out = text.data();
    // Each 64-bit draw gives 12 letters (5 bits each, folded into 26 by a multiply).
    for (int done = 0; done < count;) {
        quint64 bits = splitmix64(state);
        for (int k = 0; k < 12 && done < count; ++k, ++done) {
            out[done] = char('a' + ((bits & 0x1F) * 26 >> 5));
            bits >>= 5;
        }
    }
    return text;
}

QString UserGenerator::key(qint64 i) const
{
    return QStringLiteral("s%1.u%2@loadtest.example").arg(m_seed).arg(i);
}

QString UserGenerator::keyPattern() const
{
    return QStringLiteral("s%1.u%").arg(m_seed);
}

GeneratedUser UserGenerator::user(qint64 i) const
{
    GeneratedUser u;
    u.key = key(i);
    u.firstName = capitalised(letters(streamSeed(i, FirstName), 3 + int(streamSeed(i, FirstName) % 8)));
    u.lastName = capitalised(letters(streamSeed(i, LastName), 4 + int(streamSeed(i, LastName) % 10)));
    const quint64 flags = streamSeed(i, Flags);
    u.validated = (flags & 3) != 0; // three in four users are validated
    u.suspended = (flags & 0x3C) == 0; // one in sixteen is suspended
    return u;
}

QString UserGenerator::comment(qint64 i, int c) const
{
    return QString::fromLatin1(commentBytes(i, c));
}

QByteArray UserGenerator::commentBytes(qint64 i, int c) const
{
    return letters(streamSeed(i, Comment + quint64(c)), CommentLength);
}

QString UserGenerator::keyword(qint64 i, int c) const
{
    QString word = QString::fromLatin1(letters(streamSeed(i, Keyword + quint64(c)), KeywordLength));
    if (hasElephant(i))
        word += QStringLiteral(" elephant ");
    return word;
}

} // namespace ShardDesk
