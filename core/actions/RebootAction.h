#pragma once
// Reboot: read sysUpTime, SET prtGeneralReset to powerCycleReset (4) with the separate write
// credential, then poll sysUpTime until it shows the agent restarted (the uptime is lower than a
// clock that kept counting would be) or the timeout passes.
// Limit: sysUpTime is the SNMP agent's uptime; a device that restarts its print engine but not its
// network controller is not seen as rebooted and times out.

#include "actions/Action.h"
#include "snmp/AsyncSession.h"

#include <QElapsedTimer>
#include <QTimer>

namespace fleet::actions {

class RebootAction final : public Action
{
    Q_OBJECT
public:
    RebootAction(ActionRequest request, ActionContext context, QObject *parent = nullptr);
    void start() override;

    // Ticks of slack between our clock and the agent's: a restart must have lost more than this.
    static constexpr qint64 kMarginTicks = 100;
    // True when uptimeNow cannot be the same run of the agent that reported uptimeBefore
    // elapsedMs ago (all uptimes in 1/100 s ticks).
    static bool restarted(qint64 uptimeBefore, qint64 uptimeNow, qint64 elapsedMs);

private:
    void readUptimeBefore(int credentialIndex);
    void sendReset();
    void check();
    void onCheck(const snmp::Response &r);

    snmp::Credential m_readCredential;
    qint64 m_uptimeBefore = 0;
    QElapsedTimer m_sinceBefore;
    QElapsedTimer m_sinceReset;
    QTimer m_timer;
    bool m_sawDown = false;
    bool m_sawUpUnchanged = false;
    QString m_setNote;
};

} // namespace fleet::actions
