#include "ConfigLocation.h"

#include "credentials/CredentialStore.h"
#include "db/SqlIdentifier.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace ShardDesk {

namespace {

const QString DefaultDatabase = QStringLiteral("shardconf");

// "scheme://" at the start: the text is meant as a URL, not as a file name.
bool looksLikeUrl(const QString &text, QString *scheme)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *scheme = match.captured(1).toLower();
    return true;
}

Result<ConfigLocation> parseMySqlUrl(const QString &url, const QString &rest)
{
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash + 1);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return makeError(ConfigLocation::tr("“%1” names no user: write mysql://user@host:port/database.").arg(url),
                         Error::Kind::Usage);
    const QString userInfo = authority.left(at);
    // Refuse rather than strip: a password typed here is already in the shell history, and the user must
    // know it did not go anywhere else. The message never repeats it.
    if (userInfo.contains(QLatin1Char(':')))
        return makeError(ConfigLocation::tr("A config store URL must not contain a password: passwords never go on a "
                                            "command line or into a URL. Write mysql://user@host/database; ShardDesk "
                                            "asks for the password and keeps it in the credential store."),
                         Error::Kind::Usage);
    const QString user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    if (user.isEmpty())
        return makeError(ConfigLocation::tr("“%1” names no user: write mysql://user@host:port/database.").arg(url),
                         Error::Kind::Usage);
    Result<ServerAddress> server = ServerAddress::parse(authority.mid(at + 1), ServerAddress::DefaultPort);
    if (!server)
        return makeError(ConfigLocation::tr("“%1” does not name a valid server: %2").arg(url, server.error().message),
                         Error::Kind::Usage);
    // No sub-paths, queries or fragments: nothing after the database name is ever read, so refuse it.
    static const QRegularExpression extra(QStringLiteral("[/?#]"));
    const QString database = path.isEmpty() ? DefaultDatabase : QUrl::fromPercentEncoding(path.toUtf8());
    if (path.contains(extra) || !SqlIdentifier::checkQuotable(database))
        return makeError(ConfigLocation::tr("“%1” does not name a valid database: write mysql://user@host:port/database "
                                            "with a database name of at most 64 characters.")
                             .arg(url),
                         Error::Kind::Usage);
    return ConfigLocation::mysql(*server, user, database);
}

} // namespace

Result<ConfigLocation> ConfigLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("No config store was given: name an SQLite file or a mysql://user@host/database URL."),
                         Error::Kind::Usage);
    QString scheme;
    if (!looksLikeUrl(trimmed, &scheme))
        return sqlite(trimmed);
    // MariaDB speaks the MySQL protocol; its users may well write its name.
    if (scheme != QLatin1String("mysql") && scheme != QLatin1String("mariadb"))
        return makeError(tr("“%1” is not a config store: use a file name or a mysql://user@host/database URL.").arg(trimmed),
                         Error::Kind::Usage);
    return parseMySqlUrl(trimmed, trimmed.mid(scheme.size() + 3));
}

ConfigLocation ConfigLocation::sqlite(const QString &path)
{
    ConfigLocation location;
    location.m_kind = Kind::SQLite;
    // Absolute, so the location means the same file whatever the working directory is later (recent files).
    location.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return location;
}

ConfigLocation ConfigLocation::mysql(const ServerAddress &server, const QString &user, const QString &database)
{
    ConfigLocation location;
    location.m_kind = Kind::MySql;
    location.m_server = server;
    location.m_user = user;
    location.m_database = database.isEmpty() ? DefaultDatabase : database;
    return location;
}

ConfigLocation ConfigLocation::defaultLocation()
{
    return sqlite(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  + QStringLiteral("/shardconf.sqlite"));
}

QString ConfigLocation::toString() const
{
    if (m_kind == Kind::SQLite)
        return m_path;
    // Percent-encoded, so a user or database name with "@", ":" or "/" in it parses back to itself.
    const QString user = QString::fromUtf8(QUrl::toPercentEncoding(m_user));
    const QString database = QString::fromUtf8(QUrl::toPercentEncoding(m_database));
    return QStringLiteral("mysql://") + user + QLatin1Char('@') + m_server.toString() + QLatin1Char('/') + database;
}

QString ConfigLocation::credentialRef() const
{
    if (m_kind != Kind::MySql)
        return {};
    return CredentialStore::referenceFor(m_user, m_server.toString());
}

} // namespace ShardDesk
