#include "storage/SupplyForecast.h"

#include <algorithm>
#include <cmath>

namespace fleet::storage {

namespace {

struct Usable
{
    QDateTime at;
    double percent = 0;
    qint64 maxCapacity = 0;
};

constexpr double kMsPerDay = 86400000.0;

QList<Usable> usableReadings(QList<SupplyPoint> points)
{
    // Sorted by time: readings stored out of order (a clock set back between polls) still describe
    // the same cartridge, and a fit over unsorted times would be meaningless.
    std::stable_sort(points.begin(), points.end(),
                     [](const SupplyPoint &a, const SupplyPoint &b) { return a.at < b.at; });
    QList<Usable> out;
    for (const SupplyPoint &p : std::as_const(points)) {
        if (!p.at.isValid() || !p.level || !p.maxCapacity || *p.maxCapacity <= 0 || *p.level < 0 ||
            *p.level > *p.maxCapacity)
            continue;
        const Usable u{p.at, 100.0 * double(*p.level) / double(*p.maxCapacity), *p.maxCapacity};
        // Two readings at the same instant: the later one stored wins, as it would on the device.
        if (!out.isEmpty() && out.constLast().at == u.at)
            out.last() = u;
        else
            out.append(u);
    }
    return out;
}

} // namespace

SupplyForecast forecastSupply(QList<SupplyPoint> points, const ForecastOptions &options)
{
    SupplyForecast f;
    const QList<Usable> usable = usableReadings(std::move(points));
    if (usable.isEmpty())
        return f; // NoLevels

    // The estimate starts after the last refill or replacement: a rise beyond the noise threshold,
    // or a different capacity (another cartridge model).
    qsizetype start = 0;
    for (qsizetype i = 1; i < usable.size(); ++i) {
        const Usable &prev = usable.at(i - 1);
        const Usable &cur = usable.at(i);
        if (cur.maxCapacity != prev.maxCapacity || cur.percent - prev.percent > options.refillJumpPercent)
            start = i;
    }
    f.restarted = start > 0;
    const QDateTime windowStart = usable.constLast().at.addDays(-options.windowDays);
    while (start < usable.size() - 1 && usable.at(start).at < windowStart)
        ++start;
    const auto segment = usable.mid(start);

    f.points = int(segment.size());
    f.from = segment.constFirst().at;
    f.to = segment.constLast().at;
    f.lastPercent = segment.constLast().percent;
    if (f.points < options.minPoints) {
        f.outcome = ForecastOutcome::TooFewPoints;
        return f;
    }
    if (f.from.msecsTo(f.to) < options.minSpanSeconds * 1000) {
        f.outcome = ForecastOutcome::TooShortSpan;
        return f;
    }

    // Least squares of percent over days since the first reading of the segment.
    double meanX = 0, meanY = 0;
    for (const Usable &u : segment) {
        meanX += double(f.from.msecsTo(u.at)) / kMsPerDay;
        meanY += u.percent;
    }
    meanX /= double(segment.size());
    meanY /= double(segment.size());
    double sxy = 0, sxx = 0;
    for (const Usable &u : segment) {
        const double dx = double(f.from.msecsTo(u.at)) / kMsPerDay - meanX;
        sxy += dx * (u.percent - meanY);
        sxx += dx * dx;
    }
    const double slope = sxx > 0 ? sxy / sxx : 0.0;
    if (!(slope < -1e-9)) {
        f.outcome = ForecastOutcome::NotDecreasing;
        return f;
    }
    f.outcome = ForecastOutcome::Estimate;
    f.percentPerDay = -slope;
    // The rate comes from the fit, the starting level from the last reading: the estimate never
    // contradicts what the device reports now.
    f.daysToEmpty = f.lastPercent / f.percentPerDay;
    // Beyond a century the date is noise (and would overflow): the days still say "not soon".
    if (f.daysToEmpty < 36500)
        f.emptyAt = f.to.addMSecs(qint64(std::llround(f.daysToEmpty * kMsPerDay)));
    return f;
}

QList<SupplyPoint> supplyPoints(const QList<SupplyReading> &history, qint64 supplyId)
{
    QList<SupplyPoint> out;
    for (const SupplyReading &r : history)
        if (r.supplyId == supplyId)
            out.append({r.readAt, r.level, r.maxCapacity});
    return out;
}

} // namespace fleet::storage
