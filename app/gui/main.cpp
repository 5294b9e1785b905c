#include "AlertsView.h"
#include "AttachedApp.h"
#include "DevicePanel.h"
#include "DiscoveryDialog.h"
#include "MainWindow.h"
#include "NotificationsView.h"
#include "PermissionGate.h"
#include "SessionControls.h"
#include "SessionStarter.h"
#include "SyncView.h"
#include "TrayController.h"
#include "alerting/AlertingService.h"
#include "control/ScheduleTakeover.h"
#include "daemon/ProfileLogging.h"
#include "demo/DemoFleet.h"
#include "schedule/FleetService.h"
#include "sync/SyncService.h"
#include "util/AppSettings.h"
#include "util/ProfileRoot.h"
#include "util/SingleInstance.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// The language of the settings ("" follows the system), for our catalogue and Qt's own dialogs.
void installTranslations(const fleet::ProfileRoot &profile, QTranslator &ours, QTranslator &qt)
{
    const QString code = fleet::AppSettings(profile).language();
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    if (ours.load(locale, QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
}

void bringToFront(QWidget &window)
{
    window.showNormal();
    window.raise();
    window.activateWindow();
}

// The demo's own profile, beside (never inside) the user's default one.
fleet::ProfileRoot demoProfile()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return fleet::ProfileRoot(base + QStringLiteral("/fleetkeeper-demo"));
}

// $FLEETKEEPER_DEMO_RECORDINGS, else the installed recordings, else the source tree's.
QString demoRecordingsDir()
{
    const QString env = qEnvironmentVariable("FLEETKEEPER_DEMO_RECORDINGS");
    if (!env.isEmpty())
        return env;
    const QString installed = QApplication::applicationDirPath() + QStringLiteral("/../share/fleetkeeper/recordings");
    if (QDir(installed).exists())
        return QDir::cleanPath(installed);
#ifdef FLEET_SOURCE_RECORDINGS
    return QStringLiteral(FLEET_SOURCE_RECORDINGS);
#else
    return installed;
#endif
}

// The table sizes its columns on its first, still empty load; the demo's printers arrive later.
void fitColumns(fleet::ui::MainWindow &window)
{
    QTableView *table = window.fleetView();
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
}

// A strip above the fleet saying that these printers are simulated, with the way to real ones.
class DemoBanner final : public QObject
{
public:
    DemoBanner(fleet::ui::MainWindow &window, fleet::demo::DemoFleet &demo)
        : QObject(&window)
        , m_bar(new QToolBar(QApplication::translate("main", "Demo fleet"), &window))
        , m_text(new QLabel(m_bar))
        , m_demo(demo)
    {
        m_bar->setObjectName(QStringLiteral("demoBanner"));
        m_bar->setMovable(false);
        m_bar->setFloatable(false);
        m_bar->setAutoFillBackground(true);
        m_bar->setBackgroundRole(QPalette::ToolTipBase);
        m_bar->setForegroundRole(QPalette::ToolTipText);
        m_text->setObjectName(QStringLiteral("demoStatus"));
        m_text->setForegroundRole(QPalette::ToolTipText);
        m_text->setWordWrap(true);
        m_text->setContentsMargins(8, 4, 8, 4);
        m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_bar->addWidget(m_text);
        if (QAction *discover = window.findChild<QAction *>(QStringLiteral("discover"))) {
            QAction *setUp =
                m_bar->addAction(QApplication::translate("main", "Set up discovery…"), discover, &QAction::trigger);
            setUp->setObjectName(QStringLiteral("demoSetUpDiscovery"));
        }
        QAction *dismiss = m_bar->addAction(QApplication::translate("main", "Dismiss"), m_bar, &QWidget::hide);
        dismiss->setObjectName(QStringLiteral("demoDismiss"));
        dismiss->setToolTip(QApplication::translate("main", "Hide this message"));
        window.addToolBarBreak();
        window.addToolBar(Qt::TopToolBarArea, m_bar);
        m_text->setText(QApplication::translate("main", "Demo fleet: starting simulated printers on loopback…"));
    }

    void showReady(int printers)
    {
        m_text->setText(QApplication::translate("main",
                                                "Demo fleet: %n simulated printer(s) on %1 to %2 — set up "
                                                "discovery to monitor your own printers.",
                                                nullptr, printers)
                            .arg(m_demo.firstAddress(), m_demo.lastAddress()));
    }
    void showFailed(const QString &reason)
    {
        m_text->setText(QApplication::translate("main", "Demo fleet unavailable: %1 Set up discovery to monitor your "
                                                        "own printers.")
                            .arg(reason));
    }

private:
    QToolBar *m_bar;
    QLabel *m_text;
    fleet::demo::DemoFleet &m_demo;
};

// --screenshot FILE [--show VIEW]: once the fleet is shown (after the demo's first poll when a demo
// runs), brings up the view asked for, saves a picture of it and quits.
class Screenshot final : public QObject
{
public:
    enum class View : quint8 { Fleet, Device, Alerts, Discovery };

    Screenshot(fleet::ui::MainWindow &window, QString file, View view)
        : QObject(&window)
        , m_window(window)
        , m_file(std::move(file))
        , m_view(view)
    {
        connect(&window, &fleet::ui::MainWindow::refreshed, this, [this] {
            if (!m_waiting && !m_done)
                show();
        });
        // A picture that never comes must not leave the process running.
        QTimer::singleShot(180000, this, [this] { giveUp("timed out waiting for the fleet"); });
    }

    // A demo is starting: the picture waits for its printers to be polled.
    void waitForDemo(fleet::demo::DemoFleet &demo, fleet::schedule::FleetService &service)
    {
        m_waiting = true;
        connect(&demo, &fleet::demo::DemoFleet::failed, this, [this] { m_waiting = false; });
        connect(&service, &fleet::schedule::FleetService::pollFinished, this, [this] { m_waiting = false; });
    }

    static std::optional<View> parseView(const QString &name)
    {
        static const QHash<QString, View> views{{QStringLiteral("fleet"), View::Fleet},
                                                {QStringLiteral("device"), View::Device},
                                                {QStringLiteral("alerts"), View::Alerts},
                                                {QStringLiteral("discovery"), View::Discovery}};
        const auto it = views.constFind(name);
        return it == views.cend() ? std::nullopt : std::optional(*it);
    }

private:
    void show()
    {
        m_done = true;
        fitColumns(m_window);
        if (auto *splitter = m_window.findChild<QSplitter *>(QStringLiteral("fleetSplitter")))
            splitter->setSizes({m_view == View::Device ? 300 : 560, m_view == View::Device ? 500 : 240});
        switch (m_view) {
        case View::Fleet:
            later([this] { finish(&m_window); });
            break;
        case View::Device: {
            connect(m_window.devicePanel(), &fleet::ui::DevicePanel::loaded, this,
                    [this] { later([this] { finish(&m_window); }); });
            QTableView *table = m_window.fleetView();
            const QModelIndex first = table->model()->index(0, 0);
            if (!first.isValid()) {
                giveUp("no device to show");
                return;
            }
            table->setCurrentIndex(first);
            break;
        }
        case View::Alerts:
            connect(m_window.alertsView(), &fleet::ui::AlertsView::refreshed, this,
                    [this] { later([this] { finish(&m_window); }); });
            m_window.tabs()->setCurrentWidget(m_window.alertsView());
            m_window.alertsView()->refresh();
            break;
        case View::Discovery: {
            QAction *discover = m_window.findChild<QAction *>(QStringLiteral("discover"));
            if (!discover) {
                giveUp("no discovery action");
                return;
            }
            discover->trigger();
            auto *dialog = m_window.findChild<fleet::ui::DiscoveryDialog *>();
            if (!dialog) {
                giveUp("the discovery dialog did not open");
                return;
            }
            // Its profiles and remembered targets arrive from worker threads; then a sweep of them
            // fills the results.
            auto loaded = std::make_shared<int>(0);
            auto sweep = [dialog, loaded] {
                if (++*loaded == 2)
                    dialog->start();
            };
            connect(dialog, &fleet::ui::DiscoveryDialog::settingsLoaded, this, sweep);
            connect(dialog, &fleet::ui::DiscoveryDialog::profilesLoaded, this, sweep);
            connect(dialog, &fleet::ui::DiscoveryDialog::devicesStored, this,
                    [this, dialog] { later([this, dialog] { finish(dialog); }); });
            break;
        }
        }
    }

    template <typename F> void later(F &&f) { QTimer::singleShot(500, this, std::forward<F>(f)); }

    void finish(QWidget *widget)
    {
        const bool ok = widget->grab().save(m_file);
        if (!ok)
            std::fprintf(stderr, "fleetkeeper: cannot write %s\n", qPrintable(m_file));
        QApplication::exit(ok ? 0 : 1);
    }
    static void giveUp(const char *why)
    {
        std::fprintf(stderr, "fleetkeeper: no screenshot: %s\n", why);
        QApplication::exit(1);
    }

    fleet::ui::MainWindow &m_window;
    QString m_file;
    View m_view;
    bool m_waiting = false;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fleetkeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fleetkeeper"));
    QApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/fleet/icons/fleetkeeper.svg")));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QApplication::translate("main", "Profile directory."),
                      QApplication::translate("main", "DIR")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Save a picture of the window once the fleet is shown, then quit."),
         QApplication::translate("main", "FILE")});
    parser.addOption(
        {QStringLiteral("show"),
         QApplication::translate("main", "With --screenshot: the view to picture (fleet, device, alerts, discovery)."),
         QApplication::translate("main", "VIEW"), QStringLiteral("fleet")});
    parser.addOption({QStringLiteral("demo"),
                      QApplication::translate("main", "Start the demo fleet of simulated printers on loopback, "
                                                      "in its own profile unless --profile is given.")});
    parser.addOption({QStringLiteral("no-demo"),
                      QApplication::translate("main", "Do not start the demo fleet, even when nothing is set up.")});
    // Given by an attached window that took the schedule over from a stopped service.
    QCommandLineOption tookOver(fleet::control::ScheduleTakeover::tookOverOption());
    tookOver.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(tookOver);
    parser.process(app);
    const auto view = Screenshot::parseView(parser.value(QStringLiteral("show")));
    if (!view) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "Unknown view %1: use fleet, device, alerts or discovery.")
                           .arg(parser.value(QStringLiteral("show")))));
        return 2;
    }
    const bool profileChosen =
        parser.isSet(QStringLiteral("profile")) || !qEnvironmentVariable("FLEETKEEPER_PROFILE").isEmpty();
    fleet::ProfileRoot profile = fleet::ProfileRoot::resolve(parser.value(QStringLiteral("profile")));
    // Nothing set up (the default profile has no printer and no credential profile): the demo fleet
    // shows what the app does, in a profile of its own, so the first real discovery starts clean.
    bool demo = parser.isSet(QStringLiteral("demo"));
    if (!demo && !profileChosen && !parser.isSet(QStringLiteral("no-demo"))) {
        const auto empty = fleet::demo::DemoFleet::isUnconfigured(profile);
        demo = empty.ok() && *empty; // an unreadable database is the user's: no demo over it
    }
    if (demo && !profileChosen)
        profile = demoProfile();
    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), error);
        return 2;
    }
    QTranslator translator, qtTranslator;
    installTranslations(profile, translator, qtTranslator);
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    // Log lines go to the journal, or to <profile>/logs/fleetkeeper.log (rotated).
    fleet::daemon::installProfileLogging(profile, QStringLiteral("fleetkeeper.log"), {}, true);
    // The service (fleetkeeperd) owns this profile: attach to it instead of running the schedules.
    if (!screenshot) {
        fleet::ui::AttachedApp attached(profile);
        if (attached.attach(1000))
            return attached.run(app.arguments().mid(1));
    }

    // One running app per profile: a second launch brings the first to the front and exits.
    fleet::SingleInstance instance(profile.dir());
    if (!screenshot) {
        switch (instance.claim(app.arguments().mid(1))) {
        case fleet::SingleInstance::Role::Secondary:
            return 0;
        case fleet::SingleInstance::Role::Failed:
            QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), instance.errorString());
            return 2;
        case fleet::SingleInstance::Role::Primary:
            break;
        }
    }

    fleet::ui::MainWindow window(profile);
    // Polling and the daily upload run on their schedules for as long as the app runs, window
    // closed or not (catching up a missed run at start).
    fleet::schedule::FleetService service(profile);
    fleet::sync::SyncService sync(profile);
    window.attachService(&service);
    window.syncView()->setSyncService(&sync);
    // Settings the server changed take effect at once, not at the next start.
    QObject::connect(&sync, &fleet::sync::SyncService::remoteSettingsApplied, &service,
                     [&service] { service.reloadSettings(); });
    fleet::ui::TrayController tray(&service);
    tray.setSession(window.session());
    // Conditions and e-mail notifications after every poll and sync, off the GUI thread; critical
    // ones also in the tray, and the Notifications tab follows the deliveries.
    fleet::alerting::AlertingService alerting(profile);
    alerting.watch(&service);
    alerting.watch(&sync);
    tray.watchAlerting(&alerting);
    tray.watchConsents(&sync);
    if (auto *notifications = window.findChild<fleet::ui::NotificationsView *>())
        notifications->attachAlerting(&alerting);
    QObject::connect(&instance, &fleet::SingleInstance::activationRequested, &window,
                     [&window] { bringToFront(window); });
    QObject::connect(&tray, &fleet::ui::TrayController::openRequested, &window, [&window] { bringToFront(window); });
    QObject::connect(&tray, &fleet::ui::TrayController::quitRequested, &app, &QApplication::quit);

    std::unique_ptr<fleet::demo::DemoFleet> demoFleet;
    if (demo) {
        demoFleet = std::make_unique<fleet::demo::DemoFleet>(profile, demoRecordingsDir());
        if (const int port = qEnvironmentVariableIntValue("FLEETKEEPER_DEMO_PORT"); port > 0 && port < 65536)
            demoFleet->setPreferredPort(quint16(port));
        auto *banner = new DemoBanner(window, *demoFleet);
        QObject::connect(demoFleet.get(), &fleet::demo::DemoFleet::ready, &window,
                         [banner, &service, &window](int printers) {
                             banner->showReady(printers);
                             service.pollNow(); // the table fills with status, supplies and alerts at once
                             QObject::connect(
                                 &service, &fleet::schedule::FleetService::pollFinished, &window,
                                 [&window] { QTimer::singleShot(1000, &window, [&window] { fitColumns(window); }); },
                                 Qt::SingleShotConnection);
                         });
        QObject::connect(demoFleet.get(), &fleet::demo::DemoFleet::failed, &window,
                         [banner, &window](const QString &why) {
                             banner->showFailed(why);
                             window.refresh();
                         });
    }

    // The window appears once it is known who uses it: the OS user while the profile has no
    // account (set-up), a mapped Unix group's role, or whoever signs in first.
    auto launch = [&] {
        if (screenshot) {
            window.resize(1400, 900);
            auto *shot = new Screenshot(window, parser.value(QStringLiteral("screenshot")), *view);
            if (demoFleet) {
                shot->waitForDemo(*demoFleet, service);
                demoFleet->start();
            }
            QApplication::setQuitOnLastWindowClosed(true);
            window.show();
            window.refresh(); // the first load may have finished before the sign-in
            return;
        }
        service.start();
        sync.start();
        if (demoFleet)
            demoFleet->start();
        // With a tray icon, closing the window hides it and the schedule keeps running; without one
        // (no tray on this desktop), closing the window quits.
        const bool inTray = tray.show();
        window.setCloseHidesToTray(inTray);
        QApplication::setQuitOnLastWindowClosed(!inTray);
        if (!(inTray && service.settings().startMinimised()))
            window.show();
        if (parser.isSet(tookOver))
            window.statusBar()->showMessage(
                QApplication::translate("main", "The Fleetkeeper service stopped; this window now runs the schedule."));
    };
    // The sign-in dialog may be the only window for a while: closing it is not quitting.
    QApplication::setQuitOnLastWindowClosed(false);
    // The demo profile is thrown away: no point asking for its administrator.
    window.sessionControls()->setSetupHintEnabled(!demo);
    window.sessionControls()->rebind(); // the demo banner's "Set up discovery…" too
    // The tray's menu follows the same role as the window's.
    window.sessionControls()->gate()->bindNamed(
        tray.menu(), {{QStringLiteral("trayPollNow"), fleet::security::Permission::PollNow},
                      {QStringLiteral("trayPause"), fleet::security::Permission::ChangeSettings}});
    fleet::ui::SessionStarter starter(profile.databasePath(), fleet::ui::SessionStarter::currentOsUser());
    starter.start(window.sessionControls(), nullptr, [&launch](bool ready) {
        if (ready)
            launch();
        else
            QApplication::exit(0);
    });
    return app.exec();
}
