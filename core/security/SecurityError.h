#pragma once
// Errors of the security module as values: a category callers act on (a refusal is not a disk
// error) plus a readable message, and the Result type that carries one or a value.

#include "storage/StorageError.h"

#include <QString>

#include <optional>
#include <utility>

namespace fleet::security {

enum class SecurityErrorCode : quint8 {
    None,
    Denied,          // the actor's role does not allow it
    BadCredentials,  // unknown user or wrong password (deliberately not told apart)
    Locked,          // too many failed sign-ins; locked until a time
    Disabled,        // the account was disabled by an administrator
    InvalidArgument, // empty name, weak password, unknown role...
    Exists,          // an account of that name exists
    NotFound,        // no account of that name
    Storage,         // the database failed
    Crypto,          // libsodium failed (out of memory for the password hash)
};

struct SecurityError
{
    SecurityErrorCode code = SecurityErrorCode::None;
    QString message;

    bool isError() const { return code != SecurityErrorCode::None; }
    explicit operator bool() const { return isError(); }

    static SecurityError fromStorage(const storage::StorageError &error)
    {
        return {error ? SecurityErrorCode::Storage : SecurityErrorCode::None, error.message};
    }
};

template <typename T> class SecurityResult
{
public:
    SecurityResult(T value)
        : m_value(std::move(value))
    {}
    SecurityResult(SecurityError error)
        : m_error(std::move(error))
    {}
    SecurityResult(const storage::StorageError &error)
        : m_error(SecurityError::fromStorage(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const SecurityError &error() const { return m_error; }

    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    SecurityError m_error;
};

} // namespace fleet::security
