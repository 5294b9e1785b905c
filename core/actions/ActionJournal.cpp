#include "actions/ActionJournal.h"

#include "security/AuditLog.h"
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
    // The event and the audit row are one transaction: a run is in both logs or in neither.
    storage::Transaction tx(db);
    if (auto e = tx.begin())
        return e;
    storage::EventLog log(db);
    auto id = log.record(deviceId, record.finishedAt, QString::fromLatin1(kActionEventKind), message, record.toJson());
    if (!id)
        return id.error();
    const QString result = record.result.outcome == Outcome::Succeeded ? QString(security::kAuditOk)
                           : record.result.outcome == Outcome::Refused ? QString(security::kAuditDenied)
                                                                       : QString(security::kAuditFailed);
    QJsonObject parameters = record.parameters;
    parameters.insert(QStringLiteral("origin"),
                      record.origin == Origin::Remote ? QStringLiteral("remote") : QStringLiteral("local"));
    parameters.insert(QStringLiteral("device"), record.device.label());
    parameters.insert(QStringLiteral("outcome"), outcomeName(record.result.outcome));
    // A request nobody signed is still recorded (and was refused: an anonymous actor may do nothing
    // but look).
    security::Actor actor = record.actor;
    if (actor.name.isEmpty())
        actor.name = QStringLiteral("unknown");
    auto audited =
        security::AuditLog(db).append({actor, QStringLiteral("action.") + actionName(record.kind), deviceId, parameters,
                                       result, result == security::kAuditOk ? QString() : record.result.message});
    if (!audited)
        return audited.error();
    return tx.commit();
}

} // namespace fleet::actions
