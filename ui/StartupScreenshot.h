#pragma once
// --screenshot FILE [--show VIEW] of the desktop app: once the fleet is shown (after the demo's
// first poll when a demo runs), brings up the view asked for, saves a picture of it and quits.
// A picture that cannot be taken ends the app with 1 and says why on stderr.

#include <QObject>
#include <QString>

#include <optional>

namespace fleet::demo {
class DemoFleet;
}
namespace fleet::schedule {
class FleetService;
}

namespace fleet::ui {

class MainWindow;

// The table sizes its columns on its first, still empty load; the demo's printers arrive later.
void fitFleetColumns(MainWindow &window);

class StartupScreenshot final : public QObject
{
    Q_OBJECT
public:
    enum class View : quint8 { Fleet, Device, Alerts, Discovery };

    StartupScreenshot(MainWindow &window, QString file, View view);
    Q_DISABLE_COPY_MOVE(StartupScreenshot)

    // A demo is starting: the picture waits for its printers to be polled.
    void waitForDemo(demo::DemoFleet &demo, schedule::FleetService &service);

    // "fleet", "device", "alerts" or "discovery"; nullopt for any other name.
    static std::optional<View> parseView(const QString &name);

private:
    void show();
    template <typename F> void later(F &&f);
    void finish(QWidget *widget);
    static void giveUp(const char *why);

    MainWindow &m_window;
    QString m_file;
    View m_view;
    bool m_waiting = false;
    bool m_done = false;
};

} // namespace fleet::ui
