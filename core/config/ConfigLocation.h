#pragma once

#include "Result.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QString>

namespace ShardDesk {

// Where a config store lives: an SQLite file, or a database (default "shardconf") on a MySQL/MariaDB
// server, written "mysql://user@host:port/database". Never holds a password.
class ConfigLocation
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ConfigLocation)

public:
    enum class Kind { SQLite, MySql };

    // A file path, or a mysql:// URL. A URL carrying a password is refused (passwords never go on a
    // command line or into a recent-files list).
    static Result<ConfigLocation> parse(const QString &text);
    static ConfigLocation sqlite(const QString &path);
    static ConfigLocation mysql(const ServerAddress &server, const QString &user,
                                const QString &database = QStringLiteral("shardconf"));
    // shardconf.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static ConfigLocation defaultLocation();

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    const ServerAddress &server() const { return m_server; }
    const QString &user() const { return m_user; }
    const QString &database() const { return m_database; }

    // The path, or the URL without any password: what parse() accepts back.
    QString toString() const;
    // The credential-store reference for this location's MySQL login.
    QString credentialRef() const;

    bool operator==(const ConfigLocation &) const = default;

private:
    Kind m_kind = Kind::SQLite;
    QString m_path;
    ServerAddress m_server;
    QString m_user;
    QString m_database;
};

} // namespace ShardDesk
