// sync: deliver queued payloads and send a new one now (--now), poll for commands (--commands), or
// show the sync status (no option).

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/WaitForReport.h"
#include "sync/Outbox.h"
#include "sync/ServerCertificate.h"
#include "sync/SyncAgent.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

QJsonObject errorJson(const sync::SyncError &e)
{
    if (!e)
        return {};
    QJsonObject o{{QStringLiteral("kind"), sync::syncErrorKindName(e.kind)}, {QStringLiteral("message"), e.message}};
    if (e.httpStatus)
        o.insert(QStringLiteral("status"), e.httpStatus);
    return o;
}

// Both runs end alike. As JSON: their own fields, plus the error if any. As text: the agent's
// messages, its summary line, then note if any. A configuration problem or a refusal is for the
// user to fix (usage); any other failure is a failed run.
template <typename Report> int reportRun(const Report &report, bool json, QJsonObject fields, const QString &note = {})
{
    if (json) {
        if (report.error)
            fields.insert(QStringLiteral("error"), errorJson(report.error));
        printJson(QJsonDocument(fields));
    } else {
        QTextStream out(stdout);
        for (const QString &m : std::as_const(report.messages))
            out << m << '\n';
        out << report.summary() << '\n';
        if (!note.isEmpty())
            out << note << '\n';
    }
    if (report.error.kind == sync::SyncErrorKind::Config || report.error.kind == sync::SyncErrorKind::NotAllowed)
        return ExitUsage;
    return report.ok ? ExitOk : ExitSomeFailed;
}

int runSync(sync::SyncAgent &agent, bool json)
{
    const auto report = waitForReport<sync::SyncReport>([&agent](auto done) { agent.sync({}, std::move(done)); });
    QJsonObject o{{QStringLiteral("ok"), report.ok},
                  {QStringLiteral("delivered"), report.delivered},
                  {QStringLiteral("rejected"), report.rejected},
                  {QStringLiteral("queued"), report.queued},
                  {QStringLiteral("registrationRequired"), report.registrationRequired},
                  {QStringLiteral("summary"), report.summary()}};
    if (!report.builtKey.isEmpty())
        o.insert(QStringLiteral("payloadId"), report.builtKey);
    if (report.nextAttempt.isValid())
        o.insert(QStringLiteral("nextAttempt"), report.nextAttempt.toString(Qt::ISODateWithMs));
    return reportRun(report, json, o,
                     report.registrationRequired ? tr("The server no longer accepts this agent: register again.")
                                                 : QString());
}

int runCommands(sync::SyncAgent &agent, bool json)
{
    const auto report =
        waitForReport<sync::CommandReport>([&agent](auto done) { agent.pollCommands(std::move(done)); });
    return reportRun(report, json,
                     QJsonObject{{QStringLiteral("ok"), report.ok},
                                 {QStringLiteral("received"), report.received},
                                 {QStringLiteral("done"), report.done},
                                 {QStringLiteral("failed"), report.failed},
                                 {QStringLiteral("rejected"), report.rejected},
                                 {QStringLiteral("unsupported"), report.unsupported},
                                 {QStringLiteral("resultsPosted"), report.resultsPosted},
                                 {QStringLiteral("settingsChanged"), report.settingsChanged},
                                 {QStringLiteral("messages"), QJsonArray::fromStringList(report.messages)}});
}

int showStatus(sync::SyncAgent &agent, const ProfileRoot &profile, bool json)
{
    if (const auto e = agent.open()) {
        printError(e.message);
        return ExitUsage;
    }
    QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    const sync::SyncSettings s = sync::SyncSettings::load(ini);
    sync::SyncState state(agent.db());
    const auto value = [&state](const QString &key) {
        auto v = state.value(key);
        return v ? *v : QString();
    };
    sync::Outbox outbox(agent.db());
    auto queued = outbox.queued();
    auto next = outbox.nextAttempt();
    auto certificate = sync::ServerCertificateStore(agent.db()).forHost(s.serverUrl.host());
    if (!certificate)
        printError(tr("The server's certificate cannot be read: %1").arg(certificate.error().message));
    const bool seen = certificate && certificate->isValid();
    const QJsonObject o{
        {QStringLiteral("server"), s.serverUrl.toString()},
        {QStringLiteral("registered"), s.isRegistered()},
        {QStringLiteral("agentId"), s.agentId},
        {QStringLiteral("securityMode"), sync::securityModeName(s.securityMode)},
        {QStringLiteral("proxy"), sync::proxyModeName(s.proxyMode)},
        {QStringLiteral("syncTime"), s.syncTime.toString(u"HH:mm")},
        {QStringLiteral("commandPollTime"), s.isLockedDown() ? QString() : s.commandPollTime.toString(u"HH:mm")},
        {QStringLiteral("queued"), queued ? int(queued->size()) : -1},
        {QStringLiteral("nextAttempt"), next && next->isValid() ? next->toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("readingsMark"), value(sync::SyncState::kReadingsMark)},
        {QStringLiteral("lastRunAt"), value(sync::SyncState::kLastRunAt)},
        {QStringLiteral("lastRun"), value(sync::SyncState::kLastRunMessage)},
        {QStringLiteral("registrationRequired"), value(sync::SyncState::kRegistrationRequired) == u"1"},
        // As last seen on a verified connection to this server; null before the first one.
        {QStringLiteral("serverCertificate"), seen ? QJsonValue(certificate->toJson()) : QJsonValue()},
    };
    if (json) {
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    QTextStream out(stdout);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == u"serverCertificate") {
            out << it.key() << ": "
                << (seen ? tr("%1, valid until %2 (issued by %3, SHA-256 %4)")
                               .arg(certificate->subject, certificate->notAfter.toString(Qt::ISODate),
                                    certificate->issuer, certificate->sha256)
                         : tr("not seen yet"))
                << '\n';
            continue;
        }
        out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return ExitOk;
}
} // namespace

int syncCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("now"), tr("Deliver queued payloads, then build and send a new one.")},
        {QStringLiteral("commands"), tr("Ask the server for commands and settings now (Normal mode).")},
    });
    int code = 0;
    if (!parseOrExplain(p, args, tr("Sync with the remote-services server, or show the sync status."), &code))
        return code;
    const ProfileRoot profile = profileFrom(p);
    const bool json = p.isSet(QStringLiteral("json"));
    sync::SyncAgent agent(profile);
    const bool now = p.isSet(QStringLiteral("now"));
    if (now || p.isSet(QStringLiteral("commands"))) {
        // Sending anything is the sync permission's; the status below is a read.
        if (const sync::SyncError e = agent.open()) {
            printError(e.message);
            return ExitUsage;
        }
        if (!cliAuthorized(p, agent.db(), security::Permission::Sync,
                           now ? QStringLiteral("sync.now") : QStringLiteral("sync.commands")))
            return ExitUsage;
    }
    if (now)
        return runSync(agent, json);
    if (p.isSet(QStringLiteral("commands")))
        return runCommands(agent, json);
    return showStatus(agent, profile, json);
}

} // namespace fleet::cli
