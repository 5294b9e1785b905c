#include "actions/StatusAction.h"

#include "collect/SnapshotJson.h"

namespace fleet::actions {

void StatusAction::start()
{
    report(5, tr("Polling %1…").arg(m_request.device.label()));
    connect(&m_poll, &PollOnce::done, this, [this](const DeviceSnapshot &s, const QString &storeError) {
        if (cancelRequested())
            return;
        QJsonObject details = collect::snapshotToJson(s);
        if (!storeError.isEmpty())
            details.insert(QStringLiteral("storeError"), storeError);
        if (!s.reachable) {
            finish(Outcome::Failed, tr("%1 did not answer: %2").arg(m_request.device.label(), s.error.message),
                   details);
            return;
        }
        QString message = tr("%1 is %2 (printer: %3).")
                              .arg(m_request.device.label(), overallStatusName(s.status.overall),
                                   s.status.printerStatus.isEmpty() ? tr("unknown") : s.status.printerStatus);
        if (!storeError.isEmpty())
            message += u' ' + tr("The result could not be stored: %1").arg(storeError);
        finish(storeError.isEmpty() ? Outcome::Succeeded : Outcome::Failed, message, details);
    });
    m_poll.start(m_request.device, m_context.db, true);
}

void StatusAction::onCancel()
{
    m_poll.cancel();
    finish(Outcome::Cancelled, tr("Cancelled."));
}

} // namespace fleet::actions
