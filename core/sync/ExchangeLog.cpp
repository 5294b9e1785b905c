#include "sync/ExchangeLog.h"

#include "storage/SqlValues.h"

#include <QSqlQuery>

#include <limits>

namespace fleet::sync {

namespace sql = storage::sql;

QJsonObject ExchangeRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), method},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("bytesOut"), bytesOut},
        {QStringLiteral("bytesIn"), bytesIn},
        {QStringLiteral("status"), status ? QJsonValue(*status) : QJsonValue()},
        {QStringLiteral("durationMs"), durationMs},
    };
    if (!payloadId.isEmpty())
        o.insert(QStringLiteral("payloadId"), payloadId);
    if (!errorKind.isEmpty())
        o.insert(QStringLiteral("errorKind"), errorKind);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

storage::Result<qint64> ExchangeLog::record(const ExchangeRecord &e)
{
    return m_db.insert(QStringLiteral("INSERT INTO sync_exchanges (at, method, endpoint, bytes_out, bytes_in, status, "
                                      "duration_ms, payload_id, error_kind, error) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                       {sql::time(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()), e.method, e.endpoint,
                        e.bytesOut, e.bytesIn, e.status ? QVariant(*e.status) : QVariant(), e.durationMs,
                        sql::text(e.payloadId), e.errorKind, e.error});
}

storage::Result<QList<ExchangeRecord>> ExchangeLog::list(const QDateTime &since, int limit)
{
    // The newest `limit` rows, returned oldest first.
    QString sql = QStringLiteral("SELECT id, at, method, endpoint, bytes_out, bytes_in, status, duration_ms, "
                                 "payload_id, error_kind, error FROM sync_exchanges WHERE at >= ? "
                                 "ORDER BY at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = m_db.run(sql, {since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min()});
    if (!q)
        return q.error();
    QList<ExchangeRecord> rows;
    QSqlQuery *query = *q;
    while (query->next()) {
        ExchangeRecord r;
        r.id = query->value(0).toLongLong();
        r.at = sql::time(query->value(1));
        r.method = query->value(2).toString();
        r.endpoint = query->value(3).toString();
        r.bytesOut = query->value(4).toLongLong();
        r.bytesIn = query->value(5).toLongLong();
        if (!query->value(6).isNull())
            r.status = query->value(6).toInt();
        r.durationMs = query->value(7).toLongLong();
        r.payloadId = query->value(8).toString();
        r.errorKind = query->value(9).toString();
        r.error = query->value(10).toString();
        rows.prepend(r);
    }
    return rows;
}

storage::Result<int> ExchangeLog::prune(const QDateTime &before)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM sync_exchanges WHERE at < ?"), {before.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

} // namespace fleet::sync
