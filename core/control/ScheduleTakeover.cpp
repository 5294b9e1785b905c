#include "control/ScheduleTakeover.h"

#include "control/ControlLog.h"
#include "control/DaemonClient.h"
#include "daemon/AgentDaemon.h"
#include "util/SingleInstance.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QProcess>

#include <cerrno>
#include <csignal>

namespace fleet::control {

namespace {
constexpr int kRetryMs = 5000;
constexpr int kWatchMs = 100;
constexpr int kProbeMs = 200;
// The new process listens on its single-instance socket within a second or two of starting.
constexpr int kHandOverTimeoutMs = 30000;

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}
} // namespace

ScheduleTakeover::ScheduleTakeover(ProfileRoot profile, DaemonClient *client, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_client(client)
    , m_lock(daemon::AgentDaemon::lockFilePath(m_profile))
{
    // As the daemon does: a lock is stale only when its process is gone, never by age.
    m_lock.setStaleLockTime(std::chrono::milliseconds::zero());
    bool set = false;
    const int graceMs = qEnvironmentVariableIntValue(qPrintable(graceVariable()), &set);
    if (set)
        m_grace = std::chrono::milliseconds(graceMs);
    m_graceTimer.setSingleShot(true);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    m_watch.setInterval(kWatchMs);
    connect(&m_graceTimer, &QTimer::timeout, this, &ScheduleTakeover::attempt);
    connect(&m_retry, &QTimer::timeout, this, &ScheduleTakeover::attempt);
    connect(&m_watch, &QTimer::timeout, this, &ScheduleTakeover::checkSuccessor);
    connect(m_client, &DaemonClient::connectedChanged, this, &ScheduleTakeover::onConnectedChanged);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments.removeAll(QStringLiteral("--") + tookOverOption());
    // The same profile, however this one was chosen (option, environment, default).
    arguments << QStringLiteral("--profile") << m_profile.dir() << QStringLiteral("--") + tookOverOption();
    m_program = QCoreApplication::applicationFilePath();
    m_arguments = arguments;
}

ScheduleTakeover::~ScheduleTakeover()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

void ScheduleTakeover::setSuccessor(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void ScheduleTakeover::start()
{
    m_started = true;
    if (!m_client->isConnected())
        onConnectedChanged(false);
}

void ScheduleTakeover::onConnectedChanged(bool connected)
{
    if (!m_started || m_state == State::HandingOver || m_state == State::HandedOver)
        return;
    if (connected) {
        if (m_state == State::Waiting)
            qCInfo(lcControl) << "the service is back; staying attached";
        m_graceTimer.stop();
        m_retry.stop();
        m_lastRefusal.clear();
        m_state = State::Watching;
        return;
    }
    if (m_grace.count() <= 0 || m_state == State::Waiting)
        return;
    m_state = State::Waiting;
    qCInfo(lcControl).noquote() << "the service is gone; this app takes over the schedule in"
                                << m_grace.count() / 1000.0 << "s unless it comes back";
    m_graceTimer.start(m_grace);
}

void ScheduleTakeover::attempt()
{
    if (m_state != State::Waiting)
        return;
    // Between two reconnect attempts the daemon may be back already.
    if (m_client->isConnected() || m_client->connectToDaemon(kProbeMs))
        return; // connectedChanged(true) follows
    auto refuse = [this](const QString &why) {
        if (why != m_lastRefusal)
            qCInfo(lcControl).noquote() << "not taking over the schedule:" << why << "- trying again";
        m_lastRefusal = why;
        m_retry.start();
    };
    if (!m_lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        if (m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &app))
            return refuse(QStringLiteral("the service's lock is held by %1 (process %2)").arg(app).arg(pid));
        return refuse(QStringLiteral("cannot take the service's lock %1 (error %2)")
                          .arg(daemon::AgentDaemon::lockFilePath(m_profile))
                          .arg(int(m_lock.error())));
    }
    // With the lock, no daemon can start; an owning desktop app may still run (started by hand).
    if (desktopOwnerAnswers()) {
        m_lock.unlock();
        if (m_successorPid != 0 && !processGone(m_successorPid)) {
            // The process started earlier made it after all.
            m_state = State::HandedOver;
            qCInfo(lcControl) << "process" << m_successorPid << "runs the schedule now";
            Q_EMIT handedOver(m_successorPid);
            return;
        }
        return refuse(QStringLiteral("a desktop app already runs the schedule of this profile"));
    }
    QProcess successor;
    successor.setProgram(m_program);
    successor.setArguments(m_arguments);
    successor.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!successor.startDetached(&pid)) {
        m_lock.unlock();
        qCWarning(lcControl).noquote() << "cannot start" << m_program
                                       << "to take over the schedule:" << successor.errorString();
        m_retry.start();
        return;
    }
    m_successorPid = pid;
    m_state = State::HandingOver;
    qCInfo(lcControl).noquote() << "the service stopped; handing the schedule to a new app process" << pid;
    Q_EMIT handingOver();
    m_watchDeadline = QDeadlineTimer(kHandOverTimeoutMs);
    m_watch.start();
}

void ScheduleTakeover::checkSuccessor()
{
    if (desktopOwnerAnswers()) {
        m_watch.stop();
        // From here a daemon that starts finds the desktop app and refuses the profile.
        m_lock.unlock();
        m_state = State::HandedOver;
        qCInfo(lcControl) << "process" << m_successorPid << "runs the schedule now";
        Q_EMIT handedOver(m_successorPid);
        return;
    }
    if (processGone(m_successorPid))
        giveBack(QStringLiteral("the new process %1 exited").arg(m_successorPid));
    else if (m_watchDeadline.hasExpired())
        giveBack(QStringLiteral("the new process %1 did not start in time").arg(m_successorPid));
}

void ScheduleTakeover::giveBack(const QString &why)
{
    m_watch.stop();
    m_lock.unlock();
    m_state = State::Waiting;
    qCWarning(lcControl).noquote() << "taking over the schedule failed:" << why << "- staying attached";
    m_retry.start();
}

bool ScheduleTakeover::desktopOwnerAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverNameFor(m_profile.dir()));
    const bool answers = probe.waitForConnected(kProbeMs);
    probe.abort();
    return answers;
}

} // namespace fleet::control
