#include "SqlIdentifier.h"

namespace ShardDesk {

namespace {

constexpr int MaxIdentifierLength = 64;

// A name as it can be shown in a message: control characters (a NUL above all) would cut or garble
// the text, so they show as U+FFFD.
QString printable(const QString &name)
{
    QString shown = name;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

} // namespace

bool SqlIdentifier::isCreatable(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxIdentifierLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

Result<void> SqlIdentifier::checkCreatable(const QString &name, const QString &what)
{
    if (isCreatable(name))
        return {};
    //: %1 says what the name is for, e.g. "Database name"; %2 is the name.
    return makeError(tr("%1 \"%2\" is not allowed: use 1 to 64 characters, each a lower-case letter a-z, a digit "
                        "or an underscore.")
                         .arg(what, printable(name)),
                     Error::Kind::Validation);
}

Result<void> SqlIdentifier::checkQuotable(const QString &name)
{
    if (name.isEmpty())
        return makeError(tr("A database, table or column name cannot be empty."), Error::Kind::Validation);
    if (name.contains(QChar(0)))
        return makeError(
            tr("The name \"%1\" contains a NUL character, which MySQL does not allow in names.").arg(printable(name)),
            Error::Kind::Validation);
    for (const QChar c : name) {
        // Any surrogate, paired or not: MySQL names hold only Basic Multilingual Plane characters.
        if (c.isSurrogate())
            return makeError(tr("The name \"%1\" contains a character outside the Basic Multilingual Plane "
                                "(such as an emoji), which MySQL does not allow in names.")
                                 .arg(printable(name)),
                             Error::Kind::Validation);
    }
    if (name.size() > MaxIdentifierLength)
        return makeError(tr("The name \"%1\" has %2 characters; MySQL names have at most 64.")
                             .arg(printable(name), QString::number(name.size())),
                         Error::Kind::Validation);
    if (name.endsWith(QLatin1Char(' ')))
        return makeError(
            tr("The name \"%1\" ends with a space, which MySQL does not allow in names.").arg(printable(name)),
            Error::Kind::Validation);
    return {};
}

QString SqlIdentifier::quote(const QString &name)
{
    if (!checkQuotable(name))
        return {};
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

QString SqlIdentifier::qualified(const QString &database, const QString &table)
{
    const QString db = quote(database);
    const QString t = quote(table);
    if (db.isEmpty() || t.isEmpty())
        return {};
    return db + QLatin1Char('.') + t;
}

} // namespace ShardDesk
