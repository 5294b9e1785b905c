#include "sync/SyncState.h"

namespace fleet::sync {

storage::Result<QString> SyncState::value(const QString &key)
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

storage::StorageError SyncState::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

storage::StorageError SyncState::remove(const QString &key)
{
    return m_db.exec(QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
}

storage::Result<QDateTime> SyncState::readingsMark()
{
    auto v = value(kReadingsMark);
    if (!v)
        return v.error();
    if (v->isEmpty())
        return QDateTime();
    return QDateTime::fromString(*v, Qt::ISODateWithMs).toUTC();
}

storage::StorageError SyncState::advanceReadingsMark(const QDateTime &to)
{
    auto current = readingsMark();
    if (!current)
        return current.error();
    if (current->isValid() && *current >= to)
        return {};
    return setValue(kReadingsMark, to.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace fleet::sync
