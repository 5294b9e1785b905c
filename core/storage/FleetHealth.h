#pragma once
// The fleet at a glance, for the tray and the window's summary: how many printers are OK, show a
// warning or an error, have not reported for too long, or are unknown; the worst of it as one
// level; and the open critical alerts, so a notification goes out for a new one only.
//
// Each in-scope device counts once, in the first class that applies:
// - not reporting: no successful poll (or, never polled successfully, no first sighting) within
//   the threshold. Its last status is stale, so it does not count as OK/warning/error;
// - error: status "error", or an open critical alert (a paper jam the status missed is still an error);
// - warning: status "warning";
// - OK: status "ok";
// - unknown: anything else, e.g. "offline" after one failed poll, which only becomes "not
//   reporting" once the threshold has passed (a printer switched off for lunch is no alarm).
// The worst level: error > warning (a warning or a device not reporting) > OK > unknown (also an
// empty fleet).

#include "storage/Database.h"
#include "storage/FleetOverview.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <chrono>

namespace fleet::storage {

enum class HealthLevel : quint8 { Unknown, Ok, Warning, Error }; // in rising order of concern

struct CriticalAlert
{
    qint64 alertId = 0;
    qint64 deviceId = 0;
    QString deviceName; // sysName, else the address
    QString description;
};

class FleetHealth final
{
public:
    FleetHealth() = default;

    static FleetHealth compute(const QList<FleetRow> &rows, const QList<AlertRecord> &openAlerts, const QDateTime &now,
                               std::chrono::hours notReportingAfter);
    // Reads the overview and the open alerts on db (call it on a worker's thread).
    static Result<FleetHealth> load(Database &db, const QDateTime &now, std::chrono::hours notReportingAfter);

    int total() const { return m_ok + m_warning + m_error + m_notReporting + m_unknown; }
    int ok() const { return m_ok; }
    int warning() const { return m_warning; }
    int error() const { return m_error; }
    int notReporting() const { return m_notReporting; }
    int unknown() const { return m_unknown; }
    HealthLevel worst() const;

    // "14 printers: 12 OK, 1 warning, 1 error" (classes with no printer left out).
    QString summary() const;

    const QList<CriticalAlert> &criticalAlerts() const { return m_critical; }
    QSet<qint64> criticalAlertIds() const;
    // The critical alerts open now that were not open in previous.
    QList<CriticalAlert> newCriticalAlertsSince(const FleetHealth &previous) const;

    // prtAlertSeverityLevel critical(3).
    static constexpr qint64 kCriticalSeverity = 3;

private:
    int m_ok = 0;
    int m_warning = 0;
    int m_error = 0;
    int m_notReporting = 0;
    int m_unknown = 0;
    QList<CriticalAlert> m_critical;
};

QString healthLevelName(HealthLevel level); // "unknown", "ok", "warning", "error"

} // namespace fleet::storage

Q_DECLARE_METATYPE(fleet::storage::FleetHealth)
