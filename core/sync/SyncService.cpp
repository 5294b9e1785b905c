#include "sync/SyncService.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QSettings>

namespace fleet::sync {

namespace {
// The system clock is re-checked at least this often (sleep, clock changes).
constexpr int kMaxRetryWaitMs = 60 * 1000;
// How often approved or expired remote-action requests are looked for (one query when idle).
constexpr int kConsentCheckMs = 60 * 1000;

schedule::Clock *clockOr(schedule::Clock *given, std::unique_ptr<schedule::SystemClock> &own)
{
    if (given)
        return given;
    own = std::make_unique<schedule::SystemClock>();
    return own.get();
}
} // namespace

QString SyncService::statePath(const ProfileRoot &profile)
{
    // Its own file: the fleet poll's ScheduleState rewrites schedule.json from its own memory.
    return profile.dir() + QStringLiteral("/sync-schedule.json");
}

schedule::Schedule SyncService::syncSchedule(const SyncSettings &settings)
{
    schedule::Schedule s = schedule::Schedule::dailyAt(settings.syncTime, std::chrono::minutes(settings.spreadMinutes));
    s.setEnabled(settings.isRegistered());
    return s;
}

schedule::Schedule SyncService::commandSchedule(const SyncSettings &settings)
{
    schedule::Schedule s =
        schedule::Schedule::dailyAt(settings.commandPollTime, std::chrono::minutes(settings.spreadMinutes));
    s.setEnabled(settings.isRegistered() && !settings.isLockedDown());
    return s;
}

SyncService::SyncService(const ProfileRoot &profile, schedule::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_clock(clockOr(clock, m_ownClock))
    , m_state(statePath(profile))
    , m_scheduler(m_clock, &m_state)
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<CommandReport>();
    m_thread.setObjectName(QStringLiteral("fleet-sync"));
    m_agent = new SyncAgent(profile);
    m_agent->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_agent, &QObject::deleteLater);
    schedule::Clock *c = m_clock;
    // SystemClock::now() is thread-safe; a TestClock is only moved while the agent is idle.
    m_agent->setNowFunction([c] { return c->now(); });
    m_thread.start();

    connect(&m_scheduler, &schedule::Scheduler::nextDueChanged, this,
            [this](const QString &name, const QDateTime &when) {
                if (name == syncJobName())
                    Q_EMIT nextSyncChanged(when);
            });
    connect(&m_scheduler, &schedule::Scheduler::stateSaveFailed, this, &SyncService::warning);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncService::armRetry);
    connect(m_clock, &schedule::Clock::changed, this, &SyncService::armRetry);
    m_consentTimer.setInterval(kConsentCheckMs);
    connect(&m_consentTimer, &QTimer::timeout, this, &SyncService::runConsentsNow);
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::setRandomGenerator(QRandomGenerator *rng)
{
    m_rng = rng;
    m_scheduler.setRandomGenerator(rng);
    QMetaObject::invokeMethod(
        m_agent, [agent = m_agent, rng] { agent->setRandomGenerator(rng); }, Qt::BlockingQueuedConnection);
}

bool SyncService::ensureJobs()
{
    if (m_scheduler.jobNames().contains(syncJobName()))
        return true;
    if (const QString problem = m_state.load(); !problem.isEmpty())
        Q_EMIT warning(problem);
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const SyncSettings settings = SyncSettings::load(ini);
    const auto add = [this](const QString &name, const schedule::Schedule &s, Operation operation) {
        const QString problem = m_scheduler.addJob(
            name, s, [this, operation](schedule::JobDone done) { enqueue(operation, std::move(done)); });
        if (!problem.isEmpty())
            Q_EMIT warning(problem);
        return problem.isEmpty();
    };
    return add(syncJobName(), syncSchedule(settings), Operation::Sync) &&
           add(commandJobName(), commandSchedule(settings), Operation::Commands);
}

void SyncService::start()
{
    if (!ensureJobs())
        return;
    m_scheduler.start();
    enqueue(Operation::QueryRetry);
    m_consentTimer.start();
}

void SyncService::reloadSettings()
{
    if (!ensureJobs())
        return;
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const SyncSettings settings = SyncSettings::load(ini);
    for (const QString &problem : {m_scheduler.setSchedule(syncJobName(), syncSchedule(settings)),
                                   m_scheduler.setSchedule(commandJobName(), commandSchedule(settings))})
        if (!problem.isEmpty())
            Q_EMIT warning(problem);
}

bool SyncService::authorize(const security::Actor &actor, const QString &action)
{
    const security::Audit audit =
        actor.role == security::Role::System ? security::Audit::RefusalsOnly : security::Audit::Always;
    const security::SecurityError denied =
        security::authorizeLater(m_profile.databasePath(), security::Permission::Sync, {actor, action}, audit);
    if (denied)
        Q_EMIT warning(denied.message);
    return !denied;
}

bool SyncService::syncNow(const security::Actor &actor)
{
    return authorize(actor, QStringLiteral("sync.now")) && ensureJobs() && m_scheduler.runNow(syncJobName());
}

bool SyncService::pollCommandsNow(const security::Actor &actor)
{
    return authorize(actor, QStringLiteral("sync.commands")) && ensureJobs() && m_scheduler.runNow(commandJobName());
}

void SyncService::runConsentsNow()
{
    const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                    [](const Queued &q) { return q.operation == Operation::Consents; });
    if (!queued)
        enqueue(Operation::Consents);
}

void SyncService::setConsentCheckInterval(int ms)
{
    m_consentTimer.setInterval(ms);
}

void SyncService::enqueue(Operation operation, schedule::JobDone done)
{
    m_queue.push_back({operation, std::move(done)});
    dispatchNext();
}

void SyncService::dispatchNext()
{
    if (m_working || m_queue.empty())
        return;
    Queued next = std::move(m_queue.front());
    m_queue.pop_front();
    m_working = true;
    SyncAgent *agent = m_agent;
    schedule::JobDone done = std::move(next.done);
    // Reports come back on this thread; done (the Scheduler's) may be called from any thread.
    const auto syncDone = [this, done](const SyncReport &report) {
        if (done)
            done(report.ok, report.summary());
        QMetaObject::invokeMethod(this, [this, report] {
            setNextRetry(report.queued > 0 && !report.registrationRequired ? report.nextAttempt : QDateTime());
            Q_EMIT syncFinished(report);
            onOperationDone();
        });
    };
    switch (next.operation) {
    case Operation::Sync:
        QMetaObject::invokeMethod(agent, [agent, syncDone] { agent->sync({}, syncDone); });
        return;
    case Operation::Retry:
        QMetaObject::invokeMethod(agent, [agent, syncDone] {
            SyncRunOptions options;
            options.buildPayload = false;
            options.onlyDue = true;
            agent->sync(options, syncDone);
        });
        return;
    case Operation::Commands:
        QMetaObject::invokeMethod(agent, [this, agent, done] {
            agent->pollCommands([this, done](const CommandReport &report) {
                // Locked down or not registered is not a failure of the schedule.
                const bool ok = report.ok || report.error.kind == SyncErrorKind::NotAllowed;
                if (done)
                    done(ok, report.summary());
                QMetaObject::invokeMethod(this, [this, report] {
                    Q_EMIT commandsFinished(report);
                    if (report.settingsChanged > 0)
                        Q_EMIT remoteSettingsApplied(report.settingsChanged);
                    onOperationDone();
                });
            });
        });
        return;
    case Operation::Consents:
        QMetaObject::invokeMethod(agent, [this, agent] {
            agent->runConsents([this](const CommandReport &report) {
                QMetaObject::invokeMethod(this, [this, report] {
                    Q_EMIT consentsFinished(report);
                    onOperationDone();
                });
            });
        });
        return;
    case Operation::QueryRetry:
        QMetaObject::invokeMethod(agent, [this, agent] {
            QDateTime next;
            if (!agent->open())
                if (auto n = Outbox(agent->db()).nextAttempt())
                    next = *n;
            QMetaObject::invokeMethod(this, [this, next] {
                setNextRetry(next);
                onOperationDone();
            });
        });
        return;
    }
}

void SyncService::onOperationDone()
{
    m_working = false;
    dispatchNext();
}

void SyncService::setNextRetry(const QDateTime &when)
{
    if (when != m_nextRetry) {
        m_nextRetry = when;
        Q_EMIT nextRetryChanged(when);
    }
    armRetry();
}

void SyncService::armRetry()
{
    m_retryTimer.stop();
    if (!m_nextRetry.isValid())
        return;
    const qint64 wait = m_clock->now().msecsTo(m_nextRetry);
    if (wait <= 0) {
        // Due: a retry that finds nothing due delivers nothing and clears the time.
        const bool alreadyQueued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                               [](const Queued &q) { return q.operation == Operation::Retry; });
        m_nextRetry = QDateTime();
        if (!alreadyQueued) {
            qCInfo(lcSync) << "retrying queued payloads";
            enqueue(Operation::Retry);
        }
        return;
    }
    m_retryTimer.start(int(std::min<qint64>(wait, kMaxRetryWaitMs)));
}

} // namespace fleet::sync
