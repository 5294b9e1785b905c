#include "actions/ActionPolicy.h"

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
} // namespace

ActionPolicy ActionPolicy::load(QSettings &settings)
{
    ActionPolicy policy;
    // QSettings reads "a,b" as a list and "a" as a string; toStringList covers both.
    const QStringList names = settings.value(kDisabledKey).toStringList();
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        if (const auto kind = actionFromName(name))
            policy.m_disabled.insert(*kind);
        else
            policy.m_unknownNames << name;
    }
    policy.m_remoteAllowed = settings.value(kAllowRemoteKey, false).toBool();
    return policy;
}

ActionPolicy ActionPolicy::load(const QString &iniPath)
{
    QSettings settings(iniPath, QSettings::IniFormat);
    return load(settings);
}

void ActionPolicy::save(QSettings &settings) const
{
    QStringList names;
    for (ActionKind k : allActions())
        if (m_disabled.contains(k))
            names << actionName(k);
    names += m_unknownNames;
    settings.setValue(kDisabledKey, names);
    settings.setValue(kAllowRemoteKey, m_remoteAllowed);
}

void ActionPolicy::setDisabled(ActionKind kind, bool disabled)
{
    if (disabled)
        m_disabled.insert(kind);
    else
        m_disabled.remove(kind);
}

QString ActionPolicy::refusal(const ActionRequest &request) const
{
    if (m_disabled.contains(request.kind))
        return tr("The action \"%1\" is disabled by an administrator.").arg(actionName(request.kind));
    if (request.origin == Origin::Remote && !m_remoteAllowed)
        return tr("Remote action \"%1\" denied by policy: this agent does not accept actions from the server.")
            .arg(actionName(request.kind));
    return {};
}

} // namespace fleet::actions
