#pragma once
// Which actions may run: an administrator disables actions in the profile's fleetkeeper.ini
// ([actions] disabled=reboot,firmware), and actions asked for by the remote-services server run
// only when the customer allowed it ([actions] allowRemote=true; default: denied). Checked by the
// ActionRunner for every request, whatever front end it came from.

#include "actions/ActionTypes.h"

#include <QSet>

class QSettings;

namespace fleet::actions {

class ActionPolicy final
{
public:
    ActionPolicy() = default;
    // Reads [actions] disabled and allowRemote. Unknown names in the list are ignored (a newer
    // version may know more actions) but kept by save().
    static ActionPolicy load(QSettings &settings);
    static ActionPolicy load(const QString &iniPath);
    void save(QSettings &settings) const;

    void setDisabled(ActionKind kind, bool disabled);
    bool isDisabled(ActionKind kind) const { return m_disabled.contains(kind); }
    void setRemoteAllowed(bool allowed) { m_remoteAllowed = allowed; }
    bool remoteAllowed() const { return m_remoteAllowed; }

    // Empty when the request may run; otherwise the reason it is refused.
    QString refusal(const ActionRequest &request) const;

private:
    QSet<ActionKind> m_disabled;
    QStringList m_unknownNames;
    bool m_remoteAllowed = false;
};

} // namespace fleet::actions
