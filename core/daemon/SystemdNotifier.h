#pragma once
// Talks to the service manager the way sd_notify(3) describes, without linking libsystemd: one
// datagram per message to the unix socket named by $NOTIFY_SOCKET ("@" starts an abstract name).
// Outside systemd (no $NOTIFY_SOCKET) every call is a no-op that succeeds, so the daemon runs the
// same from a terminal. The watchdog is fed from the event loop at half the interval systemd asks
// for ($WATCHDOG_USEC): an event loop that hangs stops feeding it and systemd restarts the service.

#include <QObject>
#include <QTimer>

#include <chrono>

namespace fleet::daemon {

class SystemdNotifier final : public QObject
{
    Q_OBJECT
public:
    // Reads $NOTIFY_SOCKET, $WATCHDOG_USEC and $WATCHDOG_PID from the environment.
    explicit SystemdNotifier(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SystemdNotifier)

    bool isEnabled() const { return !m_socketPath.isEmpty(); }
    std::chrono::microseconds watchdogInterval() const { return m_watchdog; }

    // Sends "KEY=value" lines; returns why it failed, empty on success (or when not under systemd).
    QString notify(const QByteArray &state);
    QString ready(const QString &status);
    QString stopping();
    QString status(const QString &status);
    // Starts feeding the watchdog when systemd asked for one; a no-op otherwise.
    void startWatchdog();

private:
    QByteArray m_socketPath;
    std::chrono::microseconds m_watchdog{0};
    QTimer m_watchdogTimer;
};

} // namespace fleet::daemon
