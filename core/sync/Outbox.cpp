#include "sync/Outbox.h"

#include "storage/SqlValues.h"
#include "sync/SyncState.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace fleet::sync {

namespace sql = storage::sql;

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Acknowledged:
        return QStringLiteral("acknowledged");
    case OutboxState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

namespace {
OutboxState stateFromName(const QString &name)
{
    if (name == u"acknowledged")
        return OutboxState::Acknowledged;
    if (name == u"rejected")
        return OutboxState::Rejected;
    return OutboxState::Queued;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject OutboxItem::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("idempotencyKey"), idempotencyKey},
        {QStringLiteral("state"), outboxStateName(state)},
        {QStringLiteral("createdAt"), iso(createdAt)},
        {QStringLiteral("generatedAt"), iso(generatedAt)},
        {QStringLiteral("lockedDown"), lockedDown},
        {QStringLiteral("bytes"), bodyBytes},
        {QStringLiteral("xmlBytes"), xmlBytes},
        {QStringLiteral("devices"), devices},
        {QStringLiteral("readings"), readings},
        {QStringLiteral("attempts"), attempts},
    };
    const auto put = [&o](const char *key, const QDateTime &t) {
        if (t.isValid())
            o.insert(QLatin1String(key), iso(t));
    };
    put("readingsSince", readingsSince);
    put("lastAttemptAt", lastAttemptAt);
    put("nextAttemptAt", nextAttemptAt);
    put("finishedAt", finishedAt);
    if (lastStatus)
        o.insert(QStringLiteral("lastStatus"), *lastStatus);
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), lastError);
    if (!receipt.isEmpty())
        o.insert(QStringLiteral("receipt"), receipt);
    return o;
}

storage::Result<qint64> Outbox::enqueue(OutboxItem item)
{
    if (item.idempotencyKey.isEmpty())
        item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!item.createdAt.isValid())
        item.createdAt = QDateTime::currentDateTimeUtc();
    return m_db.insert(
        QStringLiteral("INSERT INTO sync_outbox (idempotency_key, kind, created_at, generated_at, readings_since, "
                       "locked_down, state, body, xml_bytes, devices, readings, next_attempt_at) "
                       "VALUES (?, 'payload', ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)"),
        {item.idempotencyKey, sql::time(item.createdAt), sql::time(item.generatedAt), sql::time(item.readingsSince),
         item.lockedDown ? 1 : 0, item.body, item.xmlBytes, item.devices, item.readings,
         sql::time(item.nextAttemptAt)});
}

storage::Result<QList<OutboxItem>> Outbox::select(const QString &where, const QVariantList &values, bool withBody,
                                                  const QString &order, int limit)
{
    QString statement = QStringLiteral("SELECT id, idempotency_key, created_at, generated_at, readings_since, "
                                       "locked_down, state, length(body), xml_bytes, devices, readings, attempts, "
                                       "last_attempt_at, next_attempt_at, last_status, last_error, finished_at, "
                                       "receipt, %1 FROM sync_outbox")
                            .arg(withBody ? QStringLiteral("body") : QStringLiteral("NULL"));
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    statement += QStringLiteral(" ORDER BY ") + order;
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = m_db.run(statement, values);
    if (!q)
        return q.error();
    QSqlQuery *query = *q;
    QList<OutboxItem> items;
    while (query->next()) {
        OutboxItem i;
        i.id = query->value(0).toLongLong();
        i.idempotencyKey = query->value(1).toString();
        i.createdAt = sql::time(query->value(2));
        i.generatedAt = sql::time(query->value(3));
        i.readingsSince = sql::time(query->value(4));
        i.lockedDown = query->value(5).toInt() != 0;
        i.state = stateFromName(query->value(6).toString());
        i.bodyBytes = query->value(7).toLongLong();
        i.xmlBytes = query->value(8).toLongLong();
        i.devices = query->value(9).toInt();
        i.readings = query->value(10).toInt();
        i.attempts = query->value(11).toInt();
        i.lastAttemptAt = sql::time(query->value(12));
        i.nextAttemptAt = sql::time(query->value(13));
        if (!query->value(14).isNull())
            i.lastStatus = query->value(14).toInt();
        i.lastError = query->value(15).toString();
        i.finishedAt = sql::time(query->value(16));
        i.receipt = QJsonDocument::fromJson(query->value(17).toString().toUtf8()).object();
        if (withBody)
            i.body = query->value(18).toByteArray();
        items << i;
    }
    return items;
}

storage::Result<QList<OutboxItem>> Outbox::queued(const QDateTime &dueBy)
{
    if (dueBy.isValid())
        return select(QStringLiteral("state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"),
                      {dueBy.toMSecsSinceEpoch()}, true, QStringLiteral("id"), 0);
    return select(QStringLiteral("state = 'queued'"), {}, true, QStringLiteral("id"), 0);
}

storage::Result<QList<OutboxItem>> Outbox::list(int limit)
{
    return select({}, {}, false, QStringLiteral("id DESC"), limit);
}

storage::Result<std::optional<OutboxItem>> Outbox::item(qint64 id, bool withBody)
{
    auto items = select(QStringLiteral("id = ?"), {id}, withBody, QStringLiteral("id"), 1);
    if (!items)
        return items.error();
    return items->isEmpty() ? std::nullopt : std::optional(items->first());
}

storage::Result<QDateTime> Outbox::nextAttempt()
{
    auto v = m_db.scalar(QStringLiteral("SELECT min(coalesce(next_attempt_at, 0)) FROM sync_outbox "
                                        "WHERE state = 'queued'"));
    if (!v)
        return v.error();
    return sql::time(*v);
}

storage::StorageError Outbox::acknowledge(qint64 id, const QDateTime &at, int status, const QJsonObject &receipt)
{
    storage::Transaction tx(m_db);
    if (auto e = tx.begin())
        return e;
    auto generated = m_db.scalar(QStringLiteral("SELECT generated_at FROM sync_outbox WHERE id = ?"), {id});
    if (!generated)
        return generated.error();
    if (auto e = m_db.exec(QStringLiteral("UPDATE sync_outbox SET state = 'acknowledged', finished_at = ?, "
                                          "last_attempt_at = ?, attempts = attempts + 1, last_status = ?, "
                                          "last_error = '', next_attempt_at = NULL, receipt = ? WHERE id = ?"),
                           {sql::time(at), sql::time(at), status,
                            QString::fromUtf8(QJsonDocument(receipt).toJson(QJsonDocument::Compact)), id}))
        return e;
    if (!generated->isNull())
        if (auto e = SyncState(m_db).advanceReadingsMark(sql::time(*generated)))
            return e;
    return tx.commit();
}

storage::StorageError Outbox::scheduleRetry(qint64 id, const QDateTime &at, const QDateTime &next,
                                            std::optional<int> status, const QString &error)
{
    return m_db.exec(QStringLiteral("UPDATE sync_outbox SET attempts = attempts + 1, last_attempt_at = ?, "
                                    "next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?"),
                     {sql::time(at), sql::time(next), sql::optional(status), error, id});
}

storage::StorageError Outbox::reject(qint64 id, const QDateTime &at, std::optional<int> status, const QString &error)
{
    return m_db.exec(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', attempts = attempts + 1, "
                                    "last_attempt_at = ?, finished_at = ?, next_attempt_at = NULL, last_status = ?, "
                                    "last_error = ? WHERE id = ?"),
                     {sql::time(at), sql::time(at), sql::optional(status), error, id});
}

storage::Result<int> Outbox::prune(const QDateTime &now)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM sync_outbox WHERE state != 'queued' AND finished_at < ?"),
                      {now.addDays(-kKeepDays).toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

} // namespace fleet::sync
