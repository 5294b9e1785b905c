#include "alerting/QueueControl.h"

#include "alerting/AlertingLog.h"
#include "alerting/NotificationQueue.h"
#include "alerting/TestMail.h" // kStateFailed
#include "security/Guard.h"
#include "storage/SqlValues.h"

#include <QJsonArray>

#include <functional>

namespace fleet::alerting {

namespace {
// Runs sql once for each id, with the values valuesFor(id), in one transaction; the rows changed in all.
storage::Result<int> updateEach(storage::Database &db, const QString &sql, const QList<qint64> &ids,
                                const std::function<QVariantList(qint64)> &valuesFor)
{
    storage::Transaction tx(db);
    if (auto error = tx.begin())
        return error;
    int changed = 0;
    for (const qint64 id : ids) {
        auto q = db.run(sql, valuesFor(id));
        if (!q)
            return q.error();
        changed += (*q)->numRowsAffected();
    }
    if (auto error = tx.commit())
        return error;
    return changed;
}
} // namespace

storage::Result<int> retryNow(storage::Database &db, const QList<qint64> &ids, const QDateTime &now)
{
    if (ids.isEmpty()) {
        auto q = db.run(QStringLiteral("UPDATE notifications SET next_attempt_at = ? WHERE state = ?"),
                        {storage::sql::time(now), kStateQueued});
        if (!q)
            return q.error();
        return (*q)->numRowsAffected();
    }
    return updateEach(db, QStringLiteral("UPDATE notifications SET next_attempt_at = ? WHERE id = ? AND state = ?"),
                      ids, [&](qint64 id) {
                          return QVariantList{storage::sql::time(now), id, kStateQueued};
                      });
}

namespace {

// The failed notifications among ids.
storage::Result<QList<qint64>> failedAmong(storage::Database &db, const QList<qint64> &ids)
{
    QList<qint64> failed;
    for (const qint64 id : ids) {
        auto state = db.scalar(QStringLiteral("SELECT state FROM notifications WHERE id = ?"), {id});
        if (!state)
            return state.error();
        if (state->toString() == kStateFailed && !failed.contains(id))
            failed << id;
    }
    return failed;
}

storage::Result<int> requeue(storage::Database &db, const QList<qint64> &ids, const QDateTime &now)
{
    return updateEach(
        db, QStringLiteral("UPDATE notifications SET state = ?, next_attempt_at = ? WHERE id = ? AND state = ?"), ids,
        [&](qint64 id) {
            return QVariantList{kStateQueued, storage::sql::time(now), id, kStateFailed};
        });
}

} // namespace

security::SecurityResult<RetryOutcome> retryNow(storage::Database &db, const security::Actor &actor,
                                                const QList<qint64> &ids, const QDateTime &now)
{
    auto failed = failedAmong(db, ids);
    if (!failed)
        return failed.error();
    RetryOutcome outcome;
    if (!failed->isEmpty()) {
        QJsonArray idList;
        for (const qint64 id : std::as_const(*failed))
            idList.append(double(id));
        const security::AuditEntry what{actor, kRequeueAuditAction, std::nullopt,
                                        QJsonObject{{QStringLiteral("ids"), idList}}};
        if (auto denied =
                security::authorize(db, security::Permission::ChangeSettings, what, security::Audit::RefusalsOnly))
            return denied;
        auto requeued = requeue(db, *failed, now);
        if (auto logged = security::recordOutcome(db, what, requeued ? QString() : requeued.error().message))
            qCWarning(lcAlerting).noquote() << "putting failed notifications back was not audited:" << logged.message;
        if (!requeued)
            return requeued.error();
        outcome.requeued = *requeued;
        qCInfo(lcAlerting) << actor.name << "put" << outcome.requeued << "failed notification(s) back in the queue";
    }
    auto rescheduled = retryNow(db, ids, now);
    if (!rescheduled)
        return rescheduled.error();
    // The rows just put back are queued and due at now: counted once, as requeued.
    outcome.rescheduled = *rescheduled - outcome.requeued;
    return outcome;
}

} // namespace fleet::alerting
