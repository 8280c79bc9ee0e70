#include "RowLiteral.h"

#include <QSet>

namespace ShardDesk {

namespace {

bool isInteger(const QString &type)
{
    static const QSet<QString> types {QStringLiteral("tinyint"), QStringLiteral("smallint"),
                                      QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("bigint")};
    return types.contains(type);
}

// Types whose value is a string of bytes: their HEX() is exact whatever the column's character set, and the
// server stores an X'...' literal's bytes as they are (geometries in their internal format, as mariadb-dump
// --hex-blob writes them).
bool travelsAsHex(const QString &type)
{
    static const QSet<QString> types {QStringLiteral("char"),
                                      QStringLiteral("varchar"),
                                      QStringLiteral("tinytext"),
                                      QStringLiteral("text"),
                                      QStringLiteral("mediumtext"),
                                      QStringLiteral("longtext"),
                                      QStringLiteral("json"),
                                      QStringLiteral("binary"),
                                      QStringLiteral("varbinary"),
                                      QStringLiteral("tinyblob"),
                                      QStringLiteral("blob"),
                                      QStringLiteral("mediumblob"),
                                      QStringLiteral("longblob"),
                                      QStringLiteral("geometry"),
                                      QStringLiteral("point"),
                                      QStringLiteral("linestring"),
                                      QStringLiteral("polygon"),
                                      QStringLiteral("multipoint"),
                                      QStringLiteral("multilinestring"),
                                      QStringLiteral("multipolygon"),
                                      QStringLiteral("geometrycollection")};
    return types.contains(type);
}

} // namespace

RowLiteral::Column RowLiteral::column(const QString &quotedName, const QString &dataType)
{
    const QString type = dataType.toLower();
    if (isInteger(type))
        return {Kind::Integer, quotedName};
    // A BIT's bytes would be a string in a numeric context; its number is what the column takes back.
    if (type == QLatin1String("bit"))
        return {Kind::Integer, QStringLiteral("%1 + 0").arg(quotedName)};
    if (travelsAsHex(type))
        return {Kind::Hex, QStringLiteral("HEX(%1)").arg(quotedName)};
    // A FLOAT's own text has six digits, which do not always give the same float back; as a double, every
    // float is written exactly.
    if (type == QLatin1String("float"))
        return {Kind::Text, QStringLiteral("CAST(CAST(%1 AS DOUBLE) AS CHAR)").arg(quotedName)};
    // Temporal values through Qt's QDateTime would lose their microseconds, decimals through double their
    // digits: the server's own text keeps both (TIMESTAMPs in the UTC session both sides use).
    return {Kind::Text, QStringLiteral("CAST(%1 AS CHAR)").arg(quotedName)};
}

qsizetype RowLiteral::length(qsizetype valueBytes, bool isNull, Kind kind)
{
    if (isNull)
        return 4; // NULL
    switch (kind) {
    case Kind::Integer:
        return valueBytes;
    case Kind::Hex:
        return valueBytes + 3; // X'...'
    case Kind::Text:
        return 2 * valueBytes + 12; // _utf8mb4 X'...'
    }
    return 0;
}

void RowLiteral::append(QByteArray &sql, QByteArrayView value, bool isNull, Kind kind)
{
    if (isNull) {
        sql += "NULL";
        return;
    }
    switch (kind) {
    case Kind::Integer:
        sql.append(value);
        return;
    case Kind::Hex:
        sql += "X'";
        sql.append(value);
        sql += '\'';
        return;
    case Kind::Text: {
        static constexpr char Digits[] = "0123456789abcdef";
        sql += "_utf8mb4 X'";
        qsizetype at = sql.size();
        sql.resize(at + 2 * value.size());
        char *out = sql.data() + at;
        for (char byte : value) {
            *out++ = Digits[uchar(byte) >> 4];
            *out++ = Digits[uchar(byte) & 0xf];
        }
        sql += '\'';
        return;
    }
    }
}

} // namespace ShardDesk
