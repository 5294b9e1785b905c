#pragma once
// "Does this credential work on that host?": one probe with one credential profile, answered with
// the classified outcome an administrator can act on (wrong passphrase, unknown user, silence...)
// and, when it works, what the device says it is. The probe is the poll a discovery makes, so a
// test that passes here means discovery will reach the device with the same profile. Unlike a
// poll, every test starts with a fresh SNMPv3 engine discovery: an engine ID cached by an earlier
// poll would hide the one signature of a wrong privacy passphrase (see snmp/AsyncSession).

#include "collect/Poller.h"
#include "snmp/Credential.h"
#include "snmp/SnmpTypes.h"

#include <QHostAddress>
#include <QObject>

class QHostInfo;

#include <optional>

namespace fleet::discovery {

struct CredentialTestResult
{
    QString host;          // as the user typed it
    QString address;       // the address asked, "ip:port"; empty when the name did not resolve
    bool answered = false; // the agent accepted the credential and answered
    snmp::Error error;     // why it did not answer; when it did, why the poll ended early (if so)
    QString sysName;
    QString sysDescr;
    QString sysObjectID;
    QString manufacturer;
    QString model;
    bool printer = false; // hrDeviceType says printer, or the Printer-MIB answered
    qint64 durationMs = 0;
};

struct TestHost
{
    QString host; // IPv4, IPv6 (canonical, no brackets) or a DNS name
    quint16 port = 161;
};

class CredentialTester final : public QObject
{
    Q_OBJECT
public:
    explicit CredentialTester(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CredentialTester)

    // One host as typed: "printer.example", "10.0.0.5", "10.0.0.5:1161", "fe80::1", "[fe80::1]:1161".
    // Ranges, prefixes and lists are refused: a credential test asks one device.
    static std::optional<TestHost> parseHost(const QString &text, QString *why);

    // Starts the probe; a running one is cancelled first. Always answers through finished(), also
    // for an unusable host or credential (configError), never synchronously from start().
    void start(const QString &host, const snmp::Credential &credential);
    // Stops the probe; finished() reports "cancelled" before cancel() returns.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const fleet::discovery::CredentialTestResult &result);

private:
    void finishLater(const snmp::Error &error);
    void finishWith(const CredentialTestResult &result);
    void onResolved(quint64 generation, const QHostInfo &info);
    void probe(const QHostAddress &address);
    void onDevice(const DeviceSnapshot &snapshot);

    collect::Poller m_poller;
    QString m_host;
    TestHost m_target;
    snmp::Credential m_credential;
    bool m_running = false;
    quint64 m_generation = 0; // drops late answers (name lookup, queued refusal) of a replaced probe
};

} // namespace fleet::discovery

Q_DECLARE_METATYPE(fleet::discovery::CredentialTestResult)
