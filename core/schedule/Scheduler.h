#pragma once
// Runs named recurring jobs on time. One QTimer is armed for the earliest due job (never
// longer than maxTimerInterval, so a wall clock that jumps or a machine that slept is noticed
// within that time); a Clock::changed() re-arms at once. A job never runs twice at the same
// time; a run that was missed (the app was closed, the machine slept) happens once, on start
// or on wake-up. Start, end and the next due time of each job are saved to ScheduleState after
// every change, so a restart carries on where the last process stopped.

#include "schedule/Clock.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleState.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QRandomGenerator;

namespace fleet::schedule {

// Called by a job when it has ended, from any thread, exactly once per start (later calls are
// ignored).
using JobDone = std::function<void(bool ok, const QString &message)>;
// Starts a job; it reports its end through done, usually later.
using JobStarter = std::function<void(JobDone done)>;

class Scheduler final : public QObject
{
    Q_OBJECT
public:
    // clock must outlive the scheduler; state may be null (nothing is persisted).
    Scheduler(Clock *clock, ScheduleState *state, QObject *parent = nullptr);
    ~Scheduler() override;
    Q_DISABLE_COPY_MOVE(Scheduler)

    // Registers a job. Its due time comes from the saved state when that was computed under the
    // same schedule, else from the schedule and the saved last start. Returns why not on a
    // duplicate name or an unusable schedule; empty on success. Jobs start only after start().
    QString addJob(const QString &name, const Schedule &schedule, JobStarter starter);
    // Replaces a job's schedule; the next due time is recomputed from its last start.
    QString setSchedule(const QString &name, const Schedule &schedule);

    // Begins timing (call after adding the jobs, so due jobs start in a defined order).
    void start();
    // Paused: no job starts on schedule (runs in progress finish; runNow still works).
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    // Starts the job now unless it is running or unknown (returns false then).
    bool runNow(const QString &name);
    bool isRunning(const QString &name) const;
    QStringList jobNames() const { return m_order; }
    QDateTime nextDue(const QString &name) const;
    std::optional<JobState> jobState(const QString &name) const;

    // Longest single timer wait; the default is 60 s.
    void setMaxTimerInterval(std::chrono::milliseconds interval) { m_maxWait = interval; }
    // For tests: draws spread offsets from rng (not owned) instead of the global generator.
    void setRandomGenerator(QRandomGenerator *rng) { m_rng = rng; }
    // Milliseconds until the timer fires; -1 when it is not armed (tests check no busy polling).
    int armedIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

Q_SIGNALS:
    void jobStarted(const QString &name);
    void jobFinished(const QString &name, bool ok, const QString &message);
    void nextDueChanged(const QString &name, const QDateTime &nextDue);
    // The state file could not be written (the schedule still runs, from memory).
    void stateSaveFailed(const QString &message);

private:
    struct Job
    {
        Schedule schedule;
        JobStarter starter;
        JobState state;
        bool running = false;
        quint64 runId = 0;
    };

    void startJob(const QString &name);
    void onJobDone(const QString &name, quint64 runId, bool ok, const QString &message);
    void setNextDue(const QString &name, Job &job, const QDateTime &due);
    void runDueJobs();
    void arm();
    void persist(const QString &name, const Job &job);

    Clock *m_clock;
    ScheduleState *m_state;
    QHash<QString, Job> m_jobs;
    QStringList m_order; // registration order: due at the same time, the first added starts first
    QTimer m_timer;
    std::chrono::milliseconds m_maxWait = std::chrono::seconds(60);
    QRandomGenerator *m_rng = nullptr;
    quint64 m_nextRunId = 1;
    bool m_started = false;
    bool m_paused = false;
};

} // namespace fleet::schedule
