#pragma once
// The notifications table: every notification with its delivery state, and the durable queue
// the mail goes out from. A row is written before any attempt, and only a server's "250 OK"
// marks it sent, so a crash or a server that is down loses nothing; a failed attempt is retried
// with sync::RetryPolicy's backoff (1 minute doubling to 6 hours, with jitter), without limit:
// mail that never went out stays visible as such in the GUI and `fleetkeeper-cli notifications`.
// The exception is a permanent refusal of the message itself (SmtpResult::permanent(): a 5xx to
// its sender, a recipient or its content): that row becomes "failed" and is not tried again.
// Temporary failures (4xx), a server that is down, TLS and login problems stay queued.
//
// A mail the server took for some recipients but not others is "sent", and its last_error names
// the ones that did not get it with the server's reply (shown by the GUI and the CLI). Sending
// that row again would repeat the mail to those who have it, so the recipients refused only for
// now (4xx: greylisting, a full mailbox) get a new queued row of their own with the same mail,
// written in the same transaction as the "sent" mark; its number is in the first row's last_error.

#include "alerting/SmtpSender.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

class QRandomGenerator;

namespace fleet::alerting {

// Delivery states (stored; part of the CLI's JSON).
inline const QString kStateQueued = QStringLiteral("queued"); // waiting for its (next) attempt
inline const QString kStateSent = QStringLiteral("sent");
inline const QString kStateDigest = QStringLiteral("digest"); // held for the profile's daily digest
inline const QString kStateMerged = QStringLiteral("merged"); // went out inside a digest (digestId)
// kStateFailed ("failed": not sent, not tried again) is in TestMail.h.

struct NotificationRecord
{
    qint64 id = 0;
    QDateTime createdAt;
    std::optional<qint64> profileId;
    QString profileName;
    QString conditionKey;
    QString event; // "opened", "cleared", "reminder", "digest", "test"
    QString severity;
    std::optional<qint64> deviceId;
    QStringList recipients;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QString state = kStateQueued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime lastAttemptAt;
    QString lastError;
    QDateTime sentAt;
    std::optional<qint64> digestId;
};

struct DeliveryReport
{
    int sent = 0;
    int failed = 0;    // attempts that failed this round (the rows stay queued, except refused ones)
    int refused = 0;   // of those, refused for good by the server: the rows are now "failed"
    int partly = 0;    // of the sent ones, those some recipients were refused (named in last_error)
    int followUps = 0; // rows queued for recipients refused for now among accepted ones
    QString lastError;
};

class NotificationQueue final
{
public:
    explicit NotificationQueue(storage::Database &db)
        : m_db(db)
    {}

    storage::Result<qint64> add(const NotificationRecord &n);
    // Newest first; limit > 0 keeps that many.
    storage::Result<QList<NotificationRecord>> list(int limit = 0);
    storage::Result<std::optional<NotificationRecord>> find(qint64 id);
    // The last notification of profile about conditionKey, any state (reminder bookkeeping).
    storage::Result<QDateTime> lastFor(qint64 profileId, const QString &conditionKey);

    // Sends every queued notification due at now, oldest first, one message per row. from: the
    // envelope and header sender. Blocking (SMTP): a worker thread's job.
    storage::Result<DeliveryReport> deliverDue(const SmtpSender &sender, const QString &from, const QDateTime &now,
                                               QRandomGenerator *rng = nullptr);

private:
    storage::StorageError markSent(const NotificationRecord &n, int attempts, const QList<RecipientRefusal> &refused,
                                   const QDateTime &now, QRandomGenerator *rng, DeliveryReport *report);

    storage::Database &m_db;
};

} // namespace fleet::alerting
