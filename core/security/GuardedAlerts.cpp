#include "security/GuardedAlerts.h"

#include "security/AuditLog.h"

#include <QJsonArray>

namespace fleet::security {

SecurityResult<storage::AcknowledgeResult> acknowledgeAlerts(storage::Database &db, const Actor &actor,
                                                             const QList<qint64> &alertIds, const QString &note,
                                                             const QDateTime &at, storage::Reacknowledge mode,
                                                             const std::optional<QString> &recordedBy)
{
    const QString by = recordedBy.value_or(actor.name);
    QJsonArray ids;
    for (qint64 id : alertIds)
        ids.append(double(id));
    QJsonObject parameters{{QStringLiteral("alerts"), ids},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("replace"), mode == storage::Reacknowledge::Replace}};
    if (by != actor.name)
        parameters.insert(QStringLiteral("recordedBy"), by);
    AuditLog audit(db);
    const QString action = QStringLiteral("alerts.acknowledge");
    if (SecurityError denied = check(actor, Permission::AcknowledgeAlerts)) {
        auto logged = audit.append({actor, action, std::nullopt, parameters, kAuditDenied, denied.message});
        if (!logged)
            return logged.error();
        return denied;
    }
    auto result = storage::AlertRepository(db).acknowledge(alertIds, by, note, at, mode);
    if (!result) {
        auto logged = audit.append({actor, action, std::nullopt, parameters, kAuditFailed, result.error().message});
        if (!logged)
            return logged.error();
        return result.error();
    }
    QJsonArray stored;
    for (qint64 id : result->acknowledged)
        stored.append(double(id));
    parameters.insert(QStringLiteral("acknowledged"), stored);
    auto logged = audit.append({actor, action, std::nullopt, parameters, kAuditOk, {}});
    if (!logged)
        return logged.error();
    return *result;
}

} // namespace fleet::security
