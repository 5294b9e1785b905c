#pragma once
// The time source of everything that schedules. Production code uses SystemClock; tests use
// TestClock and move time forward by hand, so day boundaries, sleep and catch-up are tested
// without waiting.

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace fleet::schedule {

class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Current time in UTC.
    virtual QDateTime now() const = 0;

Q_SIGNALS:
    // The time moved in a way a waiting timer cannot notice (a test advanced it). The system
    // clock never emits this: the Scheduler re-checks it at least once a minute instead.
    void changed();
};

class SystemClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; each move emits changed().
class TestClock final : public Clock
{
    Q_OBJECT
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC),
                       QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now);
    void advance(std::chrono::seconds by);
    void advanceDays(int days) { advance(std::chrono::hours(24) * days); }

private:
    QDateTime m_now;
};

} // namespace fleet::schedule
