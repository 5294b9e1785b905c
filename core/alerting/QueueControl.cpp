#include "alerting/QueueControl.h"

#include "alerting/NotificationQueue.h"
#include "storage/SqlValues.h"

namespace fleet::alerting {

storage::Result<int> retryNow(storage::Database &db, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty()) {
        auto q = db.run(QStringLiteral("UPDATE notifications SET next_attempt_at = ? WHERE state = ?"),
                        {storage::sql::time(now), kStateQueued});
        if (!q)
            return q.error();
        return (*q)->numRowsAffected();
    }
    storage::Transaction tx(db);
    if (auto error = tx.begin())
        return error;
    int changed = 0;
    for (const qint64 id : ids) {
        auto q = db.run(QStringLiteral("UPDATE notifications SET next_attempt_at = ? WHERE id = ? AND state = ?"),
                        {storage::sql::time(now), id, kStateQueued});
        if (!q)
            return q.error();
        changed += (*q)->numRowsAffected();
    }
    if (auto error = tx.commit())
        return error;
    return changed;
}

} // namespace fleet::alerting
