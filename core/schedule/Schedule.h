#pragma once
// When a recurring job is due: every N seconds (the device poll), or daily at a local time of day
// with an optional random spread (the daily sync, so a site's agents do not all call the server
// in the same minute). A plain value; the Scheduler keeps the computed due time in ScheduleState
// so a random spread is drawn once per run, not on every check.

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <chrono>

class QRandomGenerator;

namespace fleet::schedule {

class Schedule final
{
public:
    enum class Kind : quint8 { Interval, Daily };

    static Schedule every(std::chrono::seconds interval);
    // spread: the run starts at a random moment in [time, time + spread).
    static Schedule dailyAt(QTime time, std::chrono::seconds spread = {},
                            const QTimeZone &zone = QTimeZone::systemTimeZone());

    Kind kind() const { return m_kind; }
    std::chrono::seconds interval() const { return m_interval; }
    QTime timeOfDay() const { return m_timeOfDay; }
    std::chrono::seconds spread() const { return m_spread; }
    QTimeZone timeZone() const { return m_zone; }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // Empty when usable, else why not.
    QString validate() const;

    // The next time the job should start, given when it last started (invalid: never) and now.
    // - Disabled: an invalid QDateTime.
    // - Interval: lastRun + interval; never run: now.
    // - Daily: the first slot (time of day in the zone, plus the spread offset) after lastRun;
    //   never run: the first slot after now.
    // Catch-up: a due time at or before now becomes now, so any number of missed slots is one
    // run. A lastRun in the future (the clock was set back) counts as now.
    // Daylight saving: a time of day that occurs twice (autumn) means its first occurrence; one
    // that does not exist (spring) means the moment the clocks jump.
    // rng draws the spread offset; null uses QRandomGenerator::global().
    QDateTime nextDue(const QDateTime &lastRun, const QDateTime &now, QRandomGenerator *rng = nullptr) const;

    // The first instant (UTC) at which the zone's wall clock reads time on date, by the rules above.
    static QDateTime wallClockInstant(QDate date, QTime time, const QTimeZone &zone);

    // Canonical text ("every 900s", "daily 02:30 spread 3600s Europe/Amsterdam", "... disabled"):
    // stored with the state so a changed schedule is noticed after a restart.
    QString key() const;

    bool operator==(const Schedule &other) const { return key() == other.key(); }

private:
    QDateTime nextDaily(const QDateTime &after, QRandomGenerator *rng) const;

    Kind m_kind = Kind::Interval;
    std::chrono::seconds m_interval = std::chrono::minutes(60);
    QTime m_timeOfDay;
    std::chrono::seconds m_spread{0};
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_enabled = true;
};

} // namespace fleet::schedule
