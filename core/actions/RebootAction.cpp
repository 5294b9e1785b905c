#include "actions/RebootAction.h"

#include "actions/SnmpCall.h"

namespace fleet::actions {

namespace {
std::optional<qint64> uptimeOf(const snmp::Response &r)
{
    if (!snmpProblem(r).isEmpty() || r.varbinds.isEmpty())
        return std::nullopt;
    if (r.varbinds.constFirst().value.type() != snmp::Value::Type::TimeTicks)
        return std::nullopt;
    const auto v = r.varbinds.constFirst().value.toUnsigned();
    return v ? std::optional<qint64>(qint64(*v)) : std::nullopt;
}
} // namespace

RebootAction::RebootAction(ActionRequest request, ActionContext context, QObject *parent)
    : Action(std::move(request), context, parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RebootAction::check);
}

bool RebootAction::restarted(qint64 uptimeBefore, qint64 uptimeNow, qint64 elapsedMs)
{
    // An uptime that has not moved at all is an agent whose clock is frozen (a replayed recording, a
    // hung SNMP process), not a restart: a rebooted device counts again from zero.
    if (uptimeNow == uptimeBefore)
        return false;
    return uptimeNow + kMarginTicks < uptimeBefore + elapsedMs / 10;
}

void RebootAction::start()
{
    const DeviceTarget &d = m_request.device;
    if (!d.writeCredential) {
        finish(Outcome::Refused, tr("No write credential for %1: a reboot needs the separate SNMP write "
                                    "credential.")
                                     .arg(d.label()));
        return;
    }
    if (d.credentials.isEmpty()) {
        finish(Outcome::Refused, tr("No read credential for %1.").arg(d.label()));
        return;
    }
    report(5, tr("Reading the uptime of %1…").arg(d.label()));
    readUptimeBefore(0);
}

void RebootAction::readUptimeBefore(int index)
{
    const DeviceTarget &d = m_request.device;
    snmpGet(
        d.host, d.snmpPort, d.credentials.at(index), {oids::sysUpTime}, this, [this, index](const snmp::Response &r) {
            if (cancelRequested())
                return;
            const auto uptime = uptimeOf(r);
            if (!uptime) {
                if (index + 1 < m_request.device.credentials.size()) {
                    readUptimeBefore(index + 1);
                    return;
                }
                finish(
                    Outcome::Failed,
                    tr("%1 does not answer, so it was not rebooted: %2").arg(m_request.device.label(), snmpProblem(r)));
                return;
            }
            m_readCredential = m_request.device.credentials.at(index);
            m_uptimeBefore = *uptime;
            m_sinceBefore.start();
            sendReset();
        });
}

void RebootAction::sendReset()
{
    const DeviceTarget &d = m_request.device;
    report(15, tr("Sending the reset to %1…").arg(d.label()));
    const snmp::Oid oid = oids::prtGeneralReset.child(quint32(m_request.options.resetDeviceIndex));
    snmpSet(d.host, d.snmpPort, *d.writeCredential, {{oid, snmp::Value::integer(oids::kPowerCycleReset)}}, this,
            [this](const snmp::Response &r) {
                if (cancelRequested())
                    return;
                if (r.error && r.error.cls == snmp::ErrorClass::NoResponse) {
                    // A device may reset before it answers the SET; whether it did shows in the uptime.
                    m_setNote = tr("The reset was sent but not answered.");
                } else if (const QString problem = snmpProblem(r); !problem.isEmpty()) {
                    finish(Outcome::Failed, tr("%1 refused the reset: %2").arg(m_request.device.label(), problem),
                           {{QStringLiteral("errorStatus"), r.errorStatus}});
                    return;
                }
                m_sinceReset.start();
                report(20, tr("Reset accepted; waiting for %1 to come back…").arg(m_request.device.label()));
                m_timer.start(m_request.options.recheckIntervalMs);
            });
}

void RebootAction::check()
{
    if (cancelRequested() || isFinished())
        return;
    const DeviceTarget &d = m_request.device;
    snmpGet(d.host, d.snmpPort, m_readCredential, {oids::sysUpTime}, this,
            [this](const snmp::Response &r) { onCheck(r); });
}

void RebootAction::onCheck(const snmp::Response &r)
{
    if (cancelRequested() || isFinished())
        return;
    const qint64 elapsed = m_sinceReset.elapsed();
    const int timeout = m_request.options.rebootTimeoutMs;
    const auto uptime = uptimeOf(r);
    QJsonObject details{{QStringLiteral("uptimeBefore"), m_uptimeBefore}};
    if (!m_setNote.isEmpty())
        details.insert(QStringLiteral("note"), m_setNote);
    if (uptime && restarted(m_uptimeBefore, *uptime, m_sinceBefore.elapsed())) {
        details.insert(QStringLiteral("uptimeAfter"), *uptime);
        details.insert(QStringLiteral("seenDown"), m_sawDown);
        details.insert(QStringLiteral("secondsUntilBack"), double(elapsed) / 1000.0);
        finish(Outcome::Succeeded,
               tr("%1 rebooted and came back after %2 s.").arg(m_request.device.label()).arg(elapsed / 1000), details);
        return;
    }
    if (uptime)
        m_sawUpUnchanged = true;
    else
        m_sawDown = true;
    if (elapsed >= timeout) {
        details.insert(QStringLiteral("seenDown"), m_sawDown);
        const QString why = !uptime && m_sawDown ? tr("it has not answered since it went down")
                            : m_sawDown          ? tr("it answers, but its uptime did not restart")
                                                 : tr("it kept running without restarting");
        finish(Outcome::TimedOut,
               tr("%1 did not come back within %2 s: %3.").arg(m_request.device.label()).arg(timeout / 1000).arg(why),
               details);
        return;
    }
    report(20 + int(75 * elapsed / std::max(1, timeout)),
           uptime ? tr("%1 answers but has not restarted yet…").arg(m_request.device.label())
                  : tr("%1 is not answering (rebooting?)…").arg(m_request.device.label()));
    m_timer.start(m_request.options.recheckIntervalMs);
}

} // namespace fleet::actions
