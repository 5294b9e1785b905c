#pragma once
// Which actions may run: an administrator disables actions in the profile's fleetkeeper.ini
// ([actions] disabled=reboot,firmware), and decides what happens to actions the remote-services
// server asks for ([actions] remotePolicy=ask|allow|deny with remoteAllowed=reboot,test-page for
// "allow"; default: deny). Locked-down mode ([sync] securityMode=lockedDown) denies every remote
// action whatever the policy. Checked by the ActionRunner for every request, whatever front end
// it came from; the sync agent asks remoteDecision() first to know whether to ask for consent.

#include "actions/ActionTypes.h"

#include <QSet>

class QSettings;

namespace fleet::actions {

enum class RemotePolicy : quint8 {
    Deny,        // every remote action is refused ("denied by policy")
    Ask,         // each one waits until a person approves or denies it
    AllowListed, // the listed actions run at once, the others are refused
};
// "deny", "ask", "allow" (the ini values and the CLI words).
QString remotePolicyName(RemotePolicy policy);
std::optional<RemotePolicy> remotePolicyFromName(QStringView name);

enum class RemoteVerdict : quint8 { Run, Ask, Deny };

struct RemoteDecision
{
    RemoteVerdict verdict = RemoteVerdict::Deny;
    QString reason; // for Deny: readable, sent to the server as the result message
};

class ActionPolicy final
{
public:
    static constexpr int kDefaultConsentHours = 24;
    static constexpr int kMaxConsentHours = 24 * 30;

    ActionPolicy() = default;
    // Reads [actions] disabled, remotePolicy, remoteAllowed, consentHours, the older allowRemote
    // (true without remotePolicy: every action allowed) and [sync] securityMode. Unknown names in
    // the lists are ignored (a newer version may know more actions) but kept by save().
    static ActionPolicy load(QSettings &settings);
    static ActionPolicy load(const QString &iniPath);
    // Writes the [actions] keys (never the security mode, which belongs to the sync settings) and
    // drops the older allowRemote. Unchecked and unaudited: the CLI and the GUI go through
    // changeActionPolicy() (ActionPolicyChange.h), which calls this once the acting user was allowed.
    void save(QSettings &settings) const;

    void setDisabled(ActionKind kind, bool disabled);
    bool isDisabled(ActionKind kind) const { return m_disabled.contains(kind); }

    void setRemotePolicy(RemotePolicy policy) { m_remotePolicy = policy; }
    RemotePolicy remotePolicy() const { return m_remotePolicy; }
    void setRemoteAllowedActions(const QSet<ActionKind> &kinds) { m_remoteAllowed = kinds; }
    QSet<ActionKind> remoteAllowedActions() const { return m_remoteAllowed; }
    QStringList remoteAllowedNames() const; // in the order of allActions()
    // The older switch: true = every action allowed without asking, false = deny.
    void setRemoteAllowed(bool allowed);
    bool remoteAllowed() const { return m_remotePolicy != RemotePolicy::Deny; }
    void setLockedDown(bool lockedDown) { m_lockedDown = lockedDown; }
    bool isLockedDown() const { return m_lockedDown; }
    // How long a request waits for a decision before it expires.
    void setConsentHours(int hours) { m_consentHours = hours; }
    int consentHours() const { return m_consentHours; }

    // What to do with a remote request for this action.
    RemoteDecision remoteDecision(ActionKind kind) const;
    // The same policy for running a remote request a person approved: "ask" counts as allowed;
    // disabled actions and locked-down mode still refuse it.
    ActionPolicy withConsent() const;

    // Empty when the request may run; otherwise the reason it is refused.
    QString refusal(const ActionRequest &request) const;

private:
    QSet<ActionKind> m_disabled;
    QStringList m_unknownNames;
    RemotePolicy m_remotePolicy = RemotePolicy::Deny;
    QSet<ActionKind> m_remoteAllowed;
    QStringList m_unknownAllowedNames;
    int m_consentHours = kDefaultConsentHours;
    bool m_lockedDown = false;
    bool m_consentGiven = false;
};

} // namespace fleet::actions
