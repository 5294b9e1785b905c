#pragma once
// Conversions between C++ values and the column types of the schema (times are INTEGER
// milliseconds since the epoch, UTC; absent values are NULL).

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace fleet::storage::sql {

inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

template <typename T> QVariant optional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

inline std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

inline std::optional<double> optionalReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// Empty strings as NULL for optional text columns.
inline QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace fleet::storage::sql
