#include "OwningApp.h"

#include "DemoBanner.h"
#include "DesktopSteps.h"
#include "MainWindow.h"
#include "NotificationsView.h"
#include "SessionControls.h"
#include "SessionStarter.h"
#include "SyncView.h"
#include "TrayController.h"
#include "alerting/AlertingService.h"
#include "demo/DemoFleet.h"
#include "schedule/FleetService.h"
#include "sync/SyncService.h"
#include "util/AppSettings.h"
#include "util/SingleInstance.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

namespace fleet::ui {

OwningApp::OwningApp(const ProfileRoot &profile, const GuiOptions &options, SingleInstance &instance)
    : m_profile(profile)
    , m_options(options)
    , m_window(std::make_unique<MainWindow>(profile))
    // Polling and the daily upload run on their schedules for as long as the app runs, window
    // closed or not (catching up a missed run at start).
    , m_service(std::make_unique<schedule::FleetService>(profile))
    , m_sync(std::make_unique<sync::SyncService>(profile))
{
    MainWindow &window = *m_window;
    schedule::FleetService &service = *m_service;
    window.attachService(&service);
    window.syncView()->setSyncService(m_sync.get());
    // Settings the server changed take effect at once, not at the next start.
    QObject::connect(m_sync.get(), &sync::SyncService::remoteSettingsApplied, &service,
                     [&service] { service.reloadSettings(); });
    m_tray = std::make_unique<TrayController>(&service);
    m_tray->setSession(window.session());
    // Conditions and e-mail notifications after every poll and sync, off the GUI thread; critical
    // ones also in the tray, and the Notifications tab follows the deliveries.
    m_alerting = std::make_unique<alerting::AlertingService>(profile);
    m_alerting->watch(&service);
    m_alerting->watch(m_sync.get());
    m_tray->watchAlerting(m_alerting.get());
    m_tray->watchConsents(m_sync.get());
    if (auto *notifications = window.findChild<NotificationsView *>())
        notifications->attachAlerting(m_alerting.get());
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     [&window] { desktop::bringToFront(window); });
    QObject::connect(m_tray.get(), &TrayController::openRequested, &window,
                     [&window] { desktop::bringToFront(window); });
    QObject::connect(m_tray.get(), &TrayController::quitRequested, qApp, &QApplication::quit);
}

OwningApp::~OwningApp() = default;

void OwningApp::addDemo(const QString &recordingsDir)
{
    m_demo = std::make_unique<demo::DemoFleet>(m_profile, recordingsDir);
    if (const int port = qEnvironmentVariableIntValue("FLEETKEEPER_DEMO_PORT"); port > 0 && port < 65536)
        m_demo->setPreferredPort(quint16(port));
    MainWindow &window = *m_window;
    schedule::FleetService &service = *m_service;
    auto *banner = new DemoBanner(window, *m_demo);
    QObject::connect(m_demo.get(), &demo::DemoFleet::ready, &window, [banner, &service, &window](int printers) {
        banner->showReady(printers);
        service.pollNow(); // the table fills with status, supplies and alerts at once
        QObject::connect(
            &service, &schedule::FleetService::pollFinished, &window,
            [&window] { QTimer::singleShot(1000, &window, [&window] { fitFleetColumns(window); }); },
            Qt::SingleShotConnection);
    });
    QObject::connect(m_demo.get(), &demo::DemoFleet::failed, &window, [banner, &window](const QString &why) {
        banner->showFailed(why);
        window.refresh();
    });
}

int OwningApp::run()
{
    // The sign-in dialog may be the only window for a while: closing it is not quitting.
    QApplication::setQuitOnLastWindowClosed(false);
    // The demo profile is thrown away: no point asking for its administrator.
    m_window->sessionControls()->setSetupHintEnabled(!m_demo);
    m_window->sessionControls()->rebind(); // the demo banner's "Set up discovery…" too
    desktop::gateTrayMenu(*m_window, *m_tray);
    // The window appears once it is known who uses it: the OS user while the profile has no
    // account (set-up), a mapped Unix group's role, or whoever signs in first.
    m_starter = std::make_unique<SessionStarter>(m_profile.databasePath(), SessionStarter::currentOsUser());
    m_starter->start(m_window->sessionControls(), nullptr, [this](bool ready) {
        if (ready)
            launch();
        else
            QApplication::exit(0);
    });
    return QApplication::exec();
}

void OwningApp::launch()
{
    MainWindow &window = *m_window;
    if (m_options.screenshot) {
        window.resize(1400, 900);
        auto *shot = new StartupScreenshot(window, m_options.screenshotFile, m_options.view);
        if (m_demo) {
            shot->waitForDemo(*m_demo, *m_service);
            m_demo->start();
        }
        QApplication::setQuitOnLastWindowClosed(true);
        window.show();
        window.refresh(); // the first load may have finished before the sign-in
        return;
    }
    m_service->start();
    m_sync->start();
    if (m_demo)
        m_demo->start();
    // Closed to the tray, the window leaves the schedule running.
    desktop::showWithTray(window, *m_tray, m_service->settings().startMinimised());
    if (m_options.tookOver)
        window.statusBar()->showMessage(
            QApplication::translate("main", "The Fleetkeeper service stopped; this window now runs the schedule."));
}

} // namespace fleet::ui
