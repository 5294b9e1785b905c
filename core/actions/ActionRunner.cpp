#include "actions/ActionRunner.h"

#include "actions/FirmwareAction.h"
#include "actions/RebootAction.h"
#include "actions/ScopeAction.h"
#include "actions/StatusAction.h"
#include "actions/TestPageAction.h"
#include "actions/TroubleshootAction.h"
#include "actions/WebPageAction.h"
#include "storage/DatabaseWorker.h"

namespace fleet::actions {

security::Permission actionPermission(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Status:
        return security::Permission::ActionDeviceStatus;
    case ActionKind::Reboot:
        return security::Permission::ActionReboot;
    case ActionKind::TestPage:
        return security::Permission::ActionPrintTestPage;
    case ActionKind::Firmware:
        return security::Permission::ActionUpgradeFirmware;
    case ActionKind::Troubleshoot:
        return security::Permission::ActionTroubleshoot;
    case ActionKind::WebPage:
        return security::Permission::ActionOpenWebPage;
    case ActionKind::Manage:
    case ActionKind::Unmanage:
        return security::Permission::ActionStartManagement;
    }
    return security::Permission::ActionReboot; // unreachable; the strictest kind of action
}

std::unique_ptr<Action> createAction(const ActionRequest &request, ActionContext context)
{
    switch (request.kind) {
    case ActionKind::Status:
        return std::make_unique<StatusAction>(request, context);
    case ActionKind::Reboot:
        return std::make_unique<RebootAction>(request, context);
    case ActionKind::TestPage:
        return std::make_unique<TestPageAction>(request, context);
    case ActionKind::Firmware:
        return std::make_unique<FirmwareAction>(request, context);
    case ActionKind::Troubleshoot:
        return std::make_unique<TroubleshootAction>(request, context);
    case ActionKind::WebPage:
        return std::make_unique<WebPageAction>(request, context);
    case ActionKind::Manage:
    case ActionKind::Unmanage:
        return std::make_unique<ScopeAction>(request, context);
    }
    return nullptr;
}

ActionRunner::ActionRunner(ActionRequest request, ActionPolicy policy, storage::DatabaseWorker *db, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
    , m_db(db)
{
    qRegisterMetaType<fleet::actions::ActionResult>();
}

ActionRunner::~ActionRunner()
{
    if (m_action && !m_action->isFinished()) {
        // Destroyed mid-run (window closed, process quitting): stop the I/O without a signal.
        m_action->disconnect(this);
        m_action->cancel();
    }
}

void ActionRunner::start()
{
    if (m_running || m_result)
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcActions) << actionName(m_request.kind) << "on" << m_request.device.label() << "by" << m_request.actor.name;
    QString reason = security::check(m_request.actor, actionPermission(m_request.kind)).message;
    if (reason.isEmpty())
        reason = m_policy.refusal(m_request);
    if (!reason.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, reason] {
                onActionFinished({Outcome::Refused, reason, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_action = createAction(m_request, ActionContext{m_db});
    connect(m_action.get(), &Action::progress, this, &ActionRunner::progress);
    connect(m_action.get(), &Action::finished, this, &ActionRunner::onActionFinished, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_action && !m_action->isFinished())
                m_action->start();
        },
        Qt::QueuedConnection);
}

void ActionRunner::cancel()
{
    if (m_action && m_running)
        m_action->cancel();
}

void ActionRunner::onActionFinished(const ActionResult &result)
{
    if (m_recording || m_result)
        return;
    m_recording = true;
    ActionRunRecord record;
    record.actor = m_request.actor;
    record.origin = m_request.origin;
    record.startedAt = m_startedAt;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.kind = m_request.kind;
    record.device = m_request.device;
    record.parameters = m_request.options.toJson(m_request.kind);
    record.result = result;
    qCInfo(lcActions) << actionName(m_request.kind) << "on" << m_request.device.label() << outcomeName(result.outcome)
                      << result.message;
    auto complete = [this, result](const QString &recordError) {
        ActionResult final = result;
        if (!recordError.isEmpty()) {
            qCWarning(lcActions) << "the action run was not recorded:" << recordError;
            final.details.insert(QStringLiteral("recordError"), recordError);
        }
        m_running = false;
        m_result = final;
        Q_EMIT finished(final);
    };
    if (!m_db) {
        complete(tr("No database to record the run in."));
        return;
    }
    m_db->exec([record](storage::Database &db) { return recordActionRun(db, record); }, this,
               [complete](storage::StorageError e) { complete(e.message); });
}

} // namespace fleet::actions
