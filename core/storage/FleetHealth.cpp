#include "storage/FleetHealth.h"

#include "storage/FleetRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace fleet::storage {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::FleetHealth", s);
}

// Two forms, not "%n", so English reads "1 printer" and "14 printers" without a translation file.
QString counted(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

QString healthLevelName(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Unknown:
        return QStringLiteral("unknown");
    case HealthLevel::Ok:
        return QStringLiteral("ok");
    case HealthLevel::Warning:
        return QStringLiteral("warning");
    case HealthLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

FleetHealth FleetHealth::compute(const QList<FleetRow> &rows, const QList<AlertRecord> &openAlerts,
                                 const QDateTime &now, std::chrono::hours notReportingAfter)
{
    FleetHealth h;
    QHash<qint64, const DeviceRecord *> devices;
    for (const FleetRow &row : rows) {
        if (row.device.inScope)
            devices.insert(row.device.id, &row.device);
    }
    QSet<qint64> withCritical;
    for (const AlertRecord &a : openAlerts) {
        const auto device = devices.constFind(a.deviceId);
        if (!a.isOpen() || a.severity != kCriticalSeverity || device == devices.cend())
            continue;
        withCritical.insert(a.deviceId);
        const DeviceRecord &d = **device;
        h.m_critical << CriticalAlert{a.id, a.deviceId, d.name.isEmpty() ? d.address : d.name,
                                      a.description.isEmpty() ? a.codeName : a.description};
    }
    const QDateTime cutoff = now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(notReportingAfter).count());
    for (const FleetRow &row : rows) {
        const DeviceRecord &d = row.device;
        if (!d.inScope)
            continue;
        const QDateTime reported = d.lastSuccessAt.isValid() ? d.lastSuccessAt : d.firstSeen;
        if (!reported.isValid() || reported < cutoff)
            ++h.m_notReporting;
        else if (d.status == u"error" || withCritical.contains(d.id))
            ++h.m_error;
        else if (d.status == u"warning")
            ++h.m_warning;
        else if (d.status == u"ok")
            ++h.m_ok;
        else
            ++h.m_unknown;
    }
    return h;
}

Result<FleetHealth> FleetHealth::load(Database &db, const QDateTime &now, std::chrono::hours notReportingAfter)
{
    auto rows = fleetOverview(db);
    if (!rows)
        return rows.error();
    auto alerts = FleetRepository(db).openAlerts();
    if (!alerts)
        return alerts.error();
    return compute(*rows, *alerts, now, notReportingAfter);
}

HealthLevel FleetHealth::worst() const
{
    if (m_error > 0)
        return HealthLevel::Error;
    if (m_warning > 0 || m_notReporting > 0)
        return HealthLevel::Warning;
    if (m_ok > 0)
        return HealthLevel::Ok;
    return HealthLevel::Unknown;
}

QString FleetHealth::summary() const
{
    if (total() == 0)
        return tr("No printers yet");
    QStringList parts;
    if (m_ok > 0)
        parts << tr("%1 OK").arg(m_ok);
    if (m_warning > 0)
        parts << counted(m_warning, QT_TRANSLATE_NOOP("fleet::storage::FleetHealth", "1 warning"),
                         QT_TRANSLATE_NOOP("fleet::storage::FleetHealth", "%1 warnings"));
    if (m_error > 0)
        parts << counted(m_error, QT_TRANSLATE_NOOP("fleet::storage::FleetHealth", "1 error"),
                         QT_TRANSLATE_NOOP("fleet::storage::FleetHealth", "%1 errors"));
    if (m_notReporting > 0)
        parts << tr("%1 not reporting").arg(m_notReporting);
    if (m_unknown > 0)
        parts << tr("%1 unknown").arg(m_unknown);
    return tr("%1: %2").arg(counted(total(), QT_TRANSLATE_NOOP("fleet::storage::FleetHealth", "1 printer"),
                                    QT_TRANSLATE_NOOP("fleet::storage::FleetHealth", "%1 printers")),
                            parts.join(tr(", ")));
}

QSet<qint64> FleetHealth::criticalAlertIds() const
{
    QSet<qint64> ids;
    for (const CriticalAlert &a : m_critical)
        ids.insert(a.alertId);
    return ids;
}

QList<CriticalAlert> FleetHealth::newCriticalAlertsSince(const FleetHealth &previous) const
{
    const QSet<qint64> before = previous.criticalAlertIds();
    QList<CriticalAlert> fresh;
    for (const CriticalAlert &a : m_critical) {
        if (!before.contains(a.alertId))
            fresh << a;
    }
    return fresh;
}

} // namespace fleet::storage
