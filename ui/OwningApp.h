#pragma once
// The desktop app in its owning mode: no service owns the profile, so this process runs the
// schedules (FleetService), the daily upload (SyncService) and the alerting for as long as it
// runs, window closed or not, with its tray icon and, when asked, the demo fleet. The window
// appears once it is known who uses it (SessionStarter). See AttachedApp for the other mode.

#include "GuiOptions.h"
#include "util/ProfileRoot.h"

#include <memory>

namespace fleet {
class SingleInstance;
}
namespace fleet::alerting {
class AlertingService;
}
namespace fleet::demo {
class DemoFleet;
}
namespace fleet::schedule {
class FleetService;
}
namespace fleet::sync {
class SyncService;
}

namespace fleet::ui {

class MainWindow;
class SessionStarter;
class TrayController;

class OwningApp final
{
public:
    // instance: this process's claim on the profile; a later launch brings the window up.
    OwningApp(const ProfileRoot &profile, const GuiOptions &options, SingleInstance &instance);
    ~OwningApp();
    Q_DISABLE_COPY_MOVE(OwningApp)

    // The demo fleet of simulated printers from the recordings in recordingsDir, with its banner;
    // it starts with the schedules.
    void addDemo(const QString &recordingsDir);
    // Who uses the app, then the event loop; the exit code.
    int run();

private:
    void launch();

    ProfileRoot m_profile;
    GuiOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<schedule::FleetService> m_service;
    std::unique_ptr<sync::SyncService> m_sync;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<alerting::AlertingService> m_alerting;
    std::unique_ptr<demo::DemoFleet> m_demo;
    std::unique_ptr<SessionStarter> m_starter;
};

} // namespace fleet::ui
