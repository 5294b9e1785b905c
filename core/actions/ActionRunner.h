#pragma once
// Runs one action request: checks that the request's actor may run the action (the refusal reads
// "alice (Customer) may not reboot devices."), checks the policy (a disabled action, or a remote request the customer
// did not allow, is refused with the reason), runs the action with progress and cancel, records
// the run (who, when, what, on which device, parameters, result) and then reports finished().
// Lives on the caller's thread; the GUI thread is fine: every action is asynchronous and the
// record is written through the DatabaseWorker.

#include "actions/Action.h"
#include "actions/ActionJournal.h"
#include "actions/ActionPolicy.h"

#include <QObject>

#include <memory>

namespace fleet::actions {

// The permission an action needs (Manage/Unmanage: start-management).
security::Permission actionPermission(ActionKind kind);

// The Action class for a request (one per ActionKind).
std::unique_ptr<Action> createAction(const ActionRequest &request, ActionContext context);

class ActionRunner final : public QObject
{
    Q_OBJECT
public:
    // db may be null: nothing is stored or recorded then (a warning is logged), and Manage/Unmanage
    // are refused. It must outlive the runner.
    ActionRunner(ActionRequest request, ActionPolicy policy, storage::DatabaseWorker *db, QObject *parent = nullptr);
    ~ActionRunner() override;
    Q_DISABLE_COPY_MOVE(ActionRunner)

    // Starts the run; finished() always comes later, never from inside start().
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ActionRequest &request() const { return m_request; }
    // The result once finished() was emitted.
    const std::optional<ActionResult> &result() const { return m_result; }

Q_SIGNALS:
    void progress(int percent, const QString &text);
    void finished(const fleet::actions::ActionResult &result);

private:
    void onActionFinished(const ActionResult &result);

    ActionRequest m_request;
    ActionPolicy m_policy;
    storage::DatabaseWorker *m_db = nullptr;
    std::unique_ptr<Action> m_action;
    QDateTime m_startedAt;
    std::optional<ActionResult> m_result;
    bool m_running = false;
    bool m_recording = false;
};

} // namespace fleet::actions
