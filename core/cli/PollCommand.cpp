#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/CredentialOptions.h"
#include "cli/PollStore.h"
#include "collect/Poller.h"
#include "collect/SnapshotJson.h"
#include "collect/TextDecode.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

void printHuman(const DeviceSnapshot &s)
{
    QTextStream out(stdout);
    if (!s.reachable) {
        out << s.target << ": " << snmp::errorClassName(s.error.cls) << ": " << s.error.message << '\n';
        return;
    }
    out << s.target << ": " << overallStatusName(s.status.overall) << "  " << s.identity.manufacturer << ' '
        << s.identity.model << "  serial " << (s.identity.serialNumber.isEmpty() ? tr("-") : s.identity.serialNumber)
        << "  firmware " << (s.identity.firmware.isEmpty() ? tr("-") : text::printable(s.identity.firmware)) << '\n';
    if (s.counters.lifetimeImpressions)
        out << "  " << tr("lifetime impressions: %1").arg(*s.counters.lifetimeImpressions) << '\n';
    for (const Meter &m : s.counters.meters)
        out << "  " << m.name << " = " << m.value << ' ' << m.unit << "  (" << m.source << ' ' << m.oid << ")\n";
    for (const Supply &sup : s.supplies) {
        out << "  " << text::printable(sup.description.simplified()) << ": ";
        if (sup.percent)
            out << *sup.percent << "% ";
        out << supplyStateName(sup.state) << '\n';
    }
    for (const Alert &a : s.alerts)
        out << "  " << tr("alert") << ' '
            << (a.severity.name.isEmpty() ? QString::number(a.severity.value) : a.severity.name) << ' '
            << (a.code.name.isEmpty() ? QString::number(a.code.value) : a.code.name) << ' '
            << text::printable(a.description) << '\n';
    if (s.error)
        out << "  " << tr("incomplete: %1").arg(s.error.message) << '\n';
}
} // namespace

int pollTargets(const QList<collect::PollTarget> &targets, const collect::PollOptions &options, bool json,
                const std::function<void(const DeviceSnapshot &)> &onDevice)
{
    collect::Poller poller;
    QList<DeviceSnapshot> results;
    QEventLoop loop;
    QObject::connect(&poller, &collect::Poller::deviceFinished, &loop, [&](const DeviceSnapshot &s) {
        results.append(s);
        if (onDevice)
            onDevice(s);
        if (!json)
            printHuman(s);
    });
    QObject::connect(&poller, &collect::Poller::finished, &loop, &QEventLoop::quit);
    poller.start(targets, options);
    if (poller.isRunning())
        loop.exec();
    // Keep the caller's target order in the JSON, whatever order devices finished in.
    QHash<QString, int> order;
    for (int i = 0; i < targets.size(); ++i)
        order.insert(targets.at(i).target, i);
    std::stable_sort(results.begin(), results.end(), [&](const DeviceSnapshot &a, const DeviceSnapshot &b) {
        return order.value(a.target) < order.value(b.target);
    });
    bool allOk = true;
    QJsonArray devices;
    for (const DeviceSnapshot &s : std::as_const(results)) {
        allOk = allOk && s.reachable && !s.error;
        devices.append(collect::snapshotToJson(s));
    }
    if (json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("devices"), devices}}));
    return allOk ? ExitOk : ExitSomeFailed;
}

int pollCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addCredentialOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("all"), tr("Poll every stored device in scope.")},
        {QStringLiteral("concurrency"), tr("Devices in flight at once (default 64)."), tr("N")},
        {QStringLiteral("inventory"), tr("Also read trays, outputs, covers, interpreters and storage.")},
        {QStringLiteral("deadline"), tr("Hard deadline per device in ms (default: from timeouts)."), tr("MS")},
    });
    p.addPositionalArgument(QStringLiteral("targets"), tr("Hosts to poll (HOST, HOST:PORT, [IPv6]:PORT)."));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Poll printers now, print what they report and store it."), &code))
        return code;
    return pollWithStorage(p);
}

} // namespace fleet::cli
