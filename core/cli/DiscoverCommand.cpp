// discover: expands targets, polls them politely with the credential profiles in order, stores the
// printers found and reports what was skipped (other SNMP devices) and what failed, with reasons.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/CredentialOptions.h"
#include "cli/PollStore.h"
#include "cli/StorageSession.h"
#include "collect/SnapshotJson.h"
#include "discovery/CsvTargetImport.h"
#include "discovery/DiscoveryJob.h"
#include "discovery/TargetSpec.h"
#include "storage/SnapshotStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}
} // namespace

int discoverCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addCredentialOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("exclude"), tr("Addresses, ranges or CIDRs to leave out (repeatable)."), tr("SPEC")},
        {QStringLiteral("csv"), tr("Import targets from a CSV file (address, name, location, profile)."), tr("FILE")},
        {QStringLiteral("concurrency"), tr("Devices in flight at once (default 64)."), tr("N")},
        {QStringLiteral("rate"), tr("New devices started per second (default 200; 0 = no limit)."), tr("N")},
        {QStringLiteral("deadline"), tr("Hard deadline per device in ms."), tr("MS")},
        {QStringLiteral("progress"), tr("Print progress to stderr.")},
    });
    p.addPositionalArgument(QStringLiteral("targets"), tr("IP, host, CIDR, a.b.c.d-e.f.g.h, HOST:PORT."));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Find printers and store them."), &code))
        return code;
    const bool json = p.isSet(QStringLiteral("json"));

    discovery::TargetParseResult parsed =
        discovery::TargetSpec::expand(p.positionalArguments(), p.values(QStringLiteral("exclude")));
    if (p.isSet(QStringLiteral("csv"))) {
        QFile f(p.value(QStringLiteral("csv")));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return ExitUsage;
        }
        const auto fromCsv = discovery::CsvTargetImport::parse(f, f.fileName(), p.values(QStringLiteral("exclude")));
        parsed.targets += fromCsv.targets;
        parsed.errors += fromCsv.errors;
        parsed.excludedCount += fromCsv.excludedCount;
    }
    for (const auto &e : std::as_const(parsed.errors))
        printError(e.toString());
    if (parsed.targets.isEmpty()) {
        printError(tr("No targets to discover."));
        return ExitUsage;
    }

    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    if (!cliAuthorized(p, storage.db(), security::Permission::Discover, QStringLiteral("discovery.now"),
                       {{QStringLiteral("targets"), QJsonArray::fromStringList(p.positionalArguments())},
                        {QStringLiteral("csv"), p.value(QStringLiteral("csv"))}}))
        return ExitUsage;
    QString error;
    const QList<snmp::Credential> stored = storage.storedProfiles();
    const QList<snmp::Credential> credentials = credentialsFromOptions(p, stored, &error);
    if (credentials.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    collect::PollOptions options;
    options.depth = collect::PollDepth::Inventory;
    options.startsPerSecond = 200;
    if (!pollOptionsFrom(p, &options))
        return ExitUsage;
    if (p.isSet(QStringLiteral("rate")))
        options.startsPerSecond = qMax(0, p.value(QStringLiteral("rate")).toInt());

    discovery::DiscoveryJob job;
    QEventLoop loop;
    QTextStream err(stderr);
    QObject::connect(&job, &discovery::DiscoveryJob::progress, &loop, [&](const discovery::DiscoveryProgress &pr) {
        if (!p.isSet(QStringLiteral("progress")))
            return;
        err << tr("\r%1/%2 done, %3 printers found, ETA %4 s   ")
                   .arg(pr.done)
                   .arg(pr.total)
                   .arg(pr.found)
                   .arg(pr.etaSeconds < 0 ? QStringLiteral("?") : QString::number(pr.etaSeconds));
        err.flush();
    });
    QObject::connect(&job, &discovery::DiscoveryJob::finished, &loop, &QEventLoop::quit);
    job.start(parsed.targets, credentials, stored, options);
    if (job.isRunning())
        loop.exec();
    if (p.isSet(QStringLiteral("progress")))
        err << '\n';
    for (const QString &refusal : job.refused())
        printError(refusal);
    const discovery::DiscoveryResult &found = job.result();
    const QList<DeviceSnapshot> &printers = found.printers;
    const QList<DeviceSnapshot> &skipped = found.skipped;
    const QList<DeviceSnapshot> &failed = found.failed;
    const QDateTime started = found.startedAt;

    storage::DiscoveryRunRecord run;
    run.startedAt = started;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.targets = p.positionalArguments();
    if (p.isSet(QStringLiteral("csv")))
        run.targets << p.value(QStringLiteral("csv"));
    run.found = int(printers.size());
    run.skipped = int(skipped.size());
    run.failed = int(failed.size());
    run.summary =
        tr("%1 printers, %2 other SNMP devices, %3 without answer").arg(run.found).arg(run.skipped).arg(run.failed);
    storage::StoreContext context;
    context.discoveryMethod = p.isSet(QStringLiteral("csv")) ? QStringLiteral("csv") : QStringLiteral("scan");
    context.discoveryRun = run;
    storage::SnapshotStore store(storage.db());
    auto result = store.storeBatch(printers, context);
    if (!result) {
        printError(tr("The printers found could not be stored: %1").arg(result.error().message));
        return ExitSomeFailed;
    }

    if (json) {
        QJsonArray found, other, bad;
        for (int i = 0; i < printers.size(); ++i) {
            QJsonObject o = collect::snapshotToJson(printers.at(i));
            if (i < result->outcomes.size()) {
                o[QStringLiteral("deviceId")] = double(result->outcomes.at(i).deviceId);
                o[QStringLiteral("outcome")] = storage::outcomeKindName(result->outcomes.at(i).kind);
                o[QStringLiteral("ipChanged")] = result->outcomes.at(i).ipChanged;
            }
            found.append(o);
        }
        for (const DeviceSnapshot &s : std::as_const(skipped))
            other.append(QJsonObject{{QStringLiteral("target"), s.target},
                                     {QStringLiteral("sysDescr"), s.identity.sysDescr},
                                     {QStringLiteral("sysObjectID"), s.identity.sysObjectID},
                                     {QStringLiteral("reason"), tr("not a printer")}});
        for (const DeviceSnapshot &s : std::as_const(failed))
            bad.append(QJsonObject{
                {QStringLiteral("target"), s.target},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("class"), snmp::errorClassName(s.error.cls)},
                                                      {QStringLiteral("message"), s.error.message}}}});
        QJsonArray parseErrors;
        for (const auto &e : std::as_const(parsed.errors))
            parseErrors.append(e.toString());
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("found"), found},
            {QStringLiteral("skipped"), other},
            {QStringLiteral("failed"), bad},
            {QStringLiteral("targetErrors"), parseErrors},
            {QStringLiteral("excluded"), double(parsed.excludedCount)},
            {QStringLiteral("discoveryRunId"), result->discoveryRunId ? double(*result->discoveryRunId) : 0.0}}));
    } else {
        QTextStream out(stdout);
        for (int i = 0; i < printers.size(); ++i) {
            const DeviceSnapshot &s = printers.at(i);
            const auto &o = result->outcomes.value(i);
            out << tr("found   %1  %2 %3  serial %4")
                       .arg(s.target, s.identity.manufacturer, s.identity.model, s.identity.serialNumber);
            if (o.kind == storage::DeviceOutcome::Kind::Added)
                out << tr("  (new)");
            if (o.ipChanged)
                out << tr("  (moved from %1)").arg(o.previousAddress);
            out << '\n';
        }
        for (const DeviceSnapshot &s : std::as_const(skipped))
            out << tr("skipped %1  not a printer: %2").arg(s.target, s.identity.sysDescr.left(60)) << '\n';
        if (failed.size() <= 20)
            for (const DeviceSnapshot &s : std::as_const(failed))
                out << tr("failed  %1  %2").arg(s.target, s.error.message) << '\n';
        out << run.summary << '\n';
    }
    return parsed.errors.isEmpty() && job.refused().isEmpty() ? ExitOk : ExitSomeFailed;
}

} // namespace fleet::cli
