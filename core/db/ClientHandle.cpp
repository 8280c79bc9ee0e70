#include "ClientHandle.h"

#include "db/ConnectionPool.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <mysql.h>

#include <cstring>

namespace ShardDesk {

st_mysql *ClientHandle::of(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    // The driver hands the handle out as a QVariant holding a MYSQL*; Qt 6.4 names that type "st_mysql*"
    // (the struct behind the typedef), older Qt versions "MYSQL*".
    const QVariant handle = connection.driver()->handle();
    const char *type = handle.isValid() ? handle.typeName() : nullptr;
    if (!type || (std::strcmp(type, "st_mysql*") != 0 && std::strcmp(type, "MYSQL*") != 0))
        return nullptr;
    return *static_cast<MYSQL *const *>(handle.constData());
}

Error ClientHandle::error(unsigned int code, const char *text, const QString &context)
{
    return ConnectionPool::errorFrom(
        QSqlError(QString(), QString::fromUtf8(text), QSqlError::StatementError, QString::number(code)), context);
}

} // namespace ShardDesk
