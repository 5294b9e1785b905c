#pragma once
// Base of the one-class-per-action implementations: a QObject on the caller's thread that does
// its I/O asynchronously (SNMP on the engine thread, sockets and DNS through the event loop) and
// ends exactly once with finished().

#include "actions/ActionTypes.h"

#include <QObject>

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::actions {

struct ActionContext
{
    storage::DatabaseWorker *db = nullptr; // stores snapshots and scope changes; optional for most actions
};

class Action : public QObject
{
    Q_OBJECT
public:
    Action(ActionRequest request, ActionContext context, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Action)

    virtual void start() = 0;
    // Asks the action to stop; it finishes with Outcome::Cancelled as soon as it safely can.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ActionRequest &request() const { return m_request; }

Q_SIGNALS:
    void progress(int percent, const QString &text);
    void finished(const fleet::actions::ActionResult &result);

protected:
    // Called once by cancel(); the default finishes at once (nothing to undo).
    virtual void onCancel();
    void finish(ActionResult result);
    void finish(Outcome outcome, const QString &message, const QJsonObject &details = {});
    void report(int percent, const QString &text);
    bool cancelRequested() const { return m_cancelRequested; }

    ActionRequest m_request;
    ActionContext m_context;

private:
    bool m_finished = false;
    bool m_cancelRequested = false;
};

} // namespace fleet::actions
