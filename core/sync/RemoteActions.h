#pragma once
// The device actions the remote-services server asks for (reboot, printTestPage, troubleshoot,
// firmwareUpgrade) under the customer's policy (actions::ActionPolicy): run at once through
// actions::ActionRunner as the Remote actor, held for consent (ConsentStore) and answered
// "pending", or denied with the reason. Also runs the requests a person approved. Lives on the
// SyncAgent's thread and uses its database connection; the runner records through its own
// DatabaseWorker.

#include "actions/ActionPolicy.h"
#include "sync/CommandValidator.h"
#include "sync/ConsentStore.h"
#include "util/ProfileRoot.h"

#include <QObject>

#include <functional>
#include <memory>

namespace fleet::storage {
class Database;
class DatabaseWorker;
class SecretStore;
} // namespace fleet::storage

namespace fleet::sync {

class RemoteActions final : public QObject
{
    Q_OBJECT
public:
    // state is the protocol's result state (done, failed, denied, pending, unsupported).
    using Finished = std::function<void(const QString &state, const QString &message, const QJsonObject &details)>;

    RemoteActions(ProfileRoot profile, storage::Database &db, storage::SecretStore &secrets, QObject *parent = nullptr);
    ~RemoteActions() override;
    Q_DISABLE_COPY_MOVE(RemoteActions)

    // The device action a command asks for; nullopt for refreshStatus and syncNow, which are part
    // of the monitoring service and not device actions.
    static std::optional<actions::ActionKind> actionFor(CommandAction action);

    // A new command (its sync_commands row exists): runs it, stores a consent and answers
    // "pending", or answers "denied"/"unsupported", by the policy in the profile's settings.
    // consentHours of the policy, capped by the command's own expiry, bounds the wait.
    void handle(const Command &command, const QDateTime &now, Finished finished);
    // A consent claimed by the agent: runs it with the policy as it is now (locked-down mode and
    // disabled actions still refuse it).
    void runApproved(const Consent &consent, Finished finished);

    // For tests: the knobs of the actions (job ports, timeouts).
    void setActionOptions(const actions::ActionOptions &options) { m_options = options; }

private:
    // The request for a stored device, with its credential profiles; empty and *error set when
    // the device is gone or the credentials cannot be read.
    std::optional<actions::ActionRequest> requestFor(actions::ActionKind kind, qint64 deviceId, QString *error);
    void run(const actions::ActionRequest &request, const actions::ActionPolicy &policy, Finished finished);
    void finishLater(Finished finished, const QString &state, const QString &message, const QJsonObject &details = {});

    ProfileRoot m_profile;
    storage::Database &m_db;
    storage::SecretStore &m_secrets;
    actions::ActionOptions m_options;
    std::unique_ptr<storage::DatabaseWorker> m_worker;
};

} // namespace fleet::sync
