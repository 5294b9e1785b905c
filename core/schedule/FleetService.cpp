#include "schedule/FleetService.h"

#include <QCoreApplication>

namespace fleet::schedule {

namespace {
const QString kIntervalKey = QStringLiteral("poll/intervalMinutes");
constexpr int kDefaultMinutes = 60;

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
    , m_state(ScheduleState::pathIn(profile))
    , m_settings(profile.settingsPath(), QSettings::IniFormat)
    , m_scheduler(clockOr(clock, m_ownClock), &m_state)
    , m_pollJob(profile)
{
    connect(&m_scheduler, &Scheduler::jobStarted, this, [this](const QString &name) {
        if (name == PollJob::jobName())
            Q_EMIT pollStarted();
    });
    connect(&m_scheduler, &Scheduler::nextDueChanged, this, [this](const QString &name, const QDateTime &when) {
        if (name == PollJob::jobName())
            Q_EMIT nextPollChanged(when);
    });
    connect(&m_scheduler, &Scheduler::stateSaveFailed, this, &FleetService::warning);
    connect(&m_pollJob, &PollJob::progress, this, &FleetService::pollProgress);
    connect(&m_pollJob, &PollJob::finished, this, &FleetService::pollFinished);
}

FleetService::~FleetService() = default;

std::chrono::minutes FleetService::pollInterval() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIntervalKey, kDefaultMinutes).toInt(&ok);
    return std::chrono::minutes(ok && minutes >= 1 && minutes <= 1440 ? minutes : kDefaultMinutes);
}

QString FleetService::setPollInterval(std::chrono::minutes interval)
{
    if (interval.count() < 1 || interval.count() > 1440)
        return QCoreApplication::translate("fleet::schedule::FleetService",
                                           "The poll interval must be between 1 minute and 24 hours.");
    m_settings.setValue(kIntervalKey, int(interval.count()));
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return QCoreApplication::translate("fleet::schedule::FleetService", "The settings could not be saved.");
    if (m_scheduler.jobNames().contains(PollJob::jobName()))
        return m_scheduler.setSchedule(PollJob::jobName(), Schedule::every(interval));
    return {};
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
    return true;
}

void FleetService::start()
{
    if (ensureJobs())
        m_scheduler.start();
}

// Works before start() too: an on-demand poll needs no schedule running.
bool FleetService::pollNow()
{
    return ensureJobs() && m_scheduler.runNow(PollJob::jobName());
}

} // namespace fleet::schedule
