// posture: the fleet's security posture (R10, docs/posture.md): probe the stored devices politely
// (--probe), then report findings, remedies and scores from the stored results, as text, JSON,
// HTML and CSV.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "posture/PostureExport.h"
#include "posture/PostureJob.h"
#include "posture/PostureReportBuilder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

// "--port telnet=2323": tests (and odd sites) move a service to another port.
bool applyPortOptions(const QStringList &values, posture::ProbeOptions &options)
{
    for (const QString &v : values) {
        const auto service = posture::serviceFromName(v.section(u'=', 0, 0));
        bool ok = false;
        const int port = v.section(u'=', 1).toInt(&ok);
        if (!service || !ok || port <= 0 || port > 65535) {
            printError(tr("--port wants SERVICE=PORT with SERVICE one of ftp, telnet, http, https, lpr, ipp, raw; "
                          "got %1.")
                           .arg(v));
            return false;
        }
        for (posture::ServicePort &p : options.ports)
            if (p.service == *service)
                p.port = quint16(port);
    }
    return true;
}

bool probeAll(const QString &dbPath, const security::Actor &actor, const posture::ProbeOptions &options)
{
    posture::PostureJob job(dbPath, actor, options);
    QEventLoop loop;
    QString error;
    bool finished = false;
    QObject::connect(&job, &posture::PostureJob::finished, &loop, [&](int, const QString &e) {
        finished = true;
        error = e;
        loop.quit();
    });
    QTextStream err(stderr);
    QObject::connect(&job, &posture::PostureJob::progress, &loop, [&err](int done, int total) {
        if (total > 0)
            err << tr("Probed %1 of %2 devices").arg(done).arg(total) << '\n';
        err.flush();
    });
    job.run();
    // run() may finish at once (no devices, database error): only wait when it has not.
    if (!finished)
        loop.exec();
    if (!error.isEmpty()) {
        printError(error);
        return false;
    }
    return true;
}

void printText(const posture::PostureReport &report)
{
    QTextStream out(stdout);
    out << tr("Agent: score %1/100").arg(report.agentScore) << '\n';
    for (const posture::Finding &f : report.agentFindings)
        out << "  [" << posture::severityName(f.severity) << "] " << f.title << '\n'
            << "    " << tr("Remedy: %1").arg(f.remedy) << '\n';
    for (const posture::DevicePosture &d : report.devices) {
        out << tr("Device %1 %2 (%3): score %4/100").arg(d.deviceId).arg(d.name, d.address).arg(d.score)
            << (d.probedAt.isValid() ? QString() : tr(" (never probed)")) << '\n';
        for (const posture::Finding &f : d.findings)
            out << "  [" << posture::severityName(f.severity) << "] " << f.title << ": " << f.detail << '\n'
                << "    " << tr("Remedy: %1").arg(f.remedy) << '\n';
    }
}
} // namespace

int postureCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions(
        {{QStringLiteral("probe"), tr("Probe every stored device first (see docs/posture.md for what is sent).")},
         {QStringLiteral("html"), tr("Write the report as an HTML page to FILE."), tr("FILE")},
         {QStringLiteral("csv"), tr("Write the report as CSV (one row per finding) to FILE."), tr("FILE")},
         {QStringLiteral("port"), tr("Probe SERVICE on another TCP port (repeatable), e.g. telnet=2323."),
          tr("SERVICE=PORT")},
         {QStringLiteral("timeout"), tr("Timeout of each probe request in milliseconds (default 1500)."), tr("MS")}});
    int code = 0;
    if (!parseOrExplain(p, args, tr("The fleet's security posture: findings, remedies and a score per device."), &code))
        return code;
    posture::ProbeOptions options;
    if (!applyPortOptions(p.values(QStringLiteral("port")), options))
        return ExitUsage;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int ms = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || ms < 50 || ms > 60000) {
            printError(tr("--timeout wants milliseconds between 50 and 60000."));
            return ExitUsage;
        }
        options.snmpTimeoutMs = ms;
        options.tcpTimeoutMs = ms;
    }
    const ProfileRoot profile = profileFrom(p);
    StorageSession storage(profile);
    if (!storage.open())
        return ExitUsage;
    if (p.isSet(QStringLiteral("probe"))) {
        // The job checks the permission and audits the run; without an actor nothing is probed.
        const std::optional<security::Actor> actor = cliActingUser(p, storage.db());
        if (!actor)
            return ExitUsage;
        if (!probeAll(profile.databasePath(), *actor, options))
            return ExitSomeFailed;
    }
    auto report = posture::PostureReportBuilder::load(storage.db(), profile.settingsPath());
    if (!report) {
        printError(report.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("html"))) {
        if (const QString e = posture::writeReportFile(p.value(QStringLiteral("html")), posture::reportHtml(*report));
            !e.isEmpty()) {
            printError(e);
            return ExitSomeFailed;
        }
    }
    if (p.isSet(QStringLiteral("csv"))) {
        if (const QString e = posture::writeReportFile(p.value(QStringLiteral("csv")), posture::reportCsv(*report));
            !e.isEmpty()) {
            printError(e);
            return ExitSomeFailed;
        }
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(posture::reportJson(*report)));
    else
        printText(*report);
    return ExitOk;
}

} // namespace fleet::cli
