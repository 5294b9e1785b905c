#pragma once
// A strip above the fleet saying that these printers are simulated, with the way to real ones
// (the Discover action) and a Dismiss. Its messages keep the "main" translation context they had
// when the desktop app's main.cpp showed this strip.

#include <QObject>

class QLabel;
class QToolBar;

namespace fleet::demo {
class DemoFleet;
}

namespace fleet::ui {

class MainWindow;

class DemoBanner final : public QObject
{
    Q_OBJECT
public:
    // Adds the strip to window (which owns it) saying that the demo is starting.
    DemoBanner(MainWindow &window, demo::DemoFleet &demo);
    Q_DISABLE_COPY_MOVE(DemoBanner)

    void showReady(int printers);
    void showFailed(const QString &reason);

private:
    QToolBar *m_bar;
    QLabel *m_text;
    demo::DemoFleet &m_demo;
};

} // namespace fleet::ui
