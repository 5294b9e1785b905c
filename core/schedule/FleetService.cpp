#include "schedule/FleetService.h"

#include <QJsonArray>

namespace fleet::schedule {

namespace {
Clock *clockOr(Clock *given, std::unique_ptr<SystemClock> &own)
{
    if (given)
        return given;
    own = std::make_unique<SystemClock>();
    return own.get();
}
} // namespace

FleetService::FleetService(const ProfileRoot &profile, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_state(ScheduleState::pathIn(profile))
    , m_settings(profile)
    , m_scheduler(clockOr(clock, m_ownClock), &m_state)
    , m_pollJob(profile)
    , m_discovery(profile)
{
    connect(&m_scheduler, &Scheduler::jobStarted, this, [this](const QString &name) {
        if (name == PollJob::jobName())
            Q_EMIT pollStarted();
        else if (name == ScheduledDiscovery::jobName())
            Q_EMIT discoveryStarted();
    });
    connect(&m_scheduler, &Scheduler::nextDueChanged, this, [this](const QString &name, const QDateTime &when) {
        if (name == PollJob::jobName())
            Q_EMIT nextPollChanged(when);
        else if (name == ScheduledDiscovery::jobName())
            Q_EMIT nextDiscoveryChanged(when);
    });
    connect(&m_scheduler, &Scheduler::stateSaveFailed, this, &FleetService::warning);
    connect(&m_pollJob, &PollJob::progress, this, &FleetService::pollProgress);
    connect(&m_pollJob, &PollJob::finished, this, &FleetService::pollFinished);
    connect(&m_discovery, &ScheduledDiscovery::progress, this, &FleetService::discoveryProgress);
    connect(&m_discovery, &ScheduledDiscovery::finished, this, &FleetService::discoveryFinished);
    m_discovery.setSettings(m_settings.discovery());
    // Before start(): a paused agent must not run a single due job on its way up.
    if (m_settings.schedulePaused())
        m_scheduler.pause();
}

FleetService::~FleetService() = default;

security::SecurityError FleetService::authorize(const security::Actor &actor, security::Permission permission,
                                                const QString &action, const QJsonObject &parameters)
{
    // The scheduler's own runs are routine; a person's request is worth a row.
    const security::Audit audit =
        actor.role == security::Role::System ? security::Audit::RefusalsOnly : security::Audit::Always;
    security::SecurityError denied = security::authorizeLater(m_profile.databasePath(), permission,
                                                              {actor, action, std::nullopt, parameters}, audit);
    if (denied)
        Q_EMIT warning(denied.message);
    return denied;
}

QString FleetService::setPollInterval(const security::Actor &actor, std::chrono::minutes interval)
{
    if (auto denied = authorize(actor, security::Permission::ChangeSettings, QStringLiteral("settings.change"),
                                {{QStringLiteral("pollIntervalMinutes"), double(interval.count())}}))
        return denied.message;
    if (QString problem = m_settings.setPollInterval(interval); !problem.isEmpty())
        return problem;
    if (m_scheduler.jobNames().contains(PollJob::jobName()))
        return m_scheduler.setSchedule(PollJob::jobName(), Schedule::every(interval));
    return {};
}

QString FleetService::setDiscoverySettings(const security::Actor &actor, const DiscoverySettings &settings)
{
    if (auto denied = authorize(actor, security::Permission::ChangeSettings, QStringLiteral("settings.change"),
                                {{QStringLiteral("discoveryScheduled"), settings.mode != DiscoveryMode::Off},
                                 {QStringLiteral("discoveryTargets"), QJsonArray::fromStringList(settings.targets)}}))
        return denied.message;
    if (QString problem = ScheduledDiscovery::check(settings); !problem.isEmpty())
        return problem;
    if (QString problem = m_settings.setDiscovery(settings); !problem.isEmpty())
        return problem;
    m_discovery.setSettings(m_settings.discovery());
    if (m_scheduler.jobNames().contains(ScheduledDiscovery::jobName()))
        return m_scheduler.setSchedule(ScheduledDiscovery::jobName(), ScheduledDiscovery::scheduleFor(settings));
    return {};
}

QString FleetService::reloadSettings()
{
    m_settings.settings().sync();
    QStringList problems;
    if (m_scheduler.jobNames().contains(PollJob::jobName()))
        problems << m_scheduler.setSchedule(PollJob::jobName(), Schedule::every(m_settings.pollInterval()));
    const DiscoverySettings discovery = m_settings.discovery();
    m_discovery.setSettings(discovery);
    if (m_scheduler.jobNames().contains(ScheduledDiscovery::jobName()))
        problems << m_scheduler.setSchedule(ScheduledDiscovery::jobName(), ScheduledDiscovery::scheduleFor(discovery));
    problems.removeAll(QString());
    return problems.join(QStringLiteral("; "));
}

void FleetService::setPaused(bool paused)
{
    if (paused == m_scheduler.isPaused())
        return;
    if (paused)
        m_scheduler.pause();
    else
        m_scheduler.resume();
    // The schedule obeys at once; only remembering it across a restart can fail.
    if (const QString problem = m_settings.setSchedulePaused(paused); !problem.isEmpty())
        Q_EMIT warning(problem);
    Q_EMIT pausedChanged(paused);
}

bool FleetService::ensureJobs()
{
    if (m_scheduler.jobNames().contains(PollJob::jobName()))
        return true;
    if (const QString problem = m_state.load(); !problem.isEmpty())
        Q_EMIT warning(problem);
    if (const QString problem =
            m_scheduler.addJob(PollJob::jobName(), Schedule::every(pollInterval()), m_pollJob.starter());
        !problem.isEmpty()) {
        Q_EMIT warning(problem);
        return false;
    }
    // Registered even when off: discoverNow() runs it on demand, and the saved last run stays known.
    if (const QString problem =
            m_scheduler.addJob(ScheduledDiscovery::jobName(), ScheduledDiscovery::scheduleFor(m_settings.discovery()),
                               m_discovery.starter());
        !problem.isEmpty())
        Q_EMIT warning(problem);
    return true;
}

void FleetService::start()
{
    if (ensureJobs())
        m_scheduler.start();
}

// Works before start() too: an on-demand poll needs no schedule running.
bool FleetService::pollNow(const security::Actor &actor)
{
    if (authorize(actor, security::Permission::PollNow, QStringLiteral("poll.now"), {}))
        return false;
    return ensureJobs() && m_scheduler.runNow(PollJob::jobName());
}

bool FleetService::discoverNow(const security::Actor &actor)
{
    if (authorize(actor, security::Permission::Discover, QStringLiteral("discovery.now"), {}))
        return false;
    return ensureJobs() && m_scheduler.runNow(ScheduledDiscovery::jobName());
}

} // namespace fleet::schedule
