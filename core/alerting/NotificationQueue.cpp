#include "alerting/NotificationQueue.h"

#include "alerting/AlertingLog.h"
#include "alerting/MailMessage.h"
#include "alerting/TestMail.h" // kStateFailed
#include "storage/SqlValues.h"
#include "sync/RetryPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fleet::alerting {

using storage::Result;
namespace sql = storage::sql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::alerting::NotificationQueue)
};

const QString kColumns = QStringLiteral(
    "id, created_at, profile_id, profile_name, condition_key, event, severity, device_id, recipients, subject, "
    "body_text, body_html, state, attempts, next_attempt_at, last_attempt_at, last_error, sent_at, digest_id");

NotificationRecord readRow(const QSqlQuery &q)
{
    NotificationRecord n;
    n.id = q.value(0).toLongLong();
    n.createdAt = sql::time(q.value(1));
    n.profileId = sql::optionalInt(q.value(2));
    n.profileName = q.value(3).toString();
    n.conditionKey = q.value(4).toString();
    n.event = q.value(5).toString();
    n.severity = q.value(6).toString();
    n.deviceId = sql::optionalInt(q.value(7));
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        n.recipients << v.toString();
    n.subject = q.value(9).toString();
    n.bodyText = q.value(10).toString();
    n.bodyHtml = q.value(11).toString();
    n.state = q.value(12).toString();
    n.attempts = q.value(13).toInt();
    n.nextAttemptAt = sql::time(q.value(14));
    n.lastAttemptAt = sql::time(q.value(15));
    n.lastError = q.value(16).toString();
    n.sentAt = sql::time(q.value(17));
    n.digestId = sql::optionalInt(q.value(18));
    return n;
}

} // namespace

Result<qint64> NotificationQueue::add(const NotificationRecord &n)
{
    const QString recipients =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(n.recipients)).toJson(QJsonDocument::Compact));
    return m_db.insert(
        QStringLiteral("INSERT INTO notifications (created_at, profile_id, profile_name, condition_key, event, "
                       "severity, device_id, recipients, subject, body_text, body_html, state, attempts, "
                       "next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '')"),
        {sql::time(n.createdAt), sql::optional(n.profileId), n.profileName, n.conditionKey, n.event, n.severity,
         sql::optional(n.deviceId), recipients, n.subject, n.bodyText, n.bodyHtml, n.state,
         sql::time(n.nextAttemptAt.isValid() ? n.nextAttemptAt : n.createdAt)});
}

Result<QList<NotificationRecord>> NotificationQueue::list(int limit)
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM notifications ORDER BY created_at DESC, id DESC %2")
                          .arg(kColumns, limit > 0 ? QStringLiteral("LIMIT %1").arg(limit) : QString()));
    if (!q)
        return q.error();
    QList<NotificationRecord> out;
    while ((*q)->next())
        out << readRow(**q);
    return out;
}

Result<std::optional<NotificationRecord>> NotificationQueue::find(qint64 id)
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM notifications WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<NotificationRecord>();
    return std::optional<NotificationRecord>(readRow(**q));
}

Result<QDateTime> NotificationQueue::lastFor(qint64 profileId, const QString &conditionKey)
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT MAX(created_at) FROM notifications WHERE profile_id = ? AND condition_key = ?"),
        {profileId, conditionKey});
    if (!v)
        return v.error();
    return sql::time(*v);
}

storage::StorageError NotificationQueue::markSent(const NotificationRecord &n, int attempts,
                                                  const QList<RecipientRefusal> &refused, const QDateTime &now,
                                                  QRandomGenerator *rng, DeliveryReport *report)
{
    // Sent, though perhaps not to everyone: the delivery result names who did not get it.
    QString note = refusedRecipientsNote(refused);
    QStringList refusedForNow;
    for (const RecipientRefusal &r : refused)
        if (!r.permanent())
            refusedForNow << r.address;
    if (!note.isEmpty())
        ++report->partly;

    storage::Transaction tx(m_db);
    if (auto e = tx.begin())
        return e;
    if (!refusedForNow.isEmpty()) {
        // The row stands for one message to all its recipients, and the others have it: the ones
        // refused for now (greylisting, a full mailbox) get the same mail as a row of their own,
        // retried with the queue's backoff like any other, written with the "sent" mark in one
        // transaction so that neither is lost nor repeated.
        NotificationRecord retry = n;
        retry.createdAt = now;
        retry.recipients = refusedForNow;
        retry.state = kStateQueued;
        retry.nextAttemptAt = now.addSecs(sync::RetryPolicy::delay(1, rng).count());
        const auto id = add(retry);
        if (!id)
            return id.error();
        ++report->followUps;
        note += u' ' + Tr::tr("Queued again for the %n address(es) refused for now, as notification %1.", nullptr,
                              int(refusedForNow.size()))
                           .arg(*id);
    }
    if (!note.isEmpty())
        qCInfo(lcAlerting).noquote() << "notification" << n.id << "sent, but" << note;
    if (auto e = m_db.exec(QStringLiteral("UPDATE notifications SET state = ?, attempts = ?, last_attempt_at = ?, "
                                          "sent_at = ?, last_error = ?, next_attempt_at = NULL WHERE id = ?"),
                           {kStateSent, attempts, sql::time(now), sql::time(now), note, n.id}))
        return e;
    return tx.commit();
}

Result<DeliveryReport> NotificationQueue::deliverDue(const SmtpSender &sender, const QString &from,
                                                     const QDateTime &now, QRandomGenerator *rng)
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM notifications WHERE state = ? AND next_attempt_at <= ? "
                                     "ORDER BY next_attempt_at, id")
                          .arg(kColumns),
                      {kStateQueued, sql::time(now)});
    if (!q)
        return q.error();
    QList<NotificationRecord> due;
    while ((*q)->next())
        due << readRow(**q);

    DeliveryReport report;
    for (const NotificationRecord &n : due) {
        MailMessage mail;
        mail.from = from;
        mail.to = n.recipients;
        mail.subject = n.subject;
        mail.text = n.bodyText;
        mail.html = n.bodyHtml;
        mail.date = now;
        const SmtpResult result = sender.send(n.recipients, mail.render());
        const int attempts = n.attempts + 1;
        // Each row is its own short transaction: a mail that went out is marked sent at once, so
        // a crash later in the round cannot send it twice.
        storage::StorageError error;
        if (result.ok()) {
            ++report.sent;
            error = markSent(n, attempts, result.refusedRecipients, now, rng, &report);
        } else if (result.permanent()) {
            // The server refused this message for good (a 5xx to its sender, a recipient or the
            // message): the same attempt would be refused again, at every backoff step, forever.
            ++report.failed;
            ++report.refused;
            report.lastError = result.message;
            qCInfo(lcAlerting) << "notification" << n.id << "refused by the server, not retried:" << result.message;
            error = m_db.exec(QStringLiteral("UPDATE notifications SET state = ?, attempts = ?, last_attempt_at = ?, "
                                             "next_attempt_at = NULL, last_error = ? WHERE id = ?"),
                              {kStateFailed, attempts, sql::time(now), result.message, n.id});
        } else {
            ++report.failed;
            report.lastError = result.message;
            const QDateTime next = now.addSecs(sync::RetryPolicy::delay(attempts, rng).count());
            qCInfo(lcAlerting) << "notification" << n.id << "not delivered, attempt" << attempts << "- next at"
                               << next.toString(Qt::ISODate);
            error = m_db.exec(QStringLiteral("UPDATE notifications SET attempts = ?, last_attempt_at = ?, "
                                             "next_attempt_at = ?, last_error = ? WHERE id = ?"),
                              {attempts, sql::time(now), sql::time(next), result.message, n.id});
        }
        if (error)
            return error;
    }
    return report;
}

} // namespace fleet::alerting
