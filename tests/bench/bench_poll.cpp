// Polls a simulated fleet with the real engine and prints figures (never asserts on them):
// devices/s, SNMP requests per device, CPU ms per device and peak RSS of this process.
//
//   bench_poll --map FILE [--count N] [--community C | --v3 USER:AUTH:PASS:PRIV:PASS]
//              [--concurrency N] [--timeout MS] [--retries N] [--label TEXT] [--repeat N]
// FILE has one "ADDRESS:PORT [recording]" per line (fleetkeeper-sim --map writes it).

#include "collect/Poller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

using namespace fleet;

static double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

static long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions(
        {{QStringLiteral("map"), QStringLiteral("Fleet map file."), QStringLiteral("FILE")},
         {QStringLiteral("count"), QStringLiteral("Devices to poll (default all)."), QStringLiteral("N")},
         {QStringLiteral("community"), QStringLiteral("v2c community (default public)."), QStringLiteral("C")},
         {QStringLiteral("v3"), QStringLiteral("USER:AUTH:PASS:PRIV:PASS"), QStringLiteral("SPEC")},
         {QStringLiteral("concurrency"), QStringLiteral("In flight (default 256)."), QStringLiteral("N")},
         {QStringLiteral("timeout"), QStringLiteral("ms (default 2000)."), QStringLiteral("MS")},
         {QStringLiteral("retries"), QStringLiteral("default 1."), QStringLiteral("N")},
         {QStringLiteral("repeat"), QStringLiteral("Polls of the whole fleet (default 1)."), QStringLiteral("N")},
         {QStringLiteral("label"), QStringLiteral("Printed with the figures."), QStringLiteral("TEXT")}});
    p.process(app);
    QFile map(p.value(QStringLiteral("map")));
    if (!map.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read map " << map.fileName() << '\n';
        return 2;
    }
    snmp::Credential cred;
    cred.timeoutMs = p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toInt() : 2000;
    cred.retries = p.isSet(QStringLiteral("retries")) ? p.value(QStringLiteral("retries")).toInt() : 1;
    if (p.isSet(QStringLiteral("v3"))) {
        const QStringList v = p.value(QStringLiteral("v3")).split(u':');
        cred.version = snmp::Version::V3;
        cred.user = v.value(0);
        cred.level = snmp::SecurityLevel::AuthPriv;
        cred.authProtocol = snmp::authProtocolFromName(v.value(1)).value_or(snmp::AuthProtocol::SHA1);
        cred.authPassword = v.value(2);
        cred.privProtocol = snmp::privProtocolFromName(v.value(3)).value_or(snmp::PrivProtocol::AES128);
        cred.privPassword = v.value(4);
    } else {
        cred.community =
            p.isSet(QStringLiteral("community")) ? p.value(QStringLiteral("community")) : QStringLiteral("public");
    }
    QList<collect::PollTarget> targets;
    const int count = p.isSet(QStringLiteral("count")) ? p.value(QStringLiteral("count")).toInt() : INT_MAX;
    while (!map.atEnd() && targets.size() < count) {
        const QString line = QString::fromUtf8(map.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        targets << collect::Poller::targetFromString(line.section(u' ', 0, 0), {cred});
    }
    collect::PollOptions options;
    options.concurrency = p.isSet(QStringLiteral("concurrency")) ? p.value(QStringLiteral("concurrency")).toInt() : 256;
    const int repeat = std::max(1, p.value(QStringLiteral("repeat")).toInt());

    QTextStream out(stdout);
    for (int round = 1; round <= repeat; ++round) {
        collect::Poller poller;
        qint64 ok = 0, failed = 0, requests = 0;
        QString firstError;
        QEventLoop loop;
        QObject::connect(&poller, &collect::Poller::deviceFinished, &loop, [&](const DeviceSnapshot &s) {
            requests += s.requests;
            if (s.reachable && !s.error) {
                ++ok;
            } else {
                ++failed;
                if (firstError.isEmpty())
                    firstError = s.target + QStringLiteral(": ") + s.error.message;
            }
        });
        QObject::connect(&poller, &collect::Poller::finished, &loop, &QEventLoop::quit);
        const double cpu0 = cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        poller.start(targets, options);
        loop.exec();
        const double wall = double(clock.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        const qint64 n = ok + failed;
        out << QStringLiteral("%1 round %2: %3 devices (%4 ok, %5 failed) in %6 s: %7 devices/s, %8 requests/device, "
                              "%9 CPU ms/device, peak RSS %10 MB")
                   .arg(p.value(QStringLiteral("label")))
                   .arg(round)
                   .arg(n)
                   .arg(ok)
                   .arg(failed)
                   .arg(wall, 0, 'f', 3)
                   .arg(double(n) / wall, 0, 'f', 0)
                   .arg(n ? double(requests) / double(n) : 0.0, 0, 'f', 2)
                   .arg(n ? cpu * 1000.0 / double(n) : 0.0, 0, 'f', 3)
                   .arg(double(peakRssKb()) / 1024.0, 0, 'f', 1)
            << '\n';
        if (!firstError.isEmpty())
            out << "  first failure: " << firstError << '\n';
        out.flush();
    }
    return 0;
}
