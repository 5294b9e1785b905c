#include "daemon/SystemdNotifier.h"

#include "daemon/DaemonLog.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace fleet::daemon {

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_socketPath(qgetenv("NOTIFY_SOCKET"))
{
    bool ok = false;
    const qulonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toULongLong(&ok);
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    // WATCHDOG_PID names the process the watchdog is meant for; a child we started must not feed it.
    const bool forUs = pid.isEmpty() || pid.toLongLong() == qint64(::getpid());
    if (ok && usec > 0 && forUs && isEnabled())
        m_watchdog = std::chrono::microseconds(usec);
    m_watchdogTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_watchdogTimer, &QTimer::timeout, this, [this] {
        if (const QString e = notify("WATCHDOG=1"); !e.isEmpty())
            qCWarning(lcDaemon) << "watchdog:" << e;
    });
}

QString SystemdNotifier::notify(const QByteArray &state)
{
    if (!isEnabled())
        return {};
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    QByteArray path = m_socketPath;
    if (path.startsWith('@'))
        path[0] = '\0'; // abstract namespace
    if (path.size() >= qsizetype(sizeof address.sun_path))
        return tr("The notification socket name is too long.");
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return tr("Cannot create a socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<sockaddr *>(&address), length);
    const int error = errno;
    ::close(fd);
    if (sent != ssize_t(state.size()))
        return tr("Cannot notify the service manager: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
    return {};
}

QString SystemdNotifier::ready(const QString &status)
{
    return notify("READY=1\nSTATUS=" + status.toUtf8());
}

QString SystemdNotifier::stopping()
{
    return notify("STOPPING=1");
}

QString SystemdNotifier::status(const QString &status)
{
    return notify("STATUS=" + status.toUtf8());
}

void SystemdNotifier::startWatchdog()
{
    if (m_watchdog.count() <= 0)
        return;
    const auto half = std::chrono::duration_cast<std::chrono::milliseconds>(m_watchdog / 2);
    m_watchdogTimer.start(std::max(half, std::chrono::milliseconds(1)));
    notify("WATCHDOG=1");
}

} // namespace fleet::daemon
