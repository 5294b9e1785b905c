#include "actions/ActionPolicy.h"

#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace fleet::actions {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::actions", s);
}
const QString kDisabledKey = QStringLiteral("actions/disabled");
const QString kAllowRemoteKey = QStringLiteral("actions/allowRemote");
const QString kRemotePolicyKey = QStringLiteral("actions/remotePolicy");
const QString kRemoteAllowedKey = QStringLiteral("actions/remoteAllowed");
const QString kConsentHoursKey = QStringLiteral("actions/consentHours");
// Read here too so that every runner, in every process, sees the mode (docs/sync.md).
const QString kSecurityModeKey = QStringLiteral("sync/securityMode");

// QSettings reads "a,b" as a list and "a" as a string; toStringList covers both.
void readNames(const QVariant &value, QSet<ActionKind> *kinds, QStringList *unknown)
{
    for (const QString &raw : value.toStringList()) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (const auto kind = actionFromName(name))
            kinds->insert(*kind);
        else
            *unknown << name;
    }
}

QStringList namesOf(const QSet<ActionKind> &kinds, const QStringList &unknown)
{
    QStringList names;
    for (ActionKind k : allActions())
        if (kinds.contains(k))
            names << actionName(k);
    return names + unknown;
}
} // namespace

QString remotePolicyName(RemotePolicy policy)
{
    switch (policy) {
    case RemotePolicy::Deny:
        return QStringLiteral("deny");
    case RemotePolicy::Ask:
        return QStringLiteral("ask");
    case RemotePolicy::AllowListed:
        return QStringLiteral("allow");
    }
    return {};
}

std::optional<RemotePolicy> remotePolicyFromName(QStringView name)
{
    for (RemotePolicy p : {RemotePolicy::Deny, RemotePolicy::Ask, RemotePolicy::AllowListed})
        if (name.trimmed().compare(remotePolicyName(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

ActionPolicy ActionPolicy::load(QSettings &settings)
{
    ActionPolicy policy;
    readNames(settings.value(kDisabledKey), &policy.m_disabled, &policy.m_unknownNames);
    readNames(settings.value(kRemoteAllowedKey), &policy.m_remoteAllowed, &policy.m_unknownAllowedNames);
    if (settings.contains(kRemotePolicyKey)) {
        // A value this version does not know falls back to the safe side.
        policy.m_remotePolicy =
            remotePolicyFromName(settings.value(kRemotePolicyKey).toString()).value_or(RemotePolicy::Deny);
    } else if (settings.value(kAllowRemoteKey, false).toBool()) {
        // Written by an earlier version: allowRemote=true let every remote action run.
        policy.setRemoteAllowed(true);
    }
    bool ok = false;
    const int hours = settings.value(kConsentHoursKey, kDefaultConsentHours).toInt(&ok);
    policy.m_consentHours = ok && hours >= 1 ? std::min(hours, kMaxConsentHours) : kDefaultConsentHours;
    policy.m_lockedDown =
        sync::securityModeFromName(settings.value(kSecurityModeKey).toString()) == sync::SecurityMode::LockedDown;
    return policy;
}

ActionPolicy ActionPolicy::load(const QString &iniPath)
{
    QSettings settings(iniPath, QSettings::IniFormat);
    return load(settings);
}

void ActionPolicy::save(QSettings &settings) const
{
    settings.setValue(kDisabledKey, namesOf(m_disabled, m_unknownNames));
    settings.setValue(kRemotePolicyKey, remotePolicyName(m_remotePolicy));
    settings.setValue(kRemoteAllowedKey, namesOf(m_remoteAllowed, m_unknownAllowedNames));
    settings.setValue(kConsentHoursKey, m_consentHours);
    settings.remove(kAllowRemoteKey);
}

void ActionPolicy::setDisabled(ActionKind kind, bool disabled)
{
    if (disabled)
        m_disabled.insert(kind);
    else
        m_disabled.remove(kind);
}

QStringList ActionPolicy::remoteAllowedNames() const
{
    return namesOf(m_remoteAllowed, {});
}

void ActionPolicy::setRemoteAllowed(bool allowed)
{
    if (!allowed) {
        m_remotePolicy = RemotePolicy::Deny;
        return;
    }
    m_remotePolicy = RemotePolicy::AllowListed;
    const QList<ActionKind> all = allActions();
    m_remoteAllowed = QSet<ActionKind>(all.cbegin(), all.cend());
}

RemoteDecision ActionPolicy::remoteDecision(ActionKind kind) const
{
    const QString name = actionName(kind);
    if (m_disabled.contains(kind))
        return {RemoteVerdict::Deny, tr("The action \"%1\" is disabled by an administrator.").arg(name)};
    if (m_lockedDown)
        return {RemoteVerdict::Deny, tr("Remote action \"%1\" denied: the agent is in locked-down mode.").arg(name)};
    // The server sends a URL, never a file the administrator chose and checked.
    if (kind == ActionKind::Firmware)
        return {RemoteVerdict::Deny, tr("Remote action \"firmware\" denied: firmware is only upgraded from a file "
                                        "an administrator gives on this machine.")};
    switch (m_remotePolicy) {
    case RemotePolicy::Deny:
        break;
    case RemotePolicy::Ask:
        return {m_consentGiven ? RemoteVerdict::Run : RemoteVerdict::Ask, {}};
    case RemotePolicy::AllowListed:
        if (m_remoteAllowed.contains(kind) || m_consentGiven)
            return {RemoteVerdict::Run, {}};
        return {RemoteVerdict::Deny,
                tr("Remote action \"%1\" denied by policy: it is not in the list of allowed actions.").arg(name)};
    }
    // Deny also wins over a consent given before the policy changed.
    return {RemoteVerdict::Deny,
            tr("Remote action \"%1\" denied by policy: this agent does not accept actions from the server.").arg(name)};
}

ActionPolicy ActionPolicy::withConsent() const
{
    ActionPolicy copy = *this;
    copy.m_consentGiven = true;
    return copy;
}

QString ActionPolicy::refusal(const ActionRequest &request) const
{
    if (m_disabled.contains(request.kind))
        return tr("The action \"%1\" is disabled by an administrator.").arg(actionName(request.kind));
    if (request.origin != Origin::Remote)
        return {};
    const RemoteDecision d = remoteDecision(request.kind);
    switch (d.verdict) {
    case RemoteVerdict::Run:
        return {};
    case RemoteVerdict::Ask:
        return tr("Remote action \"%1\" is awaiting consent: it runs only once a person approves it.")
            .arg(actionName(request.kind));
    case RemoteVerdict::Deny:
        break;
    }
    return d.reason;
}

} // namespace fleet::actions
