#include "DesktopSteps.h"

#include "MainWindow.h"
#include "PermissionGate.h"
#include "SessionControls.h"
#include "TrayController.h"
#include "util/SingleInstance.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>

namespace fleet::ui::desktop {

void bringToFront(QWidget &window)
{
    window.showNormal();
    window.raise();
    window.activateWindow();
}

std::optional<int> claimOrExitCode(SingleInstance &instance, const QStringList &arguments)
{
    switch (instance.claim(arguments)) {
    case SingleInstance::Role::Secondary:
        return 0;
    case SingleInstance::Role::Failed:
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), instance.errorString());
        return 2;
    case SingleInstance::Role::Primary:
        break;
    }
    return std::nullopt;
}

void gateTrayMenu(MainWindow &window, TrayController &tray)
{
    window.sessionControls()->gate()->bindNamed(tray.menu(),
                                                {{QStringLiteral("trayPollNow"), security::Permission::PollNow},
                                                 {QStringLiteral("trayPause"), security::Permission::ChangeSettings}});
}

void showWithTray(MainWindow &window, TrayController &tray, bool startMinimised)
{
    const bool inTray = tray.show();
    window.setCloseHidesToTray(inTray);
    QApplication::setQuitOnLastWindowClosed(!inTray);
    if (!(inTray && startMinimised))
        window.show();
}

} // namespace fleet::ui::desktop
