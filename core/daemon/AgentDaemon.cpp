#include "daemon/AgentDaemon.h"

#include "alerting/AlertingService.h"
#include "control/ControlServer.h"
#include "daemon/DaemonLog.h"
#include "schedule/FleetService.h"
#include "sync/SyncService.h"
#include "util/AppSettings.h"
#include "util/SingleInstance.h"

#include <QLocalSocket>

namespace fleet::daemon {

namespace {
constexpr int kIdleCheckMs = 100;
constexpr int kDesktopProbeMs = 500;
} // namespace

AgentDaemon::AgentDaemon(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_lock(lockFilePath(m_profile))
{
    // A lock is stale only when its process is gone (QLockFile checks the pid), never by age: a
    // daemon runs for months.
    m_lock.setStaleLockTime(std::chrono::milliseconds::zero());
    m_idleCheck.setInterval(kIdleCheckMs);
    connect(&m_idleCheck, &QTimer::timeout, this, &AgentDaemon::checkIdle);
}

AgentDaemon::~AgentDaemon()
{
    // Services first: their threads finish their current statement and close their connections.
    const bool ran = m_fleet != nullptr;
    m_control.reset(); // it refers to the services
    m_alerting.reset();
    m_sync.reset();
    m_fleet.reset();
    if (ran)
        qCInfo(lcDaemon) << "stopped";
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString AgentDaemon::lockFilePath(const ProfileRoot &profile)
{
    return profile.dir() + QStringLiteral("/fleetkeeperd.lock");
}

AgentDaemon::Claim AgentDaemon::claim()
{
    m_error.clear();
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            m_lock.getLockInfo(&pid, &host, &app);
            m_error =
                tr("Another fleetkeeperd (process %1) is running on the profile %2.").arg(pid).arg(m_profile.dir());
            return Claim::AlreadyRunning;
        }
        m_error = tr("Cannot create the lock file %1.").arg(lockFilePath(m_profile));
        return Claim::Failed;
    }
    // The desktop app listens on its single-instance socket while it runs; connecting (and saying
    // nothing) is enough to know, and it drops the idle connection by itself.
    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverNameFor(m_profile.dir()));
    if (probe.waitForConnected(kDesktopProbeMs)) {
        probe.abort();
        m_lock.unlock();
        m_error = tr("The Fleetkeeper desktop app is running on the profile %1; it runs the schedules itself.")
                      .arg(m_profile.dir());
        return Claim::DesktopRunning;
    }
    return Claim::Owned;
}

void AgentDaemon::start()
{
    m_fleet = std::make_unique<schedule::FleetService>(m_profile);
    m_sync = std::make_unique<sync::SyncService>(m_profile);
    m_alerting = std::make_unique<alerting::AlertingService>(m_profile);
    m_alerting->watch(m_fleet.get());
    m_alerting->watch(m_sync.get());
    connectServices();
    m_fleet->start();
    m_sync->start();
    // Attaching is optional: without the socket the daemon still runs the schedules.
    m_control = std::make_unique<control::ControlServer>(m_profile, m_fleet.get(), m_sync.get(), [this] { reload(); });
    if (const QString e = m_control->listen(); !e.isEmpty())
        qCWarning(lcDaemon).noquote() << e;
    qCInfo(lcDaemon).noquote() << "started on profile" << m_profile.dir() << "- poll every"
                               << m_fleet->pollInterval().count() << "min, next poll"
                               << m_fleet->nextPoll().toString(Qt::ISODate) << (m_fleet->isPaused() ? "(paused)" : "");
    if (const QString e = m_notifier.ready(tr("Running; next poll %1").arg(m_fleet->nextPoll().toString(Qt::ISODate)));
        !e.isEmpty())
        qCWarning(lcDaemon).noquote() << e;
    m_notifier.startWatchdog();
}

void AgentDaemon::connectServices()
{
    using schedule::FleetService;
    connect(m_fleet.get(), &FleetService::pollStarted, this, [] { qCInfo(lcDaemon) << "poll started"; });
    connect(m_fleet.get(), &FleetService::pollFinished, this, [this](const schedule::PollJobOutcome &outcome) {
        if (outcome.ok)
            qCInfo(lcDaemon).noquote() << "poll finished:" << outcome.message;
        else
            qCWarning(lcDaemon).noquote() << "poll failed:" << outcome.message;
        updateStatus(outcome.message);
    });
    connect(m_fleet.get(), &FleetService::discoveryStarted, this, [] { qCInfo(lcDaemon) << "discovery started"; });
    connect(m_fleet.get(), &FleetService::discoveryFinished, this,
            [this](const schedule::DiscoveryJobOutcome &outcome) {
                if (outcome.ok)
                    qCInfo(lcDaemon).noquote() << "discovery finished:" << outcome.message;
                else
                    qCWarning(lcDaemon).noquote() << "discovery failed:" << outcome.message;
                for (const QString &notice : outcome.notices)
                    qCInfo(lcDaemon).noquote() << "discovery:" << notice;
                updateStatus(outcome.message);
            });
    connect(m_fleet.get(), &FleetService::pausedChanged, this,
            [](bool paused) { qCInfo(lcDaemon) << (paused ? "schedule paused" : "schedule resumed"); });
    connect(m_fleet.get(), &FleetService::warning, this,
            [](const QString &message) { qCWarning(lcDaemon).noquote() << message; });
    connect(m_sync.get(), &sync::SyncService::syncFinished, this, [](const sync::SyncReport &report) {
        if (report.ok)
            qCInfo(lcDaemon).noquote() << "sync:" << report.summary();
        else
            qCWarning(lcDaemon).noquote() << "sync:" << report.summary();
    });
    connect(m_sync.get(), &sync::SyncService::commandsFinished, this, [](const sync::CommandReport &report) {
        if (report.ok)
            qCInfo(lcDaemon).noquote() << "commands:" << report.summary();
        else
            qCWarning(lcDaemon).noquote() << "commands:" << report.summary();
    });
    connect(m_sync.get(), &sync::SyncService::warning, this,
            [](const QString &message) { qCWarning(lcDaemon).noquote() << message; });
    connect(m_sync.get(), &sync::SyncService::remoteSettingsApplied, this, [this] {
        if (const QString problem = m_fleet->reloadSettings(); !problem.isEmpty())
            qCWarning(lcDaemon).noquote() << "remote settings:" << problem;
    });
}

bool AgentDaemon::isBusy() const
{
    return (m_fleet && (m_fleet->isPolling() || m_fleet->isDiscovering())) || (m_sync && m_sync->isWorking());
}

void AgentDaemon::requestStop(const QString &reason)
{
    if (m_stopped)
        return;
    if (m_stopping) {
        qCInfo(lcDaemon).noquote() << reason << "again: abandoning the work in progress";
        finishStop();
        return;
    }
    m_stopping = true;
    m_notifier.stopping();
    if (m_control)
        m_control->setStopping(true);
    // No sync may start while we wait (an in-memory pause: the persisted one would keep the next
    // start paused). Limit: FleetService has only the persisted pause, so a poll that falls due
    // during the grace period still starts; it is then abandoned with the rest.
    if (m_sync)
        m_sync->scheduler().pause();
    if (!isBusy()) {
        qCInfo(lcDaemon).noquote() << reason << "- stopping";
        finishStop();
        return;
    }
    qCInfo(lcDaemon).noquote() << reason << "- letting the work in progress finish for up to"
                               << m_grace.count() / 1000.0 << "s";
    m_stopClock.start();
    m_idleCheck.start();
}

void AgentDaemon::checkIdle()
{
    if (!isBusy()) {
        qCInfo(lcDaemon) << "work in progress finished; stopping";
        finishStop();
    } else if (m_stopClock.hasExpired(m_grace.count())) {
        qCWarning(lcDaemon) << "work still in progress after the grace period: abandoning it (it runs again at "
                               "the next start)";
        finishStop();
    }
}

void AgentDaemon::finishStop()
{
    m_idleCheck.stop();
    m_stopped = true;
    Q_EMIT stopped();
}

void AgentDaemon::reload()
{
    if (!m_fleet || m_stopping)
        return;
    // Re-reading the file changes nothing by itself: whoever wrote it was checked then.
    if (const QString e = m_fleet->reloadSettings(); !e.isEmpty())
        qCWarning(lcDaemon).noquote() << "reload:" << e;
    m_sync->reloadSettings();
    qCInfo(lcDaemon).noquote() << "settings reloaded; poll every" << m_fleet->pollInterval().count() << "min, next poll"
                               << m_fleet->nextPoll().toString(Qt::ISODate);
    if (m_control)
        m_control->publish(control::eventSettingsReloaded());
}

void AgentDaemon::updateStatus(const QString &last)
{
    if (m_fleet)
        m_notifier.status(tr("%1 Next poll %2.").arg(last, m_fleet->nextPoll().toString(Qt::ISODate)));
}

} // namespace fleet::daemon
