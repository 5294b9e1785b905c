#pragma once
// A value or a readable reason why there is none: the error-as-value type for modules that have
// no richer error type of their own (storage has StorageError, SNMP has snmp::Error).

#include <QString>

#include <optional>
#include <utility>

namespace fleet {

template <typename T> class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    {}
    static Expected failure(QString message)
    {
        Expected e;
        e.m_error = std::move(message);
        return e;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace fleet
