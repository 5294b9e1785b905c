// status: whether the service (fleetkeeperd) runs on the profile and what it does, its last and
// next runs, the outbox and recent errors. Asked of the service over its control socket; without
// one, read from the profile's schedule files and database (nothing is changed there).

#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "control/DaemonClient.h"
#include "control/StatusReport.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleet::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 5000;

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QString describeRun(const control::RunInfo &run)
{
    QString last = tr("never");
    if (run.lastStarted.isValid() && run.lastFinished < run.lastStarted)
        last = tr("%1 (interrupted or running)").arg(local(run.lastStarted));
    else if (run.lastFinished.isValid())
        last = tr("%1 %2").arg(local(run.lastFinished), run.lastOk ? tr("ok") : tr("failed"));
    if (!run.lastMessage.isEmpty())
        last += QStringLiteral(" — ") + run.lastMessage;
    return tr("last %1; next %2").arg(last, run.next.isValid() ? local(run.next) : tr("not scheduled"));
}

void printText(const control::StatusReport &s, const QString &refusal)
{
    QTextStream out(stdout);
    if (s.daemonRunning)
        out << tr("Service: running (process %1) on %2").arg(s.pid).arg(s.profile) << '\n';
    else if (!refusal.isEmpty())
        out << tr("Service: running, but it refused this user: %1").arg(refusal) << '\n';
    else
        out << tr("Service: no service running on %1 (state read from the profile)").arg(s.profile) << '\n';
    if (s.daemonRunning)
        out << tr("State: %1%2").arg(s.state, s.paused ? tr(", schedule paused") : QString()) << '\n';
    else if (s.paused)
        out << tr("Schedule: paused") << '\n';
    out << tr("Poll (every %1 min): %2").arg(s.pollIntervalMinutes).arg(describeRun(s.poll)) << '\n';
    out << tr("Discovery: %1").arg(describeRun(s.discovery)) << '\n';
    out << tr("Sync: %1").arg(describeRun(s.sync)) << '\n';
    out << tr("Outbox: %1 queued, %2 delivered, %3 rejected")
               .arg(s.outboxQueued)
               .arg(s.outboxDelivered)
               .arg(s.outboxRejected);
    if (s.nextRetry.isValid())
        out << tr("; next retry %1").arg(local(s.nextRetry));
    out << '\n' << tr("Devices: %1").arg(s.devices) << '\n';
    if (s.errors.isEmpty()) {
        out << tr("Recent errors: none") << '\n';
        return;
    }
    out << tr("Recent errors:") << '\n';
    for (const control::RecentError &e : s.errors)
        out << "  " << local(e.at) << ' ' << e.source << ": " << e.message << '\n';
}

} // namespace

int statusCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    int code = 0;
    if (!parseOrExplain(p, args, tr("Show whether the service runs, its last and next runs, outbox and errors."),
                        &code))
        return code;
    const ProfileRoot profile = profileFrom(p);
    control::StatusReport report;
    QString refusal;
    bool fromDaemon = false;
    control::DaemonClient client(profile);
    if (client.connectToDaemon(kConnectMs, false)) {
        auto answer = client.call(control::RequestType::Status, kAnswerMs);
        if (answer) {
            report = control::StatusReport::fromJson(*answer);
            fromDaemon = true;
        } else {
            refusal = answer.error();
        }
    }
    if (!fromDaemon) {
        auto stored = control::StatusReport::readFromProfile(profile);
        if (!stored) {
            printError(stored.error());
            return ExitUsage;
        }
        report = *stored;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = report.toJson();
        if (!refusal.isEmpty())
            o.insert(QStringLiteral("refused"), refusal);
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    printText(report, refusal);
    return ExitOk;
}

} // namespace fleet::cli
