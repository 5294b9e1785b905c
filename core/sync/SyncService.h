#pragma once
// Remote services as one always-on object a front end owns (R3.3, R3.5, R9): the daily sync and
// the daily command poll on core/schedule's Scheduler (random spread, catch-up of a run missed
// while the agent was off, state in <profile>/sync-schedule.json), and the retry of queued
// payloads at the time the outbox says. The work itself runs in a SyncAgent on a worker thread
// with its own database connection; operations run one at a time, in the order they were asked.

#include "schedule/Clock.h"
#include "schedule/ScheduleState.h"
#include "schedule/Scheduler.h"
#include "security/Guard.h"
#include "sync/SyncAgent.h"
#include "sync/SyncSettings.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <deque>
#include <memory>

namespace fleet::sync {

class SyncService final : public QObject
{
    Q_OBJECT
public:
    // clock: null for the system clock (tests pass a TestClock that outlives the service).
    explicit SyncService(const ProfileRoot &profile, schedule::Clock *clock = nullptr, QObject *parent = nullptr);
    ~SyncService() override;
    Q_DISABLE_COPY_MOVE(SyncService)

    static QString syncJobName() { return QStringLiteral("sync"); }
    static QString commandJobName() { return QStringLiteral("commands"); }
    static QString statePath(const ProfileRoot &profile);
    // The schedules the settings ask for: daily at syncTime / commandPollTime with the spread;
    // the command poll is disabled in locked-down mode and before registration.
    static schedule::Schedule syncSchedule(const SyncSettings &settings);
    static schedule::Schedule commandSchedule(const SyncSettings &settings);

    // Loads the schedule state (a damaged file is reported through warning()), registers the
    // jobs, starts timing and arms the retry of queued payloads.
    void start();
    // Re-reads the settings (after registration or a change of times or mode).
    void reloadSettings();
    // On behalf of actor (sync): false when refused (warning() says why, and the refusal is
    // audited) or when the run cannot start. A person's request is audited too.
    bool syncNow(const security::Actor &actor);
    bool pollCommandsNow(const security::Actor &actor);
    // The agent itself: syncNow(Actor::system()) and pollCommandsNow(Actor::system()).
    bool syncNow() { return syncNow(security::Actor::system()); }
    bool pollCommandsNow() { return pollCommandsNow(security::Actor::system()); }
    // Remote-action consents: runs approved requests and reports expired ones now (the GUI calls
    // it after a decision); also checked every consentCheckIntervalMs (a decision made in the CLI).
    void runConsentsNow();
    void setConsentCheckInterval(int ms);

    QDateTime nextSync() const { return m_scheduler.nextDue(syncJobName()); }
    QDateTime nextCommandPoll() const { return m_scheduler.nextDue(commandJobName()); }
    QDateTime nextRetry() const { return m_nextRetry; }
    bool isWorking() const { return m_working; }
    schedule::Scheduler &scheduler() { return m_scheduler; }

    // For tests: the jitter of retries and the spread of the daily runs.
    void setRandomGenerator(QRandomGenerator *rng);

Q_SIGNALS:
    void syncFinished(const fleet::sync::SyncReport &report);
    void commandsFinished(const fleet::sync::CommandReport &report);
    void consentsFinished(const fleet::sync::CommandReport &report);
    // The server changed settings (already stored and logged): services reading them reload.
    void remoteSettingsApplied(int changes);
    void nextSyncChanged(const QDateTime &when);
    void nextRetryChanged(const QDateTime &when);
    void warning(const QString &message);

private:
    enum class Operation : quint8 { Sync, Retry, Commands, QueryRetry, Consents };
    struct Queued
    {
        Operation operation;
        schedule::JobDone done;
    };

    void enqueue(Operation operation, schedule::JobDone done = {});
    void dispatchNext();
    void onOperationDone();
    void setNextRetry(const QDateTime &when);
    void armRetry();
    bool ensureJobs();
    bool authorize(const security::Actor &actor, const QString &action);

    ProfileRoot m_profile;
    std::unique_ptr<schedule::SystemClock> m_ownClock;
    schedule::Clock *m_clock;
    schedule::ScheduleState m_state;
    schedule::Scheduler m_scheduler;
    QThread m_thread;
    SyncAgent *m_agent = nullptr; // lives on m_thread
    std::deque<Queued> m_queue;
    bool m_working = false;
    QTimer m_retryTimer;
    QTimer m_consentTimer;
    QDateTime m_nextRetry;
    QRandomGenerator *m_rng = nullptr;
};

} // namespace fleet::sync

Q_DECLARE_METATYPE(fleet::sync::SyncReport)
Q_DECLARE_METATYPE(fleet::sync::CommandReport)
