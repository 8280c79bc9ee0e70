#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ShardDesk {

// How a column's value travels from a SELECT into an INSERT text statement unchanged, byte for byte, for
// every column type: what to select for a column of a given information_schema DATA_TYPE, and how to write
// what came back as a literal. Strings and binaries travel as the server's own HEX() of their bytes (so no
// character set, escaping or sql_mode is involved), integers as digits, everything else (decimal, float,
// temporal, enum, set, MariaDB's inet6/uuid...) as the server's own text of it, which it parses back.
class RowLiteral
{
public:
    enum class Kind {
        Integer, // written as selected: digits
        Hex, // HEX(column) was selected: written X'...', the same bytes
        Text, // CAST(column AS CHAR) was selected: written as a utf8mb4 string, parsed by the server
    };

    struct Column
    {
        Kind kind = Kind::Text;
        QString select; // the expression to select
    };

    static Column column(const QString &quotedName, const QString &dataType);
    // Appends the literal for a selected value, given as the server's bytes (UTF-8 for Text); a null
    // value is written NULL.
    static void append(QByteArray &sql, QByteArrayView value, bool isNull, Kind kind);
    // The bytes append() writes for a value of valueBytes bytes.
    static qsizetype length(qsizetype valueBytes, bool isNull, Kind kind);
};

} // namespace ShardDesk
