#pragma once
// Consent for remote device actions (docs/actions.md, "Remote actions"): under the "ask" policy a
// device action the server asks for waits in action_consents until a person approves or denies
// it, or it expires. A decision checks that the actor is a person with the action's permission and
// goes to the audit log; every final outcome (denied, expired, the run's result) is written, in
// the same transaction, as the command's result for the server (sync_commands, with a new
// idempotency key), so that it is posted at once or at the next command poll.

#include "actions/ActionTypes.h"
#include "security/SecurityError.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace fleet::sync {

enum class ConsentState : quint8 {
    Pending,  // waiting for a person
    Approved, // approved; the agent runs it at its next consent pass
    Denied,   // denied by a person
    Expired,  // nobody decided in time
    Running,  // claimed by an agent
    Ran,      // ran; result holds the outcome
};
QString consentStateName(ConsentState state);
std::optional<ConsentState> consentStateFromName(QStringView name);

// The permission a person needs to approve or deny a remote request for this action.
security::Permission consentPermission(actions::ActionKind kind);

struct Consent
{
    qint64 id = 0;
    QString commandId;
    actions::ActionKind kind = actions::ActionKind::Status;
    std::optional<qint64> deviceId;
    QString deviceLabel; // as shown when the request arrived
    QJsonObject parameters;
    QDateTime receivedAt;
    QDateTime expiresAt;
    ConsentState state = ConsentState::Pending;
    QString decidedBy;
    QString decidedRole;
    QDateTime decidedAt;
    QString reason;     // why it was denied
    QJsonObject result; // {"state", "message", "details"} as reported to the server
    QDateTime finishedAt;

    QJsonObject toJson() const;
};

class ConsentStore final
{
public:
    // clock: nullptr = the system clock (UTC now).
    explicit ConsentStore(storage::Database &db, std::function<QDateTime()> clock = {});

    // Stores a new pending request; the command's row in sync_commands must exist.
    storage::Result<qint64> add(const Consent &consent);
    storage::Result<std::optional<Consent>> find(qint64 id);
    // Newest first; state nullopt: every state.
    storage::Result<QList<Consent>> list(std::optional<ConsentState> state = std::nullopt);

    // A person decides. Errors: Denied (not a person, or the role may not run the action: the
    // attempt is audited as denied), NotFound, InvalidArgument (already decided or expired),
    // Storage.
    security::SecurityResult<Consent> approve(qint64 id, const security::Actor &actor);
    security::SecurityResult<Consent> deny(qint64 id, const security::Actor &actor, const QString &reason);

    // Pending requests past their time become expired, reported as such; returns them.
    storage::Result<QList<Consent>> expireDue();
    // The oldest approved request, now marked running (so no other agent runs it too).
    storage::Result<std::optional<Consent>> claimApproved();
    // The run's result: the consent becomes ran and the command's result is stored for the server.
    storage::StorageError finish(qint64 id, const QString &state, const QString &message, const QJsonObject &details);
    // Something for the agent to do now: an approved request, a due expiry, or a final result of
    // a consent that was never tried to post (a decision made in another process).
    storage::Result<bool> hasWork();

    // The result for the server of a command (sync_commands), posted at the next chance.
    static storage::StorageError storeCommandResult(storage::Database &db, const QString &commandId,
                                                    const QString &state, const QString &message,
                                                    const QJsonObject &details, const QDateTime &at);

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    security::SecurityResult<Consent> decide(qint64 id, const security::Actor &actor, bool approve,
                                             const QString &reason);
    // Begins tx and reads request id inside it, as decide() and finish() both start; nullopt when
    // there is no such request, which each of them reports with its own error code.
    storage::Result<std::optional<Consent>> beginAndFind(storage::Transaction &tx, qint64 id);
    storage::Result<QList<Consent>> select(const QString &where, const QVariantList &values);

    storage::Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace fleet::sync
