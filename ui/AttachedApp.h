#pragma once
// The desktop app when the service (fleetkeeperd) owns its profile. Exactly one process runs the
// schedules and writes the database: the daemon. The app then starts no FleetService or
// SyncService; it attaches to the daemon's control socket, shows its state in the status bar and
// the tray, sends Poll now, Pause and "settings changed" to it, and refreshes the fleet (read
// from the database) after the daemon's polls. If the daemon stops, the window says so and
// attaches again when it is back; when it stays away for the grace period, the app takes the
// schedule over (control::ScheduleTakeover: the desktop app starts in its owning mode on the same
// profile and this process quits), so the schedule keeps running.
//
// The attached window is one per profile as well, but under a name of its own (the profile's
// ".attached" directory): the daemon refuses a profile whose desktop app runs the schedules, and
// an attached window must not stop the daemon from being restarted.

#include "util/ProfileRoot.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace fleet::control {
class DaemonClient;
class ScheduleTakeover;
} // namespace fleet::control

namespace fleet::ui {

class MainWindow;
class TrayController;

class AttachedApp final : public QObject
{
    Q_OBJECT
public:
    explicit AttachedApp(ProfileRoot profile, QObject *parent = nullptr);
    ~AttachedApp() override;
    Q_DISABLE_COPY_MOVE(AttachedApp)

    // Connects to the daemon of the profile; false when none answers within timeoutMs.
    bool attach(int timeoutMs);
    // The window and the tray on the attached client (after attach()).
    void build();
    // For main(): one attached window per profile, who uses it, then the event loop; the exit code.
    int run(const QStringList &arguments);

    MainWindow *window() const { return m_window.get(); }
    TrayController *tray() const { return m_tray.get(); }
    control::DaemonClient *client() const { return m_client.get(); }
    control::ScheduleTakeover *takeover() const { return m_takeover.get(); }

private:
    ProfileRoot m_profile;
    std::unique_ptr<control::DaemonClient> m_client;
    std::unique_ptr<control::ScheduleTakeover> m_takeover;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
};

} // namespace fleet::ui
