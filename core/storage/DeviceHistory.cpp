#include "storage/DeviceHistory.h"

#include "storage/FleetRepository.h"

#include <QMap>

#include <cmath>

namespace fleet::storage {

namespace {

const QString kTotal = QStringLiteral("total");
const QString kImpressions = QStringLiteral("impressions");
const QString kMarkerPrefix = QStringLiteral("marker.");

// How well a "total" series fits as the device's total: a vendor profile's count of impressions is
// what billing uses; the printer MIB's own total (if a profile ever names one) comes next.
int totalRank(const MeterReading &r)
{
    return (r.source.startsWith(u"vendor:") ? 2 : 0) + (r.unit == kImpressions ? 1 : 0);
}

QList<MeterReading> markerSum(const QList<QList<MeterReading>> &markers)
{
    const QString unit = markers.constFirst().constFirst().unit;
    for (const auto &series : markers)
        if (series.constFirst().unit != unit)
            return {}; // impressions and sheets do not add up
    struct Sum
    {
        quint64 value = 0;
        int count = 0;
    };
    QMap<QDateTime, Sum> byTime;
    for (const auto &series : markers)
        for (const MeterReading &r : series) {
            Sum &s = byTime[r.readAt];
            s.value += r.value;
            ++s.count;
        }
    QList<MeterReading> out;
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        // A poll that missed one marker would look like a counter going down: left out.
        if (it->count != markers.size())
            continue;
        MeterReading r;
        r.deviceId = markers.constFirst().constFirst().deviceId;
        r.readAt = it.key();
        r.meter = kMarkerSum;
        r.value = it->value;
        r.unit = unit;
        r.source = QStringLiteral("printer-mib");
        r.rawValue = QString::number(it->value);
        out.append(r);
    }
    return out;
}

// Adds `pages` counted between from and to to the days the interval covers, in proportion to the
// time each day holds. Rounding is cumulative, so the days add up to exactly `pages`.
// Limit: a long interval (a device off for a week) is spread evenly; the real days are unknown.
void spread(const QDateTime &from, const QDateTime &to, quint64 pages, const QTimeZone &zone,
            QMap<QDate, DayCount> &days)
{
    const qint64 total = from.msecsTo(to);
    if (total <= 0) {
        DayCount &d = days[to.toTimeZone(zone).date()];
        d.day = to.toTimeZone(zone).date();
        d.pages += pages;
        return;
    }
    QDateTime cursor = from;
    qint64 elapsed = 0;
    quint64 allocated = 0;
    while (cursor < to) {
        const QDate date = cursor.toTimeZone(zone).date();
        QDateTime nextDay(date.addDays(1), QTime(0, 0), zone);
        if (nextDay <= cursor) // a zone whose midnight does not exist that day: an hour later does
            nextDay = cursor.addSecs(3600);
        const QDateTime end = std::min(nextDay, to);
        const qint64 ms = cursor.msecsTo(end);
        elapsed += ms;
        const auto upTo = quint64(std::llround(double(pages) * double(elapsed) / double(total)));
        DayCount &d = days[date];
        d.day = date;
        d.pages += upTo - allocated;
        d.coveredSeconds += ms / 1000;
        allocated = upTo;
        cursor = end;
    }
}

} // namespace

quint64 DailyUsage::totalPages() const
{
    quint64 sum = 0;
    for (const DayCount &d : days)
        sum += d.pages;
    return sum;
}

QList<MeterReading> totalCounterSeries(const QList<MeterReading> &readings)
{
    QMap<std::pair<QString, QString>, QList<MeterReading>> series;
    for (const MeterReading &r : readings)
        series[{r.meter, r.source}].append(r);

    const QList<MeterReading> *best = nullptr;
    QList<QList<MeterReading>> markers;
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const MeterReading &first = it->constFirst();
        if (first.meter == kTotal) {
            if (!best || totalRank(first) > totalRank(best->constFirst()) ||
                (totalRank(first) == totalRank(best->constFirst()) && it->size() > best->size()))
                best = &*it;
        } else if (first.meter.startsWith(kMarkerPrefix)) {
            markers.append(*it);
        }
    }
    if (best)
        return *best;
    if (markers.isEmpty())
        return {};
    if (markers.size() == 1)
        return markers.constFirst();
    return markerSum(markers);
}

DailyUsage dailyUsage(const QList<MeterReading> &series, const QTimeZone &zone)
{
    DailyUsage usage;
    if (series.isEmpty())
        return usage;
    usage.meter = series.constFirst().meter;
    usage.unit = series.constFirst().unit;
    usage.source = series.constFirst().source;
    QMap<QDate, DayCount> days;
    const MeterReading *previous = nullptr;
    const MeterReading *trusted = nullptr; // usage grows from here
    for (const MeterReading &r : series) {
        if (!previous) {
            previous = trusted = &r;
            continue;
        }
        if (r.value < previous->value) {
            usage.gaps.append({previous->readAt, r.readAt, previous->value, r.value});
        } else if (r.value < trusted->value) {
            // Still below the last trusted reading after going down: the counter really restarted.
            // Counting resumes from here; what was printed since the restart is not known.
            trusted = &r;
        } else {
            spread(trusted->readAt, r.readAt, r.value - trusted->value, zone, days);
            trusted = &r;
        }
        previous = &r;
    }
    usage.days = days.values();
    return usage;
}

bool isFlaggedEventKind(const QString &kind)
{
    return kind == kEventCounterWentDown || kind == kEventMeterDisagreement || kind == kEventMetersAgreeAgain ||
           kind == kEventIpChanged;
}

Result<std::optional<DeviceDetails>> loadDeviceDetails(Database &db, qint64 deviceId, const DetailsOptions &options)
{
    FleetRepository repo(db);
    auto device = repo.device(deviceId);
    if (!device)
        return device.error();
    if (!*device)
        return std::optional<DeviceDetails>();

    DeviceDetails d;
    d.device = **device;
    const QDateTime end = d.device.lastPollAt.isValid() ? d.device.lastPollAt : QDateTime::currentDateTimeUtc();
    d.historySince = end.addDays(-options.historyDays);
    HistoryFilter window;
    window.since = d.historySince;

    auto latest = repo.latestSnapshot(deviceId);
    if (!latest)
        return latest.error();
    d.latest = *latest;
    auto alerts = repo.openAlerts(deviceId);
    if (!alerts)
        return alerts.error();
    d.openAlerts = *alerts;
    auto meters = repo.latestMeters(deviceId);
    if (!meters)
        return meters.error();
    d.meters = *meters;

    QList<MeterReading> counters;
    for (const QString &family : {kTotal, kMarkerPrefix}) {
        HistoryFilter f = window;
        f.meter = family;
        auto rows = repo.meterHistory(deviceId, f);
        if (!rows)
            return rows.error();
        counters += *rows;
    }
    d.totalSeries = totalCounterSeries(counters);
    d.dailyUsage = dailyUsage(d.totalSeries, options.zone);

    auto supplies = repo.supplyHistory(deviceId, window);
    if (!supplies)
        return supplies.error();
    d.supplyHistory = *supplies;

    auto events = repo.events(deviceId, window);
    if (!events)
        return events.error();
    for (const EventRecord &e : std::as_const(*events))
        if (isFlaggedEventKind(e.kind))
            d.flaggedEvents.append(e);
    if (options.eventLimit > 0 && d.flaggedEvents.size() > options.eventLimit)
        d.flaggedEvents = d.flaggedEvents.mid(d.flaggedEvents.size() - options.eventLimit);

    HistoryFilter recentPolls;
    recentPolls.limit = options.pollLimit;
    auto polls = repo.polls(deviceId, recentPolls);
    if (!polls)
        return polls.error();
    d.polls = *polls;
    return std::optional<DeviceDetails>(std::move(d));
}

} // namespace fleet::storage
