#include "AttachedApp.h"

#include "DesktopSteps.h"
#include "MainWindow.h"
#include "SessionControls.h"
#include "SessionStarter.h"
#include "TrayController.h"
#include "UiLog.h"
#include "control/DaemonClient.h"
#include "control/ScheduleTakeover.h"
#include "util/AppSettings.h"
#include "util/SingleInstance.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>

namespace fleet::ui {

AttachedApp::AttachedApp(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_client(std::make_unique<control::DaemonClient>(m_profile))
    , m_takeover(std::make_unique<control::ScheduleTakeover>(m_profile, m_client.get()))
{}

AttachedApp::~AttachedApp()
{
    // The window, the tray and the takeover refer to the client.
    m_tray.reset();
    m_window.reset();
    m_takeover.reset();
}

bool AttachedApp::attach(int timeoutMs)
{
    if (!m_client->connectToDaemon(timeoutMs))
        return false;
    qCInfo(lcUi).noquote() << "attached to the service on" << m_profile.dir();
    return true;
}

void AttachedApp::build()
{
    m_window = std::make_unique<MainWindow>(m_profile);
    m_window->attachDaemon(m_client.get());
    m_tray = std::make_unique<TrayController>(m_client.get(), m_profile);
    connect(m_tray.get(), &TrayController::openRequested, m_window.get(), [this] { desktop::bringToFront(*m_window); });
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QApplication::quit);
    desktop::gateTrayMenu(*m_window, *m_tray);
    m_client->setAutoReconnect(true);
    connect(m_takeover.get(), &control::ScheduleTakeover::handingOver, m_window.get(), [this] {
        qCInfo(lcUi) << "the service stayed away: this app takes over the schedule";
        m_window->statusBar()->showMessage(tr("The Fleetkeeper service stopped; the app takes over the schedule…"));
    });
    m_takeover->start();
}

int AttachedApp::run(const QStringList &arguments)
{
    const QString instanceDir = QDir(m_profile.dir()).filePath(QStringLiteral(".attached"));
    QDir().mkpath(instanceDir);
    SingleInstance instance(instanceDir);
    if (const std::optional<int> exitCode = desktop::claimOrExitCode(instance, arguments))
        return *exitCode;
    build();
    connect(&instance, &SingleInstance::activationRequested, m_window.get(),
            [this] { desktop::bringToFront(*m_window); });
    // The new owning process shows its own window and tray: this one leaves.
    connect(m_takeover.get(), &control::ScheduleTakeover::handedOver, qApp, [] { QApplication::quit(); });
    QApplication::setQuitOnLastWindowClosed(false); // the sign-in dialog may be the only window for a while
    SessionStarter starter(m_profile.databasePath(), SessionStarter::currentOsUser());
    starter.start(m_window->sessionControls(), nullptr, [this](bool ready) {
        if (!ready) {
            QApplication::exit(0);
            return;
        }
        desktop::showWithTray(*m_window, *m_tray, AppSettings(m_profile).startMinimised());
    });
    return QApplication::exec();
}

} // namespace fleet::ui
