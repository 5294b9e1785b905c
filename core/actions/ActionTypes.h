#pragma once
// core/actions owns the device actions of R5 (refresh status, reboot, test page, firmware upgrade,
// troubleshoot, web page, manage/unmanage): what may run (ActionPolicy), one small class per
// action, the ActionRunner that runs one request with progress, cancel and a recorded result.
// This header holds the plain value types every part shares.

#include "security/Permissions.h"
#include "snmp/Credential.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcActions)

namespace fleet::actions {

enum class ActionKind : quint8 {
    Status,       // poll the device now
    Reboot,       // prtGeneralReset = powerCycleReset, then wait for the uptime to restart
    TestPage,     // a short text job to raw 9100 (or LPR 515) naming the device and the time
    Firmware,     // stream a firmware file to raw 9100, then poll the firmware version again
    Troubleshoot, // ping, TCP ports, SNMP per credential profile, DNS forward and reverse
    WebPage,      // the device's web page, https first
    Manage,       // back in scope for polling and upload
    Unmanage,     // out of scope
};

// Stable names: the CLI verbs, the settings' disabled list and the recorded runs use them.
QString actionName(ActionKind kind);
std::optional<ActionKind> actionFromName(QStringView name);
QList<ActionKind> allActions();
QString actionTitle(ActionKind kind); // translated, for messages

enum class Outcome : quint8 {
    Succeeded,
    Failed,    // ran, and the device did not do what was asked (or a step failed)
    Refused,   // never started: disabled, denied by policy, a pre-check failed, not confirmed
    Cancelled, // stopped by the user
    TimedOut,  // the device did not confirm in time
};
QString outcomeName(Outcome outcome);

struct ActionResult
{
    Outcome outcome = Outcome::Failed;
    QString message;     // one readable sentence
    QJsonObject details; // values behind the message (checklist, URL, firmware before/after...)

    bool ok() const { return outcome == Outcome::Succeeded; }
};

// The device an action acts on, as the caller knows it (usually a stored device).
struct DeviceTarget
{
    std::optional<qint64> deviceId; // stored device; needed by Manage/Unmanage and to store results
    QString name;                   // shown on the test page and in messages
    QString host;                   // name or address, without the SNMP port
    quint16 snmpPort = 161;
    QString model;                                   // for the firmware file hints
    QString serial;                                  // printed on the test page
    QList<snmp::Credential> credentials;             // read profiles, tried in order
    std::optional<snmp::Credential> writeCredential; // the separate SET credential (reboot)

    QString label() const; // "name (host)" or the host
    // host and snmpPort from an address as the fleet stores it: "host", "host:port", "[v6]" or
    // "[v6]:port"; a port that is missing or not a port keeps snmpPort as it is.
    void setAddress(const QString &address);
};

// Knobs of the actions. The defaults are the product's; tests override ports and timeouts.
// The ports troubleshooting checks (a function: GCC 12 warns falsely about an initializer list
// as a default member initializer).
inline QList<quint16> defaultTroubleshootPorts()
{
    return {80, 443, 9100, 515, 631};
}

struct ActionOptions
{
    quint16 rawPort = 9100;
    quint16 lprPort = 515;
    bool useLpr = false;
    QString lprQueue = QStringLiteral("raw");
    int connectTimeoutMs = 5000;
    int stallTimeoutMs = 30000; // a job that accepts no byte for this long fails

    QString firmwarePath;
    bool confirmed = false;                // the administrator confirmed the firmware upgrade
    int firmwareRecheckTimeoutMs = 600000; // how long the device may take to answer after an upgrade
    int recheckIntervalMs = 5000;

    int rebootTimeoutMs = 300000;
    int resetDeviceIndex = 1; // hrDeviceIndex of prtGeneralReset

    QList<quint16> tcpPorts = defaultTroubleshootPorts();
    quint16 httpPort = 80;
    quint16 httpsPort = 443;
    bool usePing = true;

    // What is recorded with the run (no secrets: credentials are recorded by name only).
    QJsonObject toJson(ActionKind kind) const;
};

enum class Origin : quint8 { Local, Remote };

struct ActionRequest
{
    ActionKind kind = ActionKind::Status;
    security::Actor actor; // who asked; checked against the permission matrix before anything runs
    Origin origin = Origin::Local;
    DeviceTarget device;
    ActionOptions options;
};

} // namespace fleet::actions

Q_DECLARE_METATYPE(fleet::actions::ActionResult)
