#pragma once
// Steps the desktop app takes alike whether it runs the schedules itself (OwningApp) or is
// attached to the service (AttachedApp): one process per profile, the tray menu gated like the
// window, the window shown or kept in the tray, and brought to the front when asked.

#include <QStringList>

#include <optional>

class QWidget;

namespace fleet {
class SingleInstance;
}

namespace fleet::ui {

class MainWindow;
class TrayController;

namespace desktop {

void bringToFront(QWidget &window);
// Claims the profile for this process. nullopt when it is ours; otherwise the exit code: 0 when
// another process has it (and got arguments), 2 when neither worked (said in a message box).
std::optional<int> claimOrExitCode(SingleInstance &instance, const QStringList &arguments);
// The tray's menu follows the same role as the window's.
void gateTrayMenu(MainWindow &window, TrayController &tray);
// With a tray icon, closing the window hides it and the app keeps running; without one (no tray
// on this desktop), closing the window quits. The window is shown unless it starts in the tray.
void showWithTray(MainWindow &window, TrayController &tray, bool startMinimised);

} // namespace desktop
} // namespace fleet::ui
