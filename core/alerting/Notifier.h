#pragma once
// Profiles × condition transitions → notifications in the durable queue. One notification when a
// condition opens, one when it clears (if the profile wants it), a reminder after the profile's
// interval while it stays open; quiet hours delay a mail to their end; digest profiles hold
// their notifications until the daily digest folds them into one mail.

#include "alerting/AlertProfile.h"
#include "alerting/ConditionTracker.h"
#include "alerting/NotificationQueue.h"

namespace fleet::alerting {

struct NotifyReport
{
    int queued = 0; // immediate notifications added (some may wait for the end of quiet hours)
    int held = 0;   // added to a digest
};

class Notifier final
{
public:
    explicit Notifier(storage::Database &db)
        : m_db(db)
    {}

    storage::Result<NotifyReport> notify(const TrackerUpdate &update, const QDateTime &now);
    // Folds the held notifications of each digest profile into one queued mail once its digest
    // hour has passed today. Returns the number of digests queued.
    storage::Result<int> flushDigests(const QDateTime &now);
    // A test mail for profile, queued like any other.
    storage::Result<qint64> queueTestMail(const AlertProfile &profile, const QDateTime &now);

private:
    storage::Result<NotificationRecord> build(const AlertProfile &profile, const QString &event,
                                              const TrackedCondition &tracked, const QDateTime &now);

    storage::Database &m_db;
};

} // namespace fleet::alerting
