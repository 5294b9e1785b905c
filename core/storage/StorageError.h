#pragma once
// Errors of the storage layer as values: a category the UI can act on plus a readable message.

#include <QString>

#include <optional>
#include <utility>

class QSqlError;

namespace fleet::storage {

enum class StorageErrorCode : quint8 {
    None,
    OpenFailed,      // the file cannot be opened or created
    NotADatabase,    // garbage bytes, a damaged file or another application's database
    TooNew,          // written by a newer Fleetkeeper: left untouched
    MigrationFailed, // an upgrade step failed and was rolled back
    DiskFull,        // SQLITE_FULL: disk full or size limit reached
    ReadOnly,        // the file or its directory is not writable
    Busy,            // another process held the lock longer than the busy timeout
    Io,              // any other operating-system read/write failure
    Constraint,      // a row broke a schema rule
    QueryFailed,     // any other SQL failure
    InvalidArgument, // the caller passed something unusable (empty profile name...)
    SecretsFile,     // the secrets file is unreadable, malformed or too widely readable
};

QString storageErrorCodeName(StorageErrorCode code);

struct StorageError
{
    StorageErrorCode code = StorageErrorCode::None;
    QString message;

    bool isError() const { return code != StorageErrorCode::None; }
    explicit operator bool() const { return isError(); }

    // Classifies a Qt SQL error by the SQLite result code it carries; context says what was being done.
    static StorageError fromSql(const QSqlError &error, const QString &context);
};

// A value or the error that prevented it.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(StorageError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const StorageError &error() const { return m_error; }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

} // namespace fleet::storage
