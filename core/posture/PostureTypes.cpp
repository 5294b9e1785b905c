#include "posture/PostureTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

Q_LOGGING_CATEGORY(lcPosture, "fleet.posture", QtInfoMsg)

namespace fleet::posture {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::posture", s);
}

const QString kDeviceId = QStringLiteral("deviceId");
const QString kHost = QStringLiteral("host");
const QString kSnmpPort = QStringLiteral("snmpPort");
const QString kProbedAt = QStringLiteral("probedAt");
const QString kError = QStringLiteral("error");
const QString kCommunities = QStringLiteral("defaultCommunities");
const QString kVersion = QStringLiteral("version");
const QString kCommunity = QStringLiteral("community");
const QString kWrite = QStringLiteral("writeAccepted");
const QString kWriteCommunity = QStringLiteral("writeCommunity");
const QString kWriteNote = QStringLiteral("writeNote");
const QString kV3 = QStringLiteral("snmpV3");
const QString kServices = QStringLiteral("services");
const QString kService = QStringLiteral("service");
const QString kPort = QStringLiteral("port");
const QString kState = QStringLiteral("state");
} // namespace

QString serviceName(Service s)
{
    switch (s) {
    case Service::Ftp:
        return QStringLiteral("ftp");
    case Service::Telnet:
        return QStringLiteral("telnet");
    case Service::Http:
        return QStringLiteral("http");
    case Service::Https:
        return QStringLiteral("https");
    case Service::Lpr:
        return QStringLiteral("lpr");
    case Service::Ipp:
        return QStringLiteral("ipp");
    case Service::Raw:
        return QStringLiteral("raw");
    }
    return {};
}

std::optional<Service> serviceFromName(QStringView name)
{
    for (Service s : allServices())
        if (name == serviceName(s))
            return s;
    return std::nullopt;
}

QList<Service> allServices()
{
    return {Service::Ftp, Service::Telnet, Service::Http, Service::Https, Service::Lpr, Service::Ipp, Service::Raw};
}

quint16 defaultPort(Service s)
{
    switch (s) {
    case Service::Ftp:
        return 21;
    case Service::Telnet:
        return 23;
    case Service::Http:
        return 80;
    case Service::Https:
        return 443;
    case Service::Lpr:
        return 515;
    case Service::Ipp:
        return 631;
    case Service::Raw:
        return 9100;
    }
    return 0;
}

QString portStateName(PortState s)
{
    switch (s) {
    case PortState::Open:
        return QStringLiteral("open");
    case PortState::Closed:
        return QStringLiteral("closed");
    case PortState::NoAnswer:
        return QStringLiteral("noAnswer");
    }
    return {};
}

QString observedName(Observed o)
{
    switch (o) {
    case Observed::Yes:
        return QStringLiteral("yes");
    case Observed::No:
        return QStringLiteral("no");
    case Observed::NotTested:
        return QStringLiteral("notTested");
    }
    return {};
}

Observed observedFromName(QStringView name)
{
    if (name == u"yes")
        return Observed::Yes;
    if (name == u"no")
        return Observed::No;
    return Observed::NotTested;
}

bool ProbeResult::answeredAnything() const
{
    if (!defaultCommunities.isEmpty() || v3 == Observed::Yes)
        return true;
    for (const ServiceResult &s : services)
        if (s.state != PortState::NoAnswer)
            return true;
    return false;
}

bool ProbeResult::isOpen(Service s) const
{
    for (const ServiceResult &r : services)
        if (r.service == s && r.state == PortState::Open)
            return true;
    return false;
}

QJsonObject ProbeResult::toJson() const
{
    QJsonArray communities;
    for (const CommunityAnswer &c : defaultCommunities)
        communities.append(QJsonObject{{kVersion, snmp::versionName(c.version)}, {kCommunity, c.community}});
    QJsonArray svc;
    for (const ServiceResult &s : services)
        svc.append(
            QJsonObject{{kService, serviceName(s.service)}, {kPort, int(s.port)}, {kState, portStateName(s.state)}});
    QJsonObject o{{kDeviceId, double(deviceId)},     {kHost, host},
                  {kSnmpPort, int(snmpPort)},        {kProbedAt, probedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {kCommunities, communities},       {kWrite, observedName(writeAccepted)},
                  {kWriteCommunity, writeCommunity}, {kWriteNote, writeNote},
                  {kV3, observedName(v3)},           {kServices, svc}};
    if (!error.isEmpty())
        o.insert(kError, error);
    return o;
}

std::optional<ProbeResult> ProbeResult::fromJson(const QJsonObject &o)
{
    if (!o.contains(kDeviceId) || !o.contains(kProbedAt))
        return std::nullopt;
    ProbeResult r;
    r.deviceId = qint64(o.value(kDeviceId).toDouble());
    r.host = o.value(kHost).toString();
    r.snmpPort = quint16(o.value(kSnmpPort).toInt(161));
    r.probedAt = QDateTime::fromString(o.value(kProbedAt).toString(), Qt::ISODateWithMs);
    r.error = o.value(kError).toString();
    for (const QJsonValue &v : o.value(kCommunities).toArray()) {
        const QJsonObject c = v.toObject();
        const auto version = snmp::versionFromName(c.value(kVersion).toString());
        if (version)
            r.defaultCommunities.append({*version, c.value(kCommunity).toString()});
    }
    r.writeAccepted = observedFromName(o.value(kWrite).toString());
    r.writeCommunity = o.value(kWriteCommunity).toString();
    r.writeNote = o.value(kWriteNote).toString();
    r.v3 = observedFromName(o.value(kV3).toString());
    for (const QJsonValue &v : o.value(kServices).toArray()) {
        const QJsonObject s = v.toObject();
        const auto service = serviceFromName(s.value(kService).toString());
        if (!service)
            continue; // a newer version may probe more
        const QString state = s.value(kState).toString();
        r.services.append({*service, quint16(s.value(kPort).toInt()),
                           state == u"open"     ? PortState::Open
                           : state == u"closed" ? PortState::Closed
                                                : PortState::NoAnswer});
    }
    return r;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Info:
        return tr("Info");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

int severityWeight(Severity s)
{
    switch (s) {
    case Severity::Info:
        return 0;
    case Severity::Low:
        return 5;
    case Severity::Medium:
        return 10;
    case Severity::High:
        return 20;
    case Severity::Critical:
        return 40;
    }
    return 0;
}

int scoreOf(const QList<Finding> &findings)
{
    int score = 100;
    for (const Finding &f : findings)
        score -= severityWeight(f.severity);
    return qMax(0, score);
}

} // namespace fleet::posture
