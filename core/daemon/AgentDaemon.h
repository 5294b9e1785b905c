#pragma once
// The headless agent: the same always-on services the desktop app runs (the fleet poll and the
// scheduled discovery in schedule::FleetService, the daily sync, command poll and outbox retries
// in sync::SyncService) without a window, for one profile, with an orderly stop.
//
// Stopping: a stop request lets work in progress finish for up to the grace period (its results
// are then stored) and abandons it after that, or at once on a second request. Abandoning is safe
// by construction of the core: a poll stores its results in one transaction after the poll, the
// outbox removes a payload only when the server acknowledged it, and the schedule records the
// start of a run before it runs, so the next start repeats an interrupted run.

#include "daemon/SystemdNotifier.h"
#include "util/ProfileRoot.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace fleet::schedule {
class FleetService;
}
namespace fleet::sync {
class SyncService;
}
namespace fleet::alerting {
class AlertingService;
}
namespace fleet::control {
class ControlServer;
}

namespace fleet::daemon {

class AgentDaemon final : public QObject
{
    Q_OBJECT
public:
    enum class Claim : quint8 {
        Owned,          // this process runs the profile
        AlreadyRunning, // another fleetkeeperd holds the profile's lock
        DesktopRunning, // the desktop app runs its schedules on this profile
        Failed,         // the lock file could not be created (errorString())
    };

    explicit AgentDaemon(ProfileRoot profile, QObject *parent = nullptr);
    // Stops the services: work still in progress is abandoned (see above).
    ~AgentDaemon() override;
    Q_DISABLE_COPY_MOVE(AgentDaemon)

    static QString lockFilePath(const ProfileRoot &profile);

    // One daemon per profile, and none next to the desktop app on the same profile (both would
    // poll the same fleet). A lock left by a killed daemon is taken over.
    Claim claim();
    QString errorString() const { return m_error; }

    void setStopGrace(std::chrono::milliseconds grace) { m_grace = grace; }
    std::chrono::milliseconds stopGrace() const { return m_grace; }

    // Starts the services and tells systemd that the daemon is ready. Call after claim() == Owned.
    void start();
    // The first call waits (up to the grace period) for work in progress; a second one stops at once.
    void requestStop(const QString &reason);
    // Re-reads the settings a person or a remote command may have changed (poll interval,
    // discovery, sync times and mode).
    void reload();
    bool isBusy() const;
    // The control socket the desktop app and the CLI attach to (null before start()).
    control::ControlServer *controlServer() const { return m_control.get(); }

Q_SIGNALS:
    // The daemon has stopped its work; the owner leaves its event loop.
    void stopped();

private:
    void connectServices();
    void checkIdle();
    void finishStop();
    void updateStatus(const QString &last);

    ProfileRoot m_profile;
    QLockFile m_lock;
    QString m_error;
    SystemdNotifier m_notifier;
    std::unique_ptr<schedule::FleetService> m_fleet;
    std::unique_ptr<sync::SyncService> m_sync;
    std::unique_ptr<alerting::AlertingService> m_alerting; // after every poll and sync: conditions, mail
    std::unique_ptr<control::ControlServer> m_control;
    std::chrono::milliseconds m_grace{std::chrono::seconds(10)};
    QTimer m_idleCheck;
    QElapsedTimer m_stopClock;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace fleet::daemon
