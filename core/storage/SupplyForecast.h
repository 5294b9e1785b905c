#pragma once
// Days-to-empty estimate of one supply from its stored level readings: a least-squares line through
// the recent readings since the last refill or replacement. A pure function, so the rules (what
// counts as a refill, when there is not enough data) are tested without a database.
//
// Only readings with a real level and a real maximum count: the Printer-MIB's "some remaining"
// (-3), "unknown" (-2) and "other" (-1) say nothing about a rate, and an estimate drawn through
// them would be invented.

#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace fleet::storage {

struct SupplyPoint
{
    QDateTime at;
    std::optional<qint64> level;       // prtMarkerSuppliesLevel as read (negative values are states)
    std::optional<qint64> maxCapacity; // prtMarkerSuppliesMaxCapacity as read
};

struct ForecastOptions
{
    // A rise of more than this many percentage points between two readings is a refill or a new
    // cartridge: the estimate restarts there. Smaller rises are read noise (toner settling,
    // rounding of a gauge) and stay in the fit.
    double refillJumpPercent = 5.0;
    int minPoints = 3;
    qint64 minSpanSeconds = 24 * 3600;
    // Only readings this close to the newest one: the rate of the last weeks, not of last year.
    int windowDays = 90;
};

enum class ForecastOutcome : quint8 {
    Estimate,      // daysToEmpty is set
    NoLevels,      // no reading with a real level and capacity
    TooFewPoints,  // fewer than minPoints usable readings since the last refill
    TooShortSpan,  // the usable readings cover less than minSpanSeconds
    NotDecreasing, // the fitted level does not fall: no end in sight
};

struct SupplyForecast
{
    ForecastOutcome outcome = ForecastOutcome::NoLevels;
    int points = 0; // readings the estimate (or the refusal) is based on
    QDateTime from; // first and last of those readings
    QDateTime to;
    double lastPercent = 0;   // level of the last usable reading, in percent of its capacity
    double percentPerDay = 0; // fitted rate, positive when the level falls
    double daysToEmpty = 0;   // from `to`; 0 when the last reading is already empty
    QDateTime emptyAt;        // to + daysToEmpty; invalid beyond a century
    bool restarted = false;   // a refill or capacity change was found, so older readings were left out

    bool hasEstimate() const { return outcome == ForecastOutcome::Estimate; }
};

SupplyForecast forecastSupply(QList<SupplyPoint> points, const ForecastOptions &options = {});

// The readings of one supply (by supplyId) from a device's supply history.
QList<SupplyPoint> supplyPoints(const QList<SupplyReading> &history, qint64 supplyId);

} // namespace fleet::storage
