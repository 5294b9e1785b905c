#pragma once
// Troubleshoot: a checklist run step by step — DNS forward and reverse, ping, TCP reachability of
// the device's service ports, SNMP with each credential profile — with the failing steps named in
// the result. Every step has its own deadline, so one silent port cannot stall the rest.

#include "actions/Action.h"

#include <QHostAddress>
#include <QJsonArray>

#include <functional>

namespace fleet::actions {

class TroubleshootAction final : public Action
{
    Q_OBJECT
public:
    TroubleshootAction(ActionRequest request, ActionContext context, QObject *parent = nullptr);
    void start() override;

    struct Step
    {
        QString id;    // stable: "dns-forward", "dns-reverse", "ping", "tcp-9100", "snmp:<profile>"
        QString title; // translated
        std::function<void()> run;
    };

private:
    void next();
    // Records the current step's outcome and goes on with the next one.
    void stepDone(bool ok, const QString &detail, bool skipped = false);
    void buildSteps();
    void dnsForward();
    void dnsReverse();
    void ping();
    void tcp(quint16 port);
    void snmp(int credentialIndex);

    QList<Step> m_steps;
    int m_current = -1;
    QJsonArray m_checklist;
    QStringList m_failed;
    QHostAddress m_address;
};

} // namespace fleet::actions
