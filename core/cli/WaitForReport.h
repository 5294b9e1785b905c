#pragma once
// The command line runs SyncAgent's asynchronous calls to their end in a local event loop; every
// call that reports through one callback with one report waits the same way, here.

#include <QEventLoop>

namespace fleet::cli {

// Calls start(done) and runs a local event loop until done(report) has been called; returns that report.
template <typename Report, typename Start> Report waitForReport(Start start)
{
    QEventLoop loop;
    Report report;
    start([&](const Report &r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    return report;
}

} // namespace fleet::cli
