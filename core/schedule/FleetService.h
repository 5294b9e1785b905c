#pragma once
// The agent's always-on part as one object a front end owns: the scheduler with the periodic poll of
// the stored fleet and the scheduled discovery, their state persisted in the profile, and the settings
// they run on. The desktop app (and later the daemon) create one and show what it reports; nothing
// here blocks the caller's thread. Pausing stops every job from starting on schedule and is kept in
// the settings, so a paused agent stays paused after a restart.

#include "schedule/Clock.h"
#include "schedule/PollJob.h"
#include "schedule/ScheduleState.h"
#include "schedule/ScheduledDiscovery.h"
#include "schedule/Scheduler.h"
#include "security/Guard.h"
#include "util/AppSettings.h"

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

    const ProfileRoot &profile() const { return m_profile; }
    // The profile's settings, shared with the dialogs so there is one view of the file.
    AppSettings &settings() { return m_settings; }

    // Poll interval from the profile's settings (poll/intervalMinutes, default 60, 1..1440).
    std::chrono::minutes pollInterval() const { return m_settings.pollInterval(); }
    // Needs change-settings (the refusal's message is returned, and audited like the change).
    QString setPollInterval(const security::Actor &actor, std::chrono::minutes interval); // empty: done

    // The scheduled discovery (off by default). Setting checks the targets' syntax and the
    // ranges, saves, and reschedules; empty on success, else why not (nothing is changed then).
    DiscoverySettings discoverySettings() const { return m_settings.discovery(); }
    QString setDiscoverySettings(const security::Actor &actor, const DiscoverySettings &settings);
    // The ini changed behind the service's back (remote settings, another process): the poll and
    // discovery schedules follow what it says now. Empty on success, else why not.
    QString reloadSettings();

    // Loads the saved schedule state (a damaged file is reported through warning()) and starts timing.
    void start();
    // A poll now on behalf of actor (poll-now); false when refused (warning() says why) or when a
    // poll is running. A person's request and every refusal are audited.
    bool pollNow(const security::Actor &actor);
    // The agent itself (start-up): pollNow(Actor::system()).
    bool pollNow() { return pollNow(security::Actor::system()); }
    // Runs the configured discovery now, scheduled or not, for actor (discover); false when refused
    // (warning() says why) or when it is running already.
    bool discoverNow(const security::Actor &actor);
    // The agent itself: discoverNow(Actor::system()).
    bool discoverNow() { return discoverNow(security::Actor::system()); }

    // Persisted (schedule/paused); runs in progress finish, pollNow and discoverNow still work.
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    void setPaused(bool paused);
    bool isPaused() const { return m_scheduler.isPaused(); }

    bool isPolling() const { return m_pollJob.isRunning(); }
    QDateTime nextPoll() const { return m_scheduler.nextDue(PollJob::jobName()); }
    std::optional<JobState> lastPoll() const { return m_scheduler.jobState(PollJob::jobName()); }
    bool isDiscovering() const { return m_discovery.isRunning(); }
    QDateTime nextDiscovery() const { return m_scheduler.nextDue(ScheduledDiscovery::jobName()); }
    std::optional<JobState> lastDiscovery() const { return m_scheduler.jobState(ScheduledDiscovery::jobName()); }

Q_SIGNALS:
    void pollStarted();
    void pollProgress(int done, int total);
    void pollFinished(const fleet::schedule::PollJobOutcome &outcome);
    void nextPollChanged(const QDateTime &when);
    void discoveryStarted();
    void discoveryProgress(const fleet::discovery::DiscoveryProgress &progress);
    void discoveryFinished(const fleet::schedule::DiscoveryJobOutcome &outcome);
    void nextDiscoveryChanged(const QDateTime &when); // invalid: not scheduled
    void pausedChanged(bool paused);
    void warning(const QString &message);

private:
    bool ensureJobs();
    // Checks actor and writes the audit row off this (the GUI's) thread; the refusal or none.
    security::SecurityError authorize(const security::Actor &actor, security::Permission permission,
                                      const QString &action, const QJsonObject &parameters);
    ProfileRoot m_profile;
    std::unique_ptr<SystemClock> m_ownClock;
    ScheduleState m_state;
    AppSettings m_settings;
    Scheduler m_scheduler;
    PollJob m_pollJob;
    ScheduledDiscovery m_discovery;
};

} // namespace fleet::schedule
