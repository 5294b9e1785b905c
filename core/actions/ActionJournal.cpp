#include "actions/ActionJournal.h"

#include "storage/EventLog.h"

namespace fleet::actions {

QJsonObject ActionRunRecord::toJson() const
{
    return {
        {QStringLiteral("actor"), actor.name},
        {QStringLiteral("role"), security::roleName(actor.role)},
        {QStringLiteral("origin"), origin == Origin::Remote ? QStringLiteral("remote") : QStringLiteral("local")},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), actionName(kind)},
        {QStringLiteral("device"), device.label()},
        {QStringLiteral("host"), device.host},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("outcome"), outcomeName(result.outcome)},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("result"), result.details},
    };
}

storage::StorageError recordActionRun(storage::Database &db, const ActionRunRecord &record)
{
    // English on purpose: the event log's messages are for logs and exports (storage/EventLog.h).
    const QString message = QStringLiteral("Action %1 on %2 by %3: %4 (%5)")
                                .arg(actionName(record.kind), record.device.label(),
                                     record.actor.name.isEmpty() ? QStringLiteral("unknown") : record.actor.name,
                                     outcomeName(record.result.outcome), record.result.message);
    // A device deleted meanwhile (or an id that never existed) must not lose the record.
    std::optional<qint64> deviceId = record.device.deviceId;
    if (deviceId) {
        auto exists = db.scalar(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {*deviceId});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            deviceId.reset();
    }
    storage::EventLog log(db);
    auto id = log.record(deviceId, record.finishedAt, QString::fromLatin1(kActionEventKind), message, record.toJson());
    if (!id)
        return id.error();
    return {};
}

} // namespace fleet::actions
