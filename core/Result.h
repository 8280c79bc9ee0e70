#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ShardDesk {

// An error a user can read: what went wrong in our words, and the server's own text when a server said
// something. Core never throws across Qt boundaries; it returns a Result instead.
struct Error
{
    enum class Kind {
        Generic,
        Usage,       // the caller asked for something malformed
        Validation,  // the data breaks a rule; message says which
        Conflict,    // someone else changed the config store since it was loaded
        Unreachable, // connect failed or timed out
        Timeout,     // a statement timed out: it may or may not have been applied
        Server,      // the server answered with an error
        NotFound,
        Retryable,   // try again shortly (e.g. a vshard is being moved)
    };

    QString message;
    QString serverText;
    Kind kind = Kind::Generic;
    int serverCode = 0;

    // The message and, when there is one, the server's words after it.
    QString fullText() const
    {
        return serverText.isEmpty() ? message : message + QStringLiteral(" (") + serverText + QLatin1Char(')');
    }
};

inline Error makeError(QString message, Error::Kind kind = Error::Kind::Generic, QString serverText = {},
                       int serverCode = 0)
{
    return Error{std::move(message), std::move(serverText), kind, serverCode};
}

// Either a value or an Error. Result<void> carries only success or the Error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace ShardDesk
