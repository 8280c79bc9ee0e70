#include "KeyHash.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace ShardDesk {

namespace {

// Slicing-by-8 tables for the reflected polynomial 0xEDB88320, built at compile time.
constexpr std::array<std::array<quint32, 256>, 8> makeTables()
{
    std::array<std::array<quint32, 256>, 8> t{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][i] = c;
    }
    for (quint32 i = 0; i < 256; ++i)
        for (size_t s = 1; s < 8; ++s)
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    return t;
}

constexpr auto Tables = makeTables();

} // namespace

quint32 KeyHash::crc32(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype n = bytes.size();
    quint32 c = 0xFFFFFFFFu;
    while (n >= 8) {
        quint32 lo;
        quint32 hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + 4, 4);
        if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN) {
            lo = qFromLittleEndian(lo);
            hi = qFromLittleEndian(hi);
        }
        lo ^= c;
        c = Tables[7][lo & 0xFF] ^ Tables[6][(lo >> 8) & 0xFF] ^ Tables[5][(lo >> 16) & 0xFF]
            ^ Tables[4][lo >> 24] ^ Tables[3][hi & 0xFF] ^ Tables[2][(hi >> 8) & 0xFF]
            ^ Tables[1][(hi >> 16) & 0xFF] ^ Tables[0][hi >> 24];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        c = Tables[0][(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray KeyHash::keyBytes(const QString &key, ClusterSettings::KeyNormalization normalization)
{
    switch (normalization) {
    case ClusterSettings::KeyNormalization::Lowercase:
        return key.toLower().toUtf8();
    case ClusterSettings::KeyNormalization::None:
        break;
    }
    return key.toUtf8();
}

} // namespace ShardDesk
