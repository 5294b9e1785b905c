#pragma once
// A person's hand on the notification queue: "Retry now" makes queued notifications due at once
// instead of at the end of their backoff, and puts a failed one (refused for good by the server)
// back in the queue once an administrator has fixed the address or the server. Delivery itself
// stays with the dispatcher.

#include "security/Permissions.h"
#include "security/SecurityError.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace fleet::alerting {

inline const QString kRequeueAuditAction = QStringLiteral("notifications.requeue");

// Makes the queued notifications among ids (all queued ones when ids is empty) due at now.
// Returns how many were rescheduled; sent, merged, digest-held and failed rows are left alone.
storage::Result<int> retryNow(storage::Database &db, const QList<qint64> &ids, const QDateTime &now);

struct RetryOutcome
{
    int rescheduled = 0; // queued rows made due at now
    int requeued = 0;    // failed rows put back in the queue
};

// As above, and the failed notifications among ids (only named ones: a refusal is looked at one by
// one, never all at once) go back in the queue, due at now, their attempts and last error kept
// until the next attempt. That sends mail the server had refused, so it takes change-settings (the
// right that sends a test mail) and is audited as notifications.requeue with the ids; making
// queued rows due early is routine (the same mail goes out anyway) and needs no permission.
security::SecurityResult<RetryOutcome> retryNow(storage::Database &db, const security::Actor &actor,
                                                const QList<qint64> &ids, const QDateTime &now);

} // namespace fleet::alerting
