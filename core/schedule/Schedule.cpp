#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace fleet::schedule {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::schedule::Schedule", s);
}
} // namespace

Schedule Schedule::every(std::chrono::seconds interval)
{
    Schedule s;
    s.m_kind = Kind::Interval;
    s.m_interval = interval;
    return s;
}

Schedule Schedule::dailyAt(QTime time, std::chrono::seconds spread, const QTimeZone &zone)
{
    Schedule s;
    s.m_kind = Kind::Daily;
    s.m_timeOfDay = QTime(time.hour(), time.minute(), time.second());
    s.m_spread = spread;
    s.m_zone = zone;
    return s;
}

QString Schedule::validate() const
{
    if (m_kind == Kind::Interval)
        return m_interval.count() >= 1 ? QString() : tr("The interval must be at least one second.");
    if (!m_timeOfDay.isValid())
        return tr("The time of day is not valid.");
    if (!m_zone.isValid())
        return tr("The time zone is not valid.");
    if (m_spread.count() < 0 || m_spread >= std::chrono::hours(24))
        return tr("The random spread must be between zero and 24 hours.");
    return {};
}

QDateTime Schedule::wallClockInstant(QDate date, QTime time, const QTimeZone &zone)
{
    // Qt resolves ambiguous and missing local times in version-dependent ways, so the
    // candidates are computed here: the wall time minus each UTC offset in force around that
    // day, kept when the zone's clock really reads that time at the resulting instant.
    const QDateTime wallAsUtc(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(wallAsUtc.addDays(-1));
    const int after = zone.offsetFromUtc(wallAsUtc.addDays(1));
    QDateTime best;
    for (const int offset : {before, after}) {
        const QDateTime candidate = wallAsUtc.addSecs(-offset);
        const QDateTime local = candidate.toTimeZone(zone);
        if (local.date() == date && local.time() == time && (!best.isValid() || candidate < best))
            best = candidate;
    }
    if (best.isValid())
        return best;
    // In the spring-forward gap: the wall clock skips this time; run when it jumps.
    const QTimeZone::OffsetData jump = zone.nextTransition(wallAsUtc.addDays(-1));
    if (jump.atUtc.isValid())
        return jump.atUtc.toUTC();
    return QDateTime(date, time, zone).toUTC(); // no transition data: Qt's own resolution
}

QDateTime Schedule::nextDaily(const QDateTime &after, QRandomGenerator *rng) const
{
    const QDate start = after.toTimeZone(m_zone).date();
    QDateTime slot;
    for (int day = -1; day <= 2 && !slot.isValid(); ++day) {
        const QDateTime candidate = wallClockInstant(start.addDays(day), m_timeOfDay, m_zone);
        if (candidate > after)
            slot = candidate;
    }
    if (m_spread.count() > 0) {
        QRandomGenerator *g = rng ? rng : QRandomGenerator::global();
        slot = slot.addSecs(g->bounded(int(m_spread.count())));
    }
    return slot;
}

QDateTime Schedule::nextDue(const QDateTime &lastRun, const QDateTime &now, QRandomGenerator *rng) const
{
    if (!m_enabled || !validate().isEmpty())
        return {};
    const QDateTime nowUtc = now.toUTC();
    // A run "in the future" means the clock was set back: measure from now instead, or the
    // job would wait for as long as the clock moved.
    const QDateTime last = lastRun.isValid() ? std::min(lastRun.toUTC(), nowUtc) : QDateTime();
    QDateTime due;
    if (m_kind == Kind::Interval)
        due = last.isValid() ? last.addSecs(m_interval.count()) : nowUtc;
    else
        due = nextDaily(last.isValid() ? last : nowUtc, rng);
    return std::max(due, nowUtc); // catch-up: however many slots were missed, one run now
}

QString Schedule::key() const
{
    QString k;
    if (m_kind == Kind::Interval) {
        k = QStringLiteral("every %1s").arg(m_interval.count());
    } else {
        k = QStringLiteral("daily %1").arg(m_timeOfDay.toString(QStringLiteral("HH:mm:ss")));
        if (m_spread.count() > 0)
            k += QStringLiteral(" spread %1s").arg(m_spread.count());
        k += u' ' + QString::fromUtf8(m_zone.id());
    }
    if (!m_enabled)
        k += QStringLiteral(" disabled");
    return k;
}

} // namespace fleet::schedule
