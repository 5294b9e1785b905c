#include "AttachedApp.h"

#include "MainWindow.h"
#include "PermissionGate.h"
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
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace fleet::ui {

namespace {
void bringToFront(QWidget &window)
{
    window.showNormal();
    window.raise();
    window.activateWindow();
}
} // namespace

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
    connect(m_tray.get(), &TrayController::openRequested, m_window.get(), [this] { bringToFront(*m_window); });
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QApplication::quit);
    // The tray's menu follows the same role as the window's.
    m_window->sessionControls()->gate()->bindNamed(
        m_tray->menu(), {{QStringLiteral("trayPollNow"), security::Permission::PollNow},
                         {QStringLiteral("trayPause"), security::Permission::ChangeSettings}});
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
    switch (instance.claim(arguments)) {
    case SingleInstance::Role::Secondary:
        return 0;
    case SingleInstance::Role::Failed:
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), instance.errorString());
        return 2;
    case SingleInstance::Role::Primary:
        break;
    }
    build();
    connect(&instance, &SingleInstance::activationRequested, m_window.get(), [this] { bringToFront(*m_window); });
    // The new owning process shows its own window and tray: this one leaves.
    connect(m_takeover.get(), &control::ScheduleTakeover::handedOver, qApp, [] { QApplication::quit(); });
    QApplication::setQuitOnLastWindowClosed(false); // the sign-in dialog may be the only window for a while
    SessionStarter starter(m_profile.databasePath(), SessionStarter::currentOsUser());
    starter.start(m_window->sessionControls(), nullptr, [this](bool ready) {
        if (!ready) {
            QApplication::exit(0);
            return;
        }
        const bool inTray = m_tray->show();
        m_window->setCloseHidesToTray(inTray);
        QApplication::setQuitOnLastWindowClosed(!inTray);
        if (!(inTray && AppSettings(m_profile).startMinimised()))
            m_window->show();
    });
    return QApplication::exec();
}

} // namespace fleet::ui
