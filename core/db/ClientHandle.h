#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;
struct st_mysql;

namespace ShardDesk {

// The MariaDB client library's handle under an open QMYSQL connection, for the statements core/db runs
// through the library directly (NativeStatement, NativeQuery), and their errors in the terms of every
// other database error. Private to core/db: only it links the client library.
class ClientHandle
{
    Q_DECLARE_TR_FUNCTIONS(ShardDesk::ClientHandle)

public:
    // The handle of an open QMYSQL connection, or a usage error in context for anything else.
    static Result<st_mysql *> of(const QSqlDatabase &connection, const QString &context);
    // An error the client library reported, classified as ConnectionPool::errorFrom() classifies QMYSQL's.
    static Error error(unsigned int code, const char *text, const QString &context);
};

} // namespace ShardDesk
