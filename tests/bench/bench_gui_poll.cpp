// Responsiveness benchmark: the main window while FleetService polls a simulated fleet of 1,000
// printers (fleetkeeper-sim on 127.x loopback addresses). A 10 ms timer on the GUI thread records
// how late it fires; the longest and the 99th-percentile delay say whether the window stayed
// responsive. It prints figures and asserts nothing (docs/benchmarks.md).
//
// Usage: QT_QPA_PLATFORM=offscreen bench_gui_poll [DEVICES]   (FLEET_FIXTURE_DIR, FLEET_BIN_DIR as
// for the tests; defaults point into the source and build trees.)

#include "MainWindow.h"
#include "SimFleet.h"
#include "SyntheticFleet.h"
#include "TestEnv.h"
#include "schedule/FleetService.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace fleet;

namespace {

bool runCli(const QStringList &args)
{
    QProcess cli;
    cli.start(test::binDir() + QStringLiteral("/fleetkeeper-cli"), args);
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0) {
        std::fprintf(stderr, "fleetkeeper-cli %s failed:\n%s\n", qPrintable(args.join(u' ')),
                     cli.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    test::SimFleet sim;
    if (!sim.start({test::fixtureDir()}, devices, QStringLiteral("127.30.0.1"))) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(sim.error()));
        return 1;
    }
    QTemporaryDir temp;
    const ProfileRoot profile(temp.path());
    const QString range =
        QStringLiteral("%1-%2:%3").arg(sim.addresses().first(), sim.addresses().last()).arg(sim.port());
    QElapsedTimer setup;
    setup.start();
    if (!runCli({QStringLiteral("--profile"), profile.dir(), QStringLiteral("profiles"), QStringLiteral("add"),
                 QStringLiteral("sim"), QStringLiteral("--community"), QStringLiteral("public")}) ||
        !runCli({QStringLiteral("--profile"), profile.dir(), QStringLiteral("discover"), range}))
        return 1;
    // The simulator repeats its 14 recordings, and identical serials are one device to the
    // database: the fleet is topped up with silent devices on 127.31.x.y (nothing listens there),
    // so the poll really has DEVICES targets — answering ones and timeouts, as on a real site.
    int answering = 0;
    {
        storage::Database db(QStringLiteral("bench"));
        if (auto e = db.open(profile.databasePath())) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message));
            return 1;
        }
        answering = int(storage::FleetRepository(db).devices()->size());
        QList<DeviceSnapshot> silent;
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = answering; i < devices; ++i)
            silent << bench::syntheticPrinter(i, at, QStringLiteral("127.31"), sim.port());
        if (auto r = storage::SnapshotStore(db).storeBatch(silent); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    std::printf("set up %d answering and %d silent devices in %lld ms (not measured)\n", answering, devices - answering,
                setup.elapsed());

    ui::MainWindow window(profile);
    schedule::FleetService service(profile);
    window.attachService(&service);
    window.show();
    bool shown = false;
    QObject::connect(&window, &ui::MainWindow::refreshed, &window, [&shown] { shown = true; });
    while (!shown)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    // The GUI thread's heartbeat: how late each 10 ms tick arrives while the poll runs.
    QList<qint64> lateMs;
    QElapsedTimer beat;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        lateMs << std::max<qint64>(0, beat.restart() - 10);
        window.fleetView()->viewport()->repaint(); // the window keeps painting, as on a desktop
    });
    bool finished = false;
    schedule::PollJobOutcome outcome;
    QObject::connect(&service, &schedule::FleetService::pollFinished, &window,
                     [&finished, &outcome](const schedule::PollJobOutcome &o) {
                         finished = true;
                         outcome = o;
                     });
    bool refreshedAfterPoll = false;
    QElapsedTimer poll;
    poll.start();
    beat.start();
    ticker.start(10);
    service.pollNow();
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 pollMs = poll.elapsed();
    // The table reloads after the poll: that belongs to what the user sees.
    QObject::connect(&window, &ui::MainWindow::refreshed, &window,
                     [&refreshedAfterPoll] { refreshedAfterPoll = true; });
    while (!refreshedAfterPoll)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 shownMs = poll.elapsed();
    ticker.stop();
    std::sort(lateMs.begin(), lateMs.end());
    const auto at = [&lateMs](double q) {
        return lateMs.isEmpty() ? 0 : lateMs.at(qsizetype(q * (lateMs.size() - 1)));
    };
    std::printf("poll of %d devices     %lld ms (%d answered, %d stored: %s); table reloaded at %lld ms\n",
                outcome.devices, pollMs, outcome.reachable, outcome.stored, qPrintable(outcome.message), shownMs);
    std::printf("GUI heartbeat (10 ms)  %lld ticks; late by median %lld ms, p99 %lld ms, max %lld ms\n",
                qlonglong(lateMs.size()), at(0.5), at(0.99), lateMs.isEmpty() ? 0 : lateMs.last());
    return 0;
}
