#pragma once
// The meter-read report a billing clerk needs: per device and meter, the readings of a period and the
// usage they add up to. A reading flagged suspect (lower than the one before: a counter reset, a board
// swap, a device mix-up) never counts as usage; it is counted as a reset so someone looks at it.

#include "security/SecurityError.h"
#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <optional>

namespace fleet::security {
struct Actor;
}

namespace fleet::storage {

struct MeterUsage
{
    qint64 deviceId = 0;
    QString serial;
    QString model;
    QString address;
    QString meter;
    QString unit;
    QString source;
    // The last reading before the period (the baseline), if any; usage starts from it.
    std::optional<MeterReading> baseline;
    std::optional<MeterReading> first; // first and last reading inside the period
    std::optional<MeterReading> last;
    int readings = 0;  // inside the period
    int resets = 0;    // suspect readings inside the period (excluded from usage)
    quint64 usage = 0; // sum of the increases between consecutive readings, suspect ones excluded
};

// Every device (in scope or not) and every meter with a reading in [from, to).
Result<QList<MeterUsage>> meterUsage(Database &db, const QDateTime &from, const QDateTime &to);
// meterUsage() for a report or export on behalf of actor (export): the refusal or the export (the
// period and the row count) goes to the audit log.
security::SecurityResult<QList<MeterUsage>> exportMeterUsage(Database &db, const security::Actor &actor,
                                                             const QDateTime &from, const QDateTime &to);
// RFC 4180 CSV with a header row; times in UTC ISO 8601.
QByteArray meterUsageCsv(const QList<MeterUsage> &rows);

} // namespace fleet::storage
