#pragma once
// core/posture owns the security posture report of R10 (docs/posture.md): a polite probe of each
// stored device (default SNMP communities, SNMP write with a default community, SNMPv3, open
// clear-text ports), its stored result, and the report with findings, remedies and a score per
// device plus the agent's own settings. This header holds the plain value types every part shares.

#include "snmp/Credential.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcPosture)

namespace fleet::posture {

// The TCP services the probe tries to connect to (R8 ports plus the clear-text admin ones).
enum class Service : quint8 { Ftp, Telnet, Http, Https, Lpr, Ipp, Raw };
QString serviceName(Service s); // stable: "ftp", "telnet", "http", "https", "lpr", "ipp", "raw"
std::optional<Service> serviceFromName(QStringView name);
QList<Service> allServices();
quint16 defaultPort(Service s);

struct ServicePort
{
    Service service = Service::Http;
    quint16 port = 0;
};

enum class PortState : quint8 {
    Open,     // the TCP handshake completed (the connection was closed at once, nothing sent)
    Closed,   // refused
    NoAnswer, // no answer within the timeout (filtered or host down)
};
QString portStateName(PortState s);

// Yes/No as observed, or NotTested when the probe could not find out (and says why).
enum class Observed : quint8 { NotTested, Yes, No };
QString observedName(Observed o);
Observed observedFromName(QStringView name);

struct CommunityAnswer
{
    snmp::Version version = snmp::Version::V2c;
    QString community;
};

struct ServiceResult
{
    Service service = Service::Http;
    quint16 port = 0;
    PortState state = PortState::NoAnswer;
};

// What one probe of one device saw. Stored as JSON per device (table posture_probes).
struct ProbeResult
{
    qint64 deviceId = 0;
    QString host;
    quint16 snmpPort = 161;
    QDateTime probedAt;
    QString error; // the device could not be probed at all (bad address, name does not resolve)

    QList<CommunityAnswer> defaultCommunities; // default communities that answered a GET of sysObjectID
    Observed writeAccepted = Observed::NotTested;
    QString writeCommunity; // the default community whose SET was accepted
    QString writeNote;      // why not tested, or what the agent answered
    Observed v3 = Observed::NotTested;
    QList<ServiceResult> services;

    bool answeredAnything() const;
    bool isOpen(Service s) const;
    QJsonObject toJson() const;
    static std::optional<ProbeResult> fromJson(const QJsonObject &o);
};

enum class Severity : quint8 { Info, Low, Medium, High, Critical };
QString severityName(Severity s);  // stable: "info", "low", "medium", "high", "critical"
QString severityTitle(Severity s); // translated
int severityWeight(Severity s);    // points taken off the score (docs/posture.md)

struct Finding
{
    QString id; // stable, e.g. "snmp-v2c-default-community"
    Severity severity = Severity::Info;
    QString title;  // one line, translated
    QString detail; // what was observed
    QString remedy; // what to do, in plain words
};

// 100 minus the weights of the findings, never below 0.
int scoreOf(const QList<Finding> &findings);

struct DevicePosture
{
    qint64 deviceId = 0;
    QString name;
    QString manufacturer;
    QString model;
    QString address;
    QString firmware;       // empty: unknown
    QString newestFirmware; // newest seen for the same model in the fleet
    QDateTime probedAt;     // invalid: never probed
    int score = 100;
    QList<Finding> findings;
};

struct PostureReport
{
    QDateTime generatedAt;
    QList<DevicePosture> devices;
    QList<Finding> agentFindings;
    int agentScore = 100;
};

} // namespace fleet::posture
