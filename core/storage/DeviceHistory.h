#pragma once
// One device's history as the desktop's device panel shows it: everything read in one job on a
// worker thread (loadDeviceDetails), and the pages-per-day series computed from the device's total
// counter (dailyUsage).
//
// Pages per day are the increases of the total counter between consecutive readings, spread over
// the calendar days each interval covers. A counter that goes down (a reset, a board swap, a
// misread) is never a negative day: the interval is a gap, listed so someone looks at it, and the
// count resumes from the last trusted reading like the billing report does (MeterReport).

#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace fleet::storage {

struct DayCount
{
    QDate day;
    quint64 pages = 0;
    qint64 coveredSeconds = 0; // how much of the day lies between two trusted readings
};

// Between these two readings the counter went down: no pages are counted there.
struct CounterGap
{
    QDateTime from;
    QDateTime to;
    quint64 before = 0;
    quint64 after = 0;
};

struct DailyUsage
{
    QString meter; // the series the days come from ("total", a marker, or kMarkerSum)
    QString unit;
    QString source;
    QList<DayCount> days; // oldest first; only days covered by an interval between trusted readings
    QList<CounterGap> gaps;

    quint64 totalPages() const;
};

// Name of the series totalCounterSeries() builds by adding the marker life counts of each poll.
inline constexpr QLatin1String kMarkerSum{"marker.sum"};

// The device's total counter from its meter readings (oldest first): the "total" meter (a vendor
// profile's in impressions preferred), else the single marker life count, else the sum of the
// marker life counts at the polls where every marker was read in the same unit. Empty when the
// device reports no usable total.
QList<MeterReading> totalCounterSeries(const QList<MeterReading> &readings);

// Per-day increases of one counter series (oldest first), days in zone.
DailyUsage dailyUsage(const QList<MeterReading> &series, const QTimeZone &zone);

// Event kinds the panel flags next to the counters.
bool isFlaggedEventKind(const QString &kind);

struct DetailsOptions
{
    int historyDays = 90; // counted back from the device's last poll, so a device gone quiet keeps its history
    int pollLimit = 200;
    int eventLimit = 200;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

struct DeviceDetails
{
    DeviceRecord device;
    std::optional<LatestSnapshot> latest;
    QList<AlertRecord> openAlerts;
    QList<MeterReading> meters;      // newest reading of every meter series
    QList<MeterReading> totalSeries; // what dailyUsage was computed from
    DailyUsage dailyUsage;
    QList<SupplyReading> supplyHistory;
    QList<EventRecord> flaggedEvents; // counterWentDown, meterDisagreement, metersAgreeAgain, ipChanged
    QList<PollRecord> polls;          // oldest first
    QDateTime historySince;
};

// Everything the panel shows for one device; nullopt when there is no device with that id.
Result<std::optional<DeviceDetails>> loadDeviceDetails(Database &db, qint64 deviceId,
                                                       const DetailsOptions &options = {});

} // namespace fleet::storage
