#pragma once
// Keeps the open/closed lifecycle of prtAlertTable rows. An alert is identified by device,
// severity, group, group index, code and description (devices reuse prtAlertIndex values).
// Seen again: last_seen moves on. Missing from a complete poll: cleared. Back after being
// cleared: a new row, so the history shows both episodes.

#include "collect/DeviceSnapshot.h"
#include "storage/Database.h"

namespace fleet::storage {

class AlertTracker final
{
public:
    explicit AlertTracker(Database &db)
        : m_db(db)
    {}

    // complete: the poll succeeded, so alerts it does not list are gone. A partial poll only
    // opens and refreshes.
    StorageError update(qint64 deviceId, const QList<Alert> &alerts, const QDateTime &polledAt, bool complete);

private:
    Database &m_db;
};

} // namespace fleet::storage
