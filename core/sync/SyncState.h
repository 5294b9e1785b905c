#pragma once
// Small values the sync keeps between runs in the sync_state table: the readings mark (the
// generatedAt of the last acknowledged payload), the remote settings revision, the outcome of
// the last run. One row per key; values are text.

#include "storage/Database.h"

#include <QDateTime>

namespace fleet::sync {

class SyncState final
{
public:
    static inline const QString kReadingsMark = QStringLiteral("readingsMark");
    static inline const QString kSettingsRevision = QStringLiteral("settingsRevision");
    static inline const QString kLastRunAt = QStringLiteral("lastRunAt");
    static inline const QString kLastRunOk = QStringLiteral("lastRunOk");
    static inline const QString kLastRunMessage = QStringLiteral("lastRunMessage");
    static inline const QString kRegistrationRequired = QStringLiteral("registrationRequired");

    explicit SyncState(storage::Database &db)
        : m_db(db)
    {}

    storage::Result<QString> value(const QString &key);
    storage::StorageError setValue(const QString &key, const QString &value);
    storage::StorageError remove(const QString &key);

    // Readings at or after the mark go into the next payload; invalid: never acknowledged.
    storage::Result<QDateTime> readingsMark();
    // Moves the mark forward only (an older acknowledgement arriving late never moves it back).
    storage::StorageError advanceReadingsMark(const QDateTime &to);

private:
    storage::Database &m_db;
};

} // namespace fleet::sync
