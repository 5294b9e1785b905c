#pragma once
// A person's hand on the notification queue: "Retry now" makes queued notifications due at once
// instead of at the end of their backoff. Delivery itself stays with the dispatcher.

#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace fleet::alerting {

// Makes the queued notifications among ids (all queued ones when ids is empty) due at now.
// Returns how many were rescheduled; sent, merged and digest-held rows are left alone.
storage::Result<int> retryNow(storage::Database &db, const QList<qint64> &ids, const QDateTime &now);

} // namespace fleet::alerting
