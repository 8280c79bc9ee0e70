#include "ClientHandle.h"

#include "db/ConnectionPool.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <mysql.h>

#include <cstring>

namespace ShardDesk {

Result<st_mysql *> ClientHandle::of(const QSqlDatabase &connection, const QString &context)
{
    // The driver hands the handle out as a QVariant holding a MYSQL*; Qt 6.4 names that type "st_mysql*"
    // (the struct behind the typedef), older Qt versions "MYSQL*".
    const QVariant handle = connection.isOpen() && connection.driver() ? connection.driver()->handle() : QVariant();
    const char *type = handle.isValid() ? handle.typeName() : nullptr;
    if (!type || (std::strcmp(type, "st_mysql*") != 0 && std::strcmp(type, "MYSQL*") != 0))
        return makeError(tr("%1 The connection is not an open MySQL connection.").arg(context), Error::Kind::Usage);
    return *static_cast<MYSQL *const *>(handle.constData());
}

Error ClientHandle::error(unsigned int code, const char *text, const QString &context)
{
    return ConnectionPool::errorFrom(
        QSqlError(QString(), QString::fromUtf8(text), QSqlError::StatementError, QString::number(code)), context);
}

} // namespace ShardDesk
