// Desktop benchmark: 10,000 stored devices. Prints the time until the main window shows the fleet,
// the filter time per keystroke, the time per scrolled page, and the peak RSS. It asserts nothing;
// docs/benchmarks.md has the targets (window < 1.5 s, filter < 50 ms, RSS < 300 MB) and the results.
//
// Usage: QT_QPA_PLATFORM=offscreen bench_gui [DEVICES] [PROFILE_DIR]
// A PROFILE_DIR that already holds the devices is reused, so the store step can be skipped.

#include "MainWindow.h"
#include "SyntheticFleet.h"
#include "storage/Database.h"
#include "storage/FleetOverview.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace fleet;

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool ensureDevices(const ProfileRoot &profile, int devices)
{
    storage::Database db(QStringLiteral("bench"));
    if (auto e = db.open(profile.databasePath())) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(e.message));
        return false;
    }
    storage::FleetRepository repo(db);
    const int existing = repo.devices() ? int(repo.devices()->size()) : 0;
    if (existing >= devices)
        return true;
    QElapsedTimer t;
    t.start();
    storage::SnapshotStore store(db);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int first = existing; first < devices; first += 1000) {
        QList<DeviceSnapshot> batch;
        for (int i = first; i < std::min(devices, first + 1000); ++i)
            batch << bench::syntheticPrinter(i, at);
        if (auto r = store.storeBatch(batch); !r) {
            std::fprintf(stderr, "store failed: %s\n", qPrintable(r.error().message));
            return false;
        }
    }
    std::printf("stored %d devices in %lld ms\n", devices - existing, t.elapsed());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir temp;
    const ProfileRoot profile(argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path());
    QString why;
    if (!profile.ensureExists(&why) || !ensureDevices(profile, devices))
        return 1;
    {
        // The database read alone (what the loader thread does), to tell it apart from the widgets.
        storage::Database db(QStringLiteral("bench-read"));
        QElapsedTimer read;
        read.start();
        if (!db.open(profile.databasePath()) && storage::fleetOverview(db))
            std::printf("fleet overview read     %lld ms (loader thread)\n", read.elapsed());
    }
    const long rssBefore = peakRssKb();

    QElapsedTimer shown;
    shown.start();
    ui::MainWindow window(profile);
    bool loaded = false;
    QObject::connect(&window, &ui::MainWindow::refreshed, &window, [&loaded] { loaded = true; });
    window.show();
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    window.fleetView()->viewport()->repaint();
    const qint64 windowMs = shown.elapsed();

    // Typing "floor 3" one key at a time, then erasing it: the filter runs on every keystroke.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("fleetFilter"));
    const QString typed = QStringLiteral("floor 3");
    QList<double> keystrokes;
    auto measure = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        filter->setText(text);
        QCoreApplication::processEvents(); // the view's deferred layout belongs to the keystroke
        window.fleetView()->viewport()->repaint();
        keystrokes << t.nsecsElapsed() / 1e6;
    };
    for (int n = 1; n <= typed.size(); ++n)
        measure(typed.left(n));
    for (int n = typed.size() - 1; n >= 0; --n)
        measure(typed.left(n));
    std::sort(keystrokes.begin(), keystrokes.end());
    double sum = 0;
    for (double k : keystrokes)
        sum += k;

    // Page down through the whole table, painting each page.
    QCoreApplication::processEvents();
    QScrollBar *bar = window.fleetView()->verticalScrollBar();
    QElapsedTimer scroll;
    scroll.start();
    int pages = 0;
    for (int v = 0; v <= bar->maximum(); v += std::max(1, bar->pageStep())) {
        bar->setValue(v);
        window.fleetView()->viewport()->repaint();
        ++pages;
    }
    const double perPage = pages ? scroll.nsecsElapsed() / 1e6 / pages : 0;

    std::printf("devices                 %d (rows shown %d)\n", devices, window.fleetView()->model()->rowCount());
    std::printf("window shown with fleet %lld ms   (target < 1500)\n", windowMs);
    std::printf(
        "filter per keystroke    mean %.1f ms, median %.1f ms, max %.1f ms over %lld keystrokes   (target < 50)\n",
        sum / keystrokes.size(), keystrokes.at(keystrokes.size() / 2), keystrokes.last(), qlonglong(keystrokes.size()));
    std::printf("scroll                  %.2f ms per page over %d pages\n", perPage, pages);
    std::printf("peak RSS                %ld MB (%ld MB before the window)   (target < 300)\n", peakRssKb() / 1024,
                rssBefore / 1024);
    return 0;
}
