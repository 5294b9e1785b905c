#pragma once
// The agent's always-on part as one object a front end owns: the scheduler with the periodic poll of
// the stored fleet, its state persisted in the profile, and the settings it runs on. The desktop app
// (and later the daemon) create one and show what it reports; nothing here blocks the caller's thread.

#include "schedule/Clock.h"
#include "schedule/PollJob.h"
#include "schedule/ScheduleState.h"
#include "schedule/Scheduler.h"

#include <QSettings>

#include <chrono>
#include <memory>

namespace fleet::schedule {

class FleetService final : public QObject
{
    Q_OBJECT
public:
    // clock: null for the system clock (tests pass a TestClock, which must outlive the service).
    explicit FleetService(const ProfileRoot &profile, Clock *clock = nullptr, QObject *parent = nullptr);
    ~FleetService() override;
    Q_DISABLE_COPY_MOVE(FleetService)

    // Poll interval from the profile's settings (poll/intervalMinutes, default 60, 1..1440).
    std::chrono::minutes pollInterval() const;
    QString setPollInterval(std::chrono::minutes interval); // empty on success, else why not

    // Loads the saved schedule state (a damaged file is reported through warning()) and starts timing.
    void start();
    bool pollNow();
    void pause() { m_scheduler.pause(); }
    void resume() { m_scheduler.resume(); }
    bool isPaused() const { return m_scheduler.isPaused(); }
    bool isPolling() const { return m_pollJob.isRunning(); }
    QDateTime nextPoll() const { return m_scheduler.nextDue(PollJob::jobName()); }
    std::optional<JobState> lastPoll() const { return m_scheduler.jobState(PollJob::jobName()); }

Q_SIGNALS:
    void pollStarted();
    void pollProgress(int done, int total);
    void pollFinished(const fleet::schedule::PollJobOutcome &outcome);
    void nextPollChanged(const QDateTime &when);
    void warning(const QString &message);

private:
    bool ensureJobs();
    std::unique_ptr<SystemClock> m_ownClock;
    ScheduleState m_state;
    QSettings m_settings;
    Scheduler m_scheduler;
    PollJob m_pollJob;
};

} // namespace fleet::schedule
