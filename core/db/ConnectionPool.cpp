#include "ConnectionPool.h"

#include "db/DbLogging.h"
#include "db/ThreadConnections.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace ShardDesk {

namespace {

std::atomic<quint64> g_poolIds {0};

// libmariadb client error codes (errmsg.h), which the driver reports as the native error code.
enum ClientError {
    ConnectionError = 2002, // CR_CONNECTION_ERROR: no server at the socket/port
    ConnHostError = 2003, // CR_CONN_HOST_ERROR: the TCP connect failed
    UnknownHost = 2005, // CR_UNKNOWN_HOST
    ServerGone = 2006, // CR_SERVER_GONE_ERROR
    ServerLost = 2013, // CR_SERVER_LOST: includes read and write timeouts
    ServerLostExtended = 2055 // CR_SERVER_LOST_EXTENDED
};

// A timeout of 0 means "wait forever" to the client library: a hung server would hang us too.
int atLeastOneSecond(int seconds)
{
    return seconds < 1 ? 1 : seconds;
}

// All three timeouts, always: without them a connect or a query to a frozen server never returns.
// Never MYSQL_OPT_RECONNECT: it silently drops session state (SET NAMES, prepared statements).
QString connectOptionsFor(const ConnectionOptions &options)
{
    QString text = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%3")
                       .arg(QString::number(atLeastOneSecond(options.connectTimeoutSec)),
                            QString::number(atLeastOneSecond(options.readTimeoutSec)),
                            QString::number(atLeastOneSecond(options.writeTimeoutSec)));
    // QMYSQL's own names for mysql_ssl_set(); the MYSQL_OPT_SSL_* spellings are ignored by Qt 6.4.
    const std::pair<const char *, const QString *> files[] = {
        {"SSL_CA", &options.tlsCaFile}, {"SSL_CERT", &options.tlsCertFile}, {"SSL_KEY", &options.tlsKeyFile}};
    for (const auto &[name, path] : files) {
        if (!path->isEmpty())
            text += QLatin1Char(';') + QLatin1String(name) + QLatin1Char('=') + *path;
    }
    return text;
}

// The driver splits its options at ';' and '=': a path holding them would change other options.
Result<void> checkTlsFiles(const ConnectionOptions &options)
{
    for (const QString *path : {&options.tlsCaFile, &options.tlsCertFile, &options.tlsKeyFile}) {
        if (path->contains(QLatin1Char(';')) || path->contains(QLatin1Char('=')))
            return makeError(ConnectionPool::tr("The TLS file path \"%1\" may not contain ';' or '='.").arg(*path),
                             Error::Kind::Usage);
    }
    return {};
}

// Servers do not echo passwords, but an error text is shown and may be logged: make sure.
void removeSecret(Error &error, const QString &password)
{
    if (password.size() < 3)
        return;
    const QString hidden = QStringLiteral("*****");
    error.message.replace(password, hidden);
    error.serverText.replace(password, hidden);
}

void configure(QSqlDatabase &db, const ServerAddress &server, const QString &database, const ConnectionOptions &options)
{
    db.setHostName(server.host());
    db.setPort(server.port());
    db.setDatabaseName(database);
    db.setUserName(options.user);
    db.setPassword(options.password);
    db.setConnectOptions(connectOptionsFor(options));
}

Error connectError(const QSqlDatabase &db, const ServerAddress &server, const ConnectionOptions &options)
{
    const QString context
        = ConnectionPool::tr("Could not connect to %1 as user \"%2\".").arg(server.toString(), options.user);
    Error error = ConnectionPool::errorFrom(db.lastError(), context);
    // No statement was sent yet, so a connection lost during the handshake is simply unreachable.
    if (error.kind == Error::Kind::Timeout) {
        error.kind = Error::Kind::Unreachable;
        error.message = ConnectionPool::tr("%1 The server did not answer in time.").arg(context);
    }
    return error;
}

// Session state every connection starts with, and the TLS check the driver cannot do for us: it
// ignores SSL options it does not know and silently falls back to plain text.
Result<void> prepareSession(QSqlDatabase &db, const ServerAddress &server, const ConnectionOptions &options)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET NAMES utf8mb4")))
        return ConnectionPool::errorFrom(
            query.lastError(), ConnectionPool::tr("Could not set the character set on %1.").arg(server.toString()));
    if (!options.requireTls)
        return {};
    if (!query.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")))
        return ConnectionPool::errorFrom(
            query.lastError(),
            ConnectionPool::tr("Could not check the encryption of the connection to %1.").arg(server.toString()));
    const bool encrypted = query.next() && !query.value(1).toString().isEmpty();
    if (!encrypted)
        return makeError(
            ConnectionPool::tr("The server did not negotiate TLS, and TLS is required: refusing to continue in "
                               "plain text."));
    return {};
}

} // namespace

ConnectionPool::ConnectionPool() : m_id(++g_poolIds) { }

ConnectionPool::~ConnectionPool()
{
    closeThreadConnections();
}

QString ConnectionPool::connectionName(const ServerAddress &server, const QString &database, const QString &user) const
{
    // One arg() call: a '%' in a user or database name must not be taken for a placeholder.
    return QStringLiteral("sharddesk.db/pool%1/thread%2/%3/%4/%5")
        .arg(QString::number(m_id), QString::number(ThreadConnections::threadSerial()), server.toString(), database,
             user);
}

Result<QSqlDatabase> ConnectionPool::connection(const ServerAddress &server, const QString &database,
                                                const ConnectionOptions &options)
{
    ThreadConnections &registry = ThreadConnections::current();
    const QString name = connectionName(server, database, options.user);
    if (registry.contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Same login and limits, and TLS checked if it is asked for now: otherwise a plain-text
        // connection made earlier would satisfy a caller that requires TLS.
        const bool reusable = db.isOpen() && db.password() == options.password
            && db.connectOptions() == connectOptionsFor(options) && (!options.requireTls || registry.tlsVerified(name));
        if (reusable)
            return db;
        db = QSqlDatabase();
        registry.remove(name);
    }
    auto opened = openConnection(name, server, database, options);
    if (opened)
        registry.add(name, m_id, options.requireTls);
    return opened;
}

void ConnectionPool::discard(const ServerAddress &server, const QString &database, const QString &user)
{
    const QString name = connectionName(server, database, user);
    qCDebug(lcDb) << "discarding connection" << name;
    ThreadConnections::current().remove(name);
}

void ConnectionPool::closeThreadConnections()
{
    ThreadConnections::current().removePool(m_id);
}

Result<QSqlQuery *> ConnectionPool::prepared(const QSqlDatabase &connection, const QString &sql, const QString &context)
{
    ThreadConnections &registry = ThreadConnections::current();
    const QString name = connection.connectionName();
    if (!registry.contains(name))
        return makeError(tr("%1 The connection is not one of this thread's pooled connections.").arg(context),
                         Error::Kind::Usage);
    QSqlError error;
    QSqlQuery *query = registry.statement(name, sql, &error);
    if (!query)
        return errorFrom(error, context);
    return query;
}

Result<NativeStatement *> ConnectionPool::preparedNative(const QSqlDatabase &connection, const QString &sql,
                                                        const QString &context)
{
    ThreadConnections &registry = ThreadConnections::current();
    const QString name = connection.connectionName();
    if (!registry.contains(name))
        return makeError(tr("%1 The connection is not one of this thread's pooled connections.").arg(context),
                         Error::Kind::Usage);
    return registry.nativeStatement(name, sql, context);
}

Result<QSqlDatabase> ConnectionPool::openConnection(const QString &connectionName, const ServerAddress &server,
                                                    const QString &database, const ConnectionOptions &options)
{
    if (!server.isValid())
        return makeError(tr("No server address was given."), Error::Kind::Usage);
    if (Result<void> files = checkTlsFiles(options); !files)
        return files.error();
    Error failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), connectionName);
        if (!db.isValid()) {
            failure = makeError(tr("Qt's MySQL driver (QMYSQL) is not available; install the package that "
                                   "provides it (libqt6sql6-mysql on Debian)."));
        } else {
            configure(db, server, database, options);
            qCDebug(lcDb) << "opening" << connectionName << "with" << db.connectOptions();
            Result<void> ready
                = db.open() ? prepareSession(db, server, options) : Result<void>(connectError(db, server, options));
            if (ready)
                return db;
            failure = ready.error();
            db.close();
        }
    }
    // A failed connection is not kept: the caller has nothing to remove.
    QSqlDatabase::removeDatabase(connectionName);
    removeSecret(failure, options.password);
    return failure;
}

Result<QString> ConnectionPool::serverVersion(const QSqlDatabase &connection, const QString &context)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT VERSION()")) || !query.next())
        return errorFrom(query.lastError(), context);
    return query.value(0).toString();
}

Error ConnectionPool::errorFrom(const QSqlError &error, const QString &context)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    QString serverText = error.databaseText();
    if (serverText.isEmpty())
        serverText = error.driverText();
    switch (numeric ? code : 0) {
    case ConnectionError:
    case ConnHostError:
    case UnknownHost:
        return makeError(tr("%1 The server could not be reached.").arg(context), Error::Kind::Unreachable, serverText,
                         code);
    case ServerGone:
    case ServerLost:
    case ServerLostExtended:
        return makeError(tr("%1 The connection timed out or was lost, so the statement may or may not have "
                            "been applied.")
                             .arg(context),
                         Error::Kind::Timeout, serverText, code);
    default:
        return makeError(context, Error::Kind::Server, serverText, numeric ? code : 0);
    }
}

} // namespace ShardDesk
