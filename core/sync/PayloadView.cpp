#include "sync/PayloadView.h"

#include "security/Guard.h"
#include "sync/Outbox.h"
#include "sync/PayloadArchive.h"
#include "sync/SyncAgent.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>

namespace fleet::sync {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::sync::PayloadView", s);
}

security::SecurityError failed(const QString &message)
{
    return {security::SecurityErrorCode::InvalidArgument, message};
}
} // namespace

security::SecurityResult<QByteArray> decryptOutboxPayload(storage::Database &db, const storage::SecretStore &secrets,
                                                          const security::Actor &actor, qint64 outboxId)
{
    const security::AuditEntry what{actor, QStringLiteral("payload.view"), std::nullopt,
                                    QJsonObject{{QStringLiteral("outboxId"), double(outboxId)}}};
    if (auto denied = security::authorize(db, security::Permission::ViewPayload, what, security::Audit::RefusalsOnly))
        return denied;
    auto item = Outbox(db).item(outboxId);
    QString problem;
    std::optional<QByteArray> xml;
    if (!item) {
        problem = item.error().message;
    } else if (!*item) {
        problem = tr("There is no outbox item %1 (it may have been pruned).").arg(outboxId);
    } else {
        auto unpacked = PayloadArchive::unpack((*item)->body, SyncSecrets::from(secrets).payloadKey);
        if (unpacked)
            xml = *unpacked;
        else
            problem = tr("The payload cannot be decrypted with the stored key: %1").arg(unpacked.error());
    }
    if (auto e = security::recordOutcome(db, what, problem))
        return e;
    if (!xml)
        return failed(problem);
    return *xml;
}

security::SecurityResult<QByteArray> previewPayloadXml(SyncAgent &agent, const security::Actor &actor, bool lockedDown)
{
    const security::AuditEntry what{actor, QStringLiteral("payload.preview"), std::nullopt,
                                    QJsonObject{{QStringLiteral("lockedDown"), lockedDown}}};
    if (const SyncError e = agent.open())
        return failed(e.message);
    if (auto denied =
            security::authorize(agent.db(), security::Permission::ViewPayload, what, security::Audit::RefusalsOnly))
        return denied;
    auto xml = agent.buildPayloadXml(lockedDown);
    if (auto e = security::recordOutcome(agent.db(), what, xml ? QString() : xml.error()))
        return e;
    if (!xml)
        return failed(xml.error());
    return *xml;
}

} // namespace fleet::sync
