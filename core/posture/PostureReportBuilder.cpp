#include "posture/PostureReportBuilder.h"

#include "actions/ActionPolicy.h"
#include "posture/PostureStore.h"
#include "storage/FleetRepository.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace fleet::posture {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::posture", s);
}

QString modelKey(const storage::DeviceRecord &d)
{
    if (d.model.trimmed().isEmpty())
        return {};
    return d.manufacturer.trimmed().toCaseFolded() + u'|' + d.model.trimmed().toCaseFolded();
}

QStringList communityList(const ProbeResult &p, snmp::Version v)
{
    QStringList out;
    for (const CommunityAnswer &c : p.defaultCommunities)
        if (c.version == v)
            out.append(QStringLiteral("\"%1\"").arg(c.community));
    return out;
}

// The token at pos: a run of digits or a run of anything else.
QStringView token(QStringView s, qsizetype &pos)
{
    const qsizetype start = pos;
    const bool digits = s.at(pos).isDigit();
    while (pos < s.size() && s.at(pos).isDigit() == digits)
        ++pos;
    return s.mid(start, pos - start);
}

void portFinding(QList<Finding> &out, const ProbeResult &p, Service s, const QString &id, Severity severity,
                 const QString &title, const QString &remedy)
{
    for (const ServiceResult &r : p.services)
        if (r.service == s && r.state == PortState::Open) {
            out.append({id, severity, title, tr("TCP port %1 accepted a connection.").arg(r.port), remedy});
            return;
        }
}
} // namespace

AgentSettings AgentSettings::load(const QString &iniPath)
{
    QSettings ini(iniPath, QSettings::IniFormat);
    const sync::SyncSettings sync = sync::SyncSettings::load(ini);
    const actions::ActionPolicy policy = actions::ActionPolicy::load(ini);
    AgentSettings a;
    a.registered = sync.isRegistered();
    a.lockedDown = sync.isLockedDown();
    a.pinSet = !sync.pin.trimmed().isEmpty();
    a.remoteActionsAllowed = policy.remoteAllowed() && !a.lockedDown;
    for (actions::ActionKind k : {actions::ActionKind::Reboot, actions::ActionKind::Firmware})
        if (!policy.isDisabled(k))
            a.deviceChangingActionsEnabled.append(actions::actionName(k));
    return a;
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringView x = QStringView(a).trimmed(), y = QStringView(b).trimmed();
    qsizetype i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        const QStringView tx = token(x, i), ty = token(y, j);
        const bool nx = tx.at(0).isDigit(), ny = ty.at(0).isDigit();
        int c = 0;
        if (nx && ny) {
            // Compare as numbers without overflow: strip leading zeros, then length, then text.
            QStringView sx = tx, sy = ty;
            while (sx.size() > 1 && sx.at(0) == u'0')
                sx = sx.mid(1);
            while (sy.size() > 1 && sy.at(0) == u'0')
                sy = sy.mid(1);
            c = sx.size() != sy.size() ? (sx.size() < sy.size() ? -1 : 1) : sx.compare(sy);
        } else if (nx != ny) {
            c = nx ? 1 : -1; // "1.0.1" is newer than "1.0.beta"
        } else {
            c = tx.compare(ty, Qt::CaseInsensitive);
        }
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    if (i < x.size())
        return 1;
    if (j < y.size())
        return -1;
    return 0;
}

QList<Finding> PostureReportBuilder::deviceFindings(const storage::DeviceRecord &device, const ProbeResult *probe,
                                                    const QString &newestFirmware)
{
    QList<Finding> out;
    if (!device.firmware.trimmed().isEmpty() && !newestFirmware.isEmpty() &&
        compareVersions(device.firmware, newestFirmware) < 0)
        out.append({QStringLiteral("firmware-older-than-fleet"), Severity::Medium,
                    tr("Firmware older than on other devices of the same model"),
                    tr("This device runs %1; another %2 in the fleet runs %3.")
                        .arg(device.firmware, device.model, newestFirmware),
                    tr("Update the firmware to the newest version the manufacturer publishes for this model; "
                       "newer firmware usually closes known security holes.")});
    if (!probe)
        return out;
    if (!probe->error.isEmpty()) {
        out.append({QStringLiteral("probe-failed"), Severity::Info, tr("The device could not be probed"), probe->error,
                    tr("Check the stored address and name resolution, then probe again.")});
        return out;
    }
    if (!probe->answeredAnything()) {
        out.append({QStringLiteral("probe-no-answer"), Severity::Info, tr("The device did not answer the probe"),
                    tr("No SNMP answer and no TCP port answered at %1.").arg(probe->host),
                    tr("Check that the device is switched on and reachable, then probe again.")});
        return out;
    }
    if (probe->writeAccepted == Observed::Yes)
        out.append({QStringLiteral("snmp-write-default-community"), Severity::Critical,
                    tr("SNMP write access with a default community"),
                    tr("The device accepted an SNMP SET with the community \"%1\" (the value was set to what it "
                       "already was, nothing changed).")
                        .arg(probe->writeCommunity),
                    tr("Change the SNMP write (set) community to a long, secret value or disable SNMP write "
                       "access in the device's web page; use SNMPv3 with authentication for changes.")});
    const QStringList v1 = communityList(*probe, snmp::Version::V1);
    if (!v1.isEmpty())
        out.append({QStringLiteral("snmp-v1-default-community"), Severity::High,
                    tr("SNMPv1 answers a default community"),
                    tr("SNMPv1 answered with %1.").arg(v1.join(QStringLiteral(", "))),
                    tr("Disable SNMPv1 if nothing needs it, and change the read community to a secret value "
                       "(then update the credential profile in Fleetkeeper).")});
    const QStringList v2 = communityList(*probe, snmp::Version::V2c);
    if (!v2.isEmpty())
        out.append({QStringLiteral("snmp-v2c-default-community"), Severity::High,
                    tr("SNMPv2c answers a default community"),
                    tr("SNMPv2c answered with %1.").arg(v2.join(QStringLiteral(", "))),
                    tr("Change the read community to a secret value (then update the credential profile in "
                       "Fleetkeeper), or switch to SNMPv3 and disable SNMPv1/v2c.")});
    if (probe->v3 == Observed::No)
        out.append({QStringLiteral("snmp-no-v3"), Severity::Medium, tr("SNMPv3 is not available"),
                    tr("The device did not answer SNMPv3 engine discovery."),
                    tr("Enable SNMPv3 with authentication and privacy (SHA and AES) in the device's web page, "
                       "add a matching credential profile, then disable SNMPv1/v2c.")});
    portFinding(out, *probe, Service::Telnet, QStringLiteral("telnet-open"), Severity::High, tr("Telnet is open"),
                tr("Disable Telnet in the device's network settings; it sends passwords in clear text."));
    portFinding(out, *probe, Service::Ftp, QStringLiteral("ftp-open"), Severity::Medium, tr("FTP is open"),
                tr("Disable FTP on the device unless you print or update firmware through it; it is not "
                   "encrypted."));
    if (probe->isOpen(Service::Http))
        out.append({QStringLiteral("http-without-tls"),
                    probe->isOpen(Service::Https) ? Severity::Low : Severity::Medium,
                    probe->isOpen(Service::Https) ? tr("The web page is also served without TLS")
                                                  : tr("The web page is served without TLS only"),
                    probe->isOpen(Service::Https) ? tr("Port 80 (HTTP) and port 443 (HTTPS) are both open.")
                                                  : tr("Port 80 (HTTP) is open, port 443 (HTTPS) is not."),
                    tr("Enable HTTPS on the device, redirect or disable plain HTTP, and set an administrator "
                       "password for the web page.")});
    portFinding(out, *probe, Service::Lpr, QStringLiteral("lpr-open"), Severity::Low,
                tr("LPR printing (clear text) is open"),
                tr("Disable LPR/LPD if your print servers do not use it; prefer IPPS (IPP over TLS)."));
    portFinding(out, *probe, Service::Raw, QStringLiteral("raw-9100-open"), Severity::Low,
                tr("Raw port 9100 printing (clear text) is open"),
                tr("Restrict raw 9100 printing to your print servers (device access list) or disable it and "
                   "use IPPS; anyone who reaches it can print or send printer commands."));
    portFinding(out, *probe, Service::Ipp, QStringLiteral("ipp-open"), Severity::Info, tr("IPP is open"),
                tr("Prefer IPPS (IPP over TLS) and require TLS for IPP where the device allows it."));
    return out;
}

QList<Finding> PostureReportBuilder::agentFindings(const AgentSettings &agent)
{
    QList<Finding> out;
    if (agent.registered && !agent.lockedDown)
        out.append({QStringLiteral("agent-normal-mode"), Severity::Low,
                    tr("Settings can be changed remotely (Normal security mode)"),
                    tr("The agent is registered and runs in Normal mode."),
                    tr("Switch to Locked down mode if the site's policy forbids remote changes (Settings, "
                       "Remote services, Security mode).")});
    if (agent.registered && !agent.pinSet)
        out.append({QStringLiteral("agent-no-tls-pin"), Severity::Medium, tr("The server certificate is not pinned"),
                    tr("The agent trusts any certificate a trusted CA issued for the server's name."),
                    tr("Set the server's SPKI pin (sync pin) so that only the provider's own key is "
                       "accepted.")});
    if (agent.remoteActionsAllowed)
        out.append({QStringLiteral("agent-remote-actions"), Severity::Medium,
                    tr("Remote actions from the server are allowed"),
                    tr("The remote-services server may ask for device actions."),
                    tr("Deny remote actions, or allow only the ones you need, if the site does not want the "
                       "provider to act on devices.")});
    if (!agent.deviceChangingActionsEnabled.isEmpty())
        out.append({QStringLiteral("agent-device-changing-actions"), Severity::Low,
                    tr("Actions that change devices are enabled"),
                    tr("Enabled: %1.").arg(agent.deviceChangingActionsEnabled.join(QStringLiteral(", "))),
                    tr("Disable reboot and firmware upgrade in the action settings if nobody at the site uses "
                       "them.")});
    return out;
}

PostureReport PostureReportBuilder::build(const QList<storage::DeviceRecord> &devices,
                                          const QHash<qint64, ProbeResult> &probes, const AgentSettings &agent,
                                          const QDateTime &now)
{
    QHash<QString, QString> newest;
    for (const storage::DeviceRecord &d : devices) {
        const QString key = modelKey(d);
        if (key.isEmpty() || d.firmware.trimmed().isEmpty())
            continue;
        auto it = newest.find(key);
        if (it == newest.end())
            newest.insert(key, d.firmware.trimmed());
        else if (compareVersions(d.firmware, *it) > 0)
            *it = d.firmware.trimmed();
    }
    PostureReport report;
    report.generatedAt = now;
    for (const storage::DeviceRecord &d : devices) {
        DevicePosture p;
        p.deviceId = d.id;
        p.name = d.name;
        p.manufacturer = d.manufacturer;
        p.model = d.model;
        p.address = d.address;
        p.firmware = d.firmware.trimmed();
        p.newestFirmware = newest.value(modelKey(d));
        const auto probe = probes.constFind(d.id);
        const ProbeResult *pr = probe == probes.cend() ? nullptr : &*probe;
        if (pr)
            p.probedAt = pr->probedAt;
        p.findings = deviceFindings(d, pr, p.newestFirmware);
        std::stable_sort(p.findings.begin(), p.findings.end(),
                         [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
        p.score = scoreOf(p.findings);
        report.devices.append(p);
    }
    std::stable_sort(report.devices.begin(), report.devices.end(),
                     [](const DevicePosture &a, const DevicePosture &b) { return a.score < b.score; });
    report.agentFindings = agentFindings(agent);
    report.agentScore = scoreOf(report.agentFindings);
    return report;
}

storage::Result<PostureReport> PostureReportBuilder::load(storage::Database &db, const QString &iniPath)
{
    storage::FleetRepository repo(db);
    auto devices = repo.devices(true);
    if (!devices)
        return devices.error();
    auto probes = PostureStore(db).results();
    if (!probes)
        return probes.error();
    return build(*devices, *probes, AgentSettings::load(iniPath), QDateTime::currentDateTimeUtc());
}

} // namespace fleet::posture
