#pragma once
// Transparency (R3.7): every request the agent sends to the server, whatever its outcome, is a row
// of sync_exchanges: when, what, how many bytes each way, the status, how long it took, the
// payload or command it carried and the error. `fleetkeeper-cli audit` lists them.

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fleet::sync {

struct ExchangeRecord
{
    qint64 id = 0;
    QDateTime at; // when the request was started (UTC)
    QString method;
    QString endpoint; // path below the base URL, e.g. "/v1/payloads"
    qint64 bytesOut = 0;
    qint64 bytesIn = 0;
    std::optional<int> status; // none when no HTTP answer arrived
    qint64 durationMs = 0;
    QString payloadId; // idempotency key of the payload or command result, or the command id
    QString errorKind; // syncErrorKindName(); empty on success
    QString error;

    QJsonObject toJson() const;
};

class ExchangeLog final
{
public:
    explicit ExchangeLog(storage::Database &db)
        : m_db(db)
    {}

    storage::Result<qint64> record(const ExchangeRecord &exchange);
    // Oldest first; since is inclusive (invalid: from the start); limit > 0 keeps the newest rows.
    storage::Result<QList<ExchangeRecord>> list(const QDateTime &since = {}, int limit = 0);
    // Deletes rows older than before; returns how many.
    storage::Result<int> prune(const QDateTime &before);

private:
    storage::Database &m_db;
};

} // namespace fleet::sync
