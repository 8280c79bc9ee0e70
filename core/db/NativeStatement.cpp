#include "NativeStatement.h"

#include "db/ClientHandle.h"

#include <QSqlDatabase>

#include <mysql.h>

#include <cstring>

namespace ShardDesk {

NativeStatement::NativeStatement(st_mysql_stmt *statement, int parameterCount)
    : m_statement(statement)
    , m_params(size_t(parameterCount))
    , m_binds(std::make_unique<MYSQL_BIND[]>(size_t(parameterCount)))
{ }

NativeStatement::~NativeStatement()
{
    // Sends COM_STMT_CLOSE (no answer is awaited), so the server's Prepared_stmt_count goes down.
    mysql_stmt_close(m_statement);
}

Result<std::unique_ptr<NativeStatement>> NativeStatement::prepare(const QSqlDatabase &connection, const QString &sql,
                                                                  const QString &context)
{
    auto opened = ClientHandle::of(connection, context);
    if (!opened)
        return opened.error();
    MYSQL *mysql = *opened;
    MYSQL_STMT *statement = mysql_stmt_init(mysql);
    if (!statement)
        return ClientHandle::error(mysql_errno(mysql), mysql_error(mysql), context);
    const QByteArray text = sql.toUtf8();
    if (mysql_stmt_prepare(statement, text.constData(), static_cast<unsigned long>(text.size())) != 0) {
        Error error = ClientHandle::error(mysql_stmt_errno(statement), mysql_stmt_error(statement), context);
        mysql_stmt_close(statement);
        return error;
    }
    if (mysql_stmt_field_count(statement) != 0) {
        mysql_stmt_close(statement);
        return makeError(tr("%1 The statement returns rows, which this kind of statement cannot read.").arg(context),
                         Error::Kind::Usage);
    }
    return std::unique_ptr<NativeStatement>(new NativeStatement(statement, int(mysql_stmt_param_count(statement))));
}

void NativeStatement::bindNull(int index)
{
    Param &param = m_params.at(size_t(index));
    param.type = Param::Type::Null;
    param.text.clear();
}

void NativeStatement::bindInt(int index, qint64 value)
{
    Param &param = m_params.at(size_t(index));
    param.type = Param::Type::Int;
    param.integer = value;
}

void NativeStatement::bindText(int index, const QString &value)
{
    Param &param = m_params.at(size_t(index));
    param.type = Param::Type::Text;
    param.text = value.toUtf8();
}

void NativeStatement::bindUtf8(int index, const QByteArray &value)
{
    Param &param = m_params.at(size_t(index));
    param.type = Param::Type::Text;
    param.text = value; // shared, not copied
}

bool NativeStatement::bindAll()
{
    // Refilled per execution because a rebound text may live elsewhere now; this is client-side only.
    // The client reads the values through these pointers when it builds the execute packet.
    for (size_t i = 0; i < m_params.size(); ++i) {
        Param &param = m_params[i];
        MYSQL_BIND &bind = m_binds[i];
        std::memset(&bind, 0, sizeof bind);
        switch (param.type) {
        case Param::Type::Null:
            bind.buffer_type = MYSQL_TYPE_NULL;
            break;
        case Param::Type::Int:
            bind.buffer_type = MYSQL_TYPE_LONGLONG;
            bind.buffer = &param.integer;
            break;
        case Param::Type::Text:
            param.length = static_cast<unsigned long>(param.text.size());
            bind.buffer_type = MYSQL_TYPE_STRING;
            // constData: data() would detach (copy) a text shared by bindUtf8; input buffers are
            // only read by the client library.
            bind.buffer = const_cast<char *>(param.text.constData());
            bind.buffer_length = param.length;
            bind.length = &param.length;
            break;
        }
    }
    return m_params.empty() || mysql_stmt_bind_param(m_statement, m_binds.get()) == 0;
}

Result<void> NativeStatement::execute(const QString &context)
{
    if (!bindAll())
        return ClientHandle::error(mysql_stmt_errno(m_statement), mysql_stmt_error(m_statement), context);
    if (mysql_stmt_execute(m_statement) == 0)
        return {};
    Error error = ClientHandle::error(mysql_stmt_errno(m_statement), mysql_stmt_error(m_statement), context);
    // A server's refusal (a duplicate key...) leaves the statement usable after a reset; on a lost
    // connection a reset would only fail too, and the caller discards the connection with it.
    if (error.kind == Error::Kind::Server)
        mysql_stmt_reset(m_statement);
    return error;
}

qint64 NativeStatement::insertId() const
{
    return qint64(mysql_stmt_insert_id(m_statement));
}

qint64 NativeStatement::affectedRows() const
{
    return qint64(mysql_stmt_affected_rows(m_statement));
}

} // namespace ShardDesk
