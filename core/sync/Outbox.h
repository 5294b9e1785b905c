#pragma once
// The durable queue of payloads (docs/protocol.md "Durability"). A payload is written here,
// zipped and encrypted, with its idempotency key before the first attempt to send it; the key is
// never regenerated, so after a crash or kill -9 the same item goes again under the same key and
// the server stores it once. An item is queued until the server acknowledges it (then the
// readings mark moves to its generatedAt, in the same transaction) or rejects it for good.
// Acknowledged and rejected items are kept 30 days for the administrator, then pruned.

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace fleet::sync {

enum class OutboxState : quint8 { Queued, Acknowledged, Rejected };
QString outboxStateName(OutboxState state);

struct OutboxItem
{
    qint64 id = 0;
    QString idempotencyKey; // UUID without braces
    QDateTime createdAt;
    QDateTime generatedAt;   // the payload's generatedAt
    QDateTime readingsSince; // invalid: every reading
    bool lockedDown = false;
    OutboxState state = OutboxState::Queued;
    QByteArray body; // the archive as sent; empty when listed without bodies
    qint64 bodyBytes = 0;
    qint64 xmlBytes = 0;
    int devices = 0;
    int readings = 0;
    int attempts = 0;
    QDateTime lastAttemptAt;
    QDateTime nextAttemptAt; // invalid: as soon as possible
    std::optional<int> lastStatus;
    QString lastError;
    QDateTime finishedAt; // acknowledged or rejected
    QJsonObject receipt;  // the server's answer on acknowledgement

    QJsonObject toJson() const;
};

class Outbox final
{
public:
    static constexpr int kKeepDays = 30;

    explicit Outbox(storage::Database &db)
        : m_db(db)
    {}

    // Writes a new queued item (committed when this returns); fills in the key when empty.
    storage::Result<qint64> enqueue(OutboxItem item);
    // Queued items, oldest first, with their bodies; dueBy valid: only those due by then.
    storage::Result<QList<OutboxItem>> queued(const QDateTime &dueBy = {});
    // Every item, newest first, without bodies.
    storage::Result<QList<OutboxItem>> list(int limit = 0);
    storage::Result<std::optional<OutboxItem>> item(qint64 id, bool withBody = true);
    // The earliest nextAttemptAt of the queued items; invalid when none waits.
    storage::Result<QDateTime> nextAttempt();

    // In one transaction: the item becomes acknowledged and the readings mark moves to its
    // generatedAt.
    storage::StorageError acknowledge(qint64 id, const QDateTime &at, int status, const QJsonObject &receipt);
    storage::StorageError scheduleRetry(qint64 id, const QDateTime &at, const QDateTime &next,
                                        std::optional<int> status, const QString &error);
    storage::StorageError reject(qint64 id, const QDateTime &at, std::optional<int> status, const QString &error);
    // Deletes finished items older than kKeepDays before now.
    storage::Result<int> prune(const QDateTime &now);

private:
    storage::Result<QList<OutboxItem>> select(const QString &where, const QVariantList &values, bool withBody,
                                              const QString &order, int limit);
    storage::Database &m_db;
};

} // namespace fleet::sync
