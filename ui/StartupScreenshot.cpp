#include "StartupScreenshot.h"

#include "AlertsView.h"
#include "DevicePanel.h"
#include "DiscoveryDialog.h"
#include "MainWindow.h"
#include "demo/DemoFleet.h"
#include "schedule/FleetService.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace fleet::ui {

void fitFleetColumns(MainWindow &window)
{
    QTableView *table = window.fleetView();
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
}

StartupScreenshot::StartupScreenshot(MainWindow &window, QString file, View view)
    : QObject(&window)
    , m_window(window)
    , m_file(std::move(file))
    , m_view(view)
{
    connect(&window, &MainWindow::refreshed, this, [this] {
        if (!m_waiting && !m_done)
            show();
    });
    // A picture that never comes must not leave the process running.
    QTimer::singleShot(180000, this, [] { giveUp("timed out waiting for the fleet"); });
}

void StartupScreenshot::waitForDemo(demo::DemoFleet &demo, schedule::FleetService &service)
{
    m_waiting = true;
    connect(&demo, &demo::DemoFleet::failed, this, [this] { m_waiting = false; });
    connect(&service, &schedule::FleetService::pollFinished, this, [this] { m_waiting = false; });
}

std::optional<StartupScreenshot::View> StartupScreenshot::parseView(const QString &name)
{
    static const QHash<QString, View> views{{QStringLiteral("fleet"), View::Fleet},
                                            {QStringLiteral("device"), View::Device},
                                            {QStringLiteral("alerts"), View::Alerts},
                                            {QStringLiteral("discovery"), View::Discovery}};
    const auto it = views.constFind(name);
    return it == views.cend() ? std::nullopt : std::optional(*it);
}

template <typename F> void StartupScreenshot::later(F &&f)
{
    QTimer::singleShot(500, this, std::forward<F>(f));
}

void StartupScreenshot::show()
{
    m_done = true;
    fitFleetColumns(m_window);
    if (auto *splitter = m_window.findChild<QSplitter *>(QStringLiteral("fleetSplitter")))
        splitter->setSizes({m_view == View::Device ? 300 : 560, m_view == View::Device ? 500 : 240});
    switch (m_view) {
    case View::Fleet:
        later([this] { finish(&m_window); });
        break;
    case View::Device: {
        connect(m_window.devicePanel(), &DevicePanel::loaded, this, [this] { later([this] { finish(&m_window); }); });
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
        connect(m_window.alertsView(), &AlertsView::refreshed, this, [this] { later([this] { finish(&m_window); }); });
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
        auto *dialog = m_window.findChild<DiscoveryDialog *>();
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
        connect(dialog, &DiscoveryDialog::settingsLoaded, this, sweep);
        connect(dialog, &DiscoveryDialog::profilesLoaded, this, sweep);
        connect(dialog, &DiscoveryDialog::devicesStored, this,
                [this, dialog] { later([this, dialog] { finish(dialog); }); });
        break;
    }
    }
}

void StartupScreenshot::finish(QWidget *widget)
{
    const bool ok = widget->grab().save(m_file);
    if (!ok)
        std::fprintf(stderr, "fleetkeeper: cannot write %s\n", qPrintable(m_file));
    QApplication::exit(ok ? 0 : 1);
}

void StartupScreenshot::giveUp(const char *why)
{
    std::fprintf(stderr, "fleetkeeper: no screenshot: %s\n", why);
    QApplication::exit(1);
}

} // namespace fleet::ui
