// fleetkeeper-cli actions ...: the action policy of the profile (which actions are disabled, what
// happens to actions the remote-services server asks for) and the remote requests waiting for a
// person's consent. Policy changes need change-settings and go to the audit log; a decision on a
// request is checked and audited by sync::ConsentStore.

#include "actions/ActionPolicy.h"
#include "actions/ActionPolicyChange.h"
#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "cli/WaitForReport.h"
#include "sync/ConsentStore.h"
#include "sync/SyncAgent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

void printPolicy(const actions::ActionPolicy &policy, bool json)
{
    QStringList disabled;
    for (actions::ActionKind k : actions::allActions())
        if (policy.isDisabled(k))
            disabled << actions::actionName(k);
    if (json) {
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("disabled"), QJsonArray::fromStringList(disabled)},
            {QStringLiteral("remotePolicy"), actions::remotePolicyName(policy.remotePolicy())},
            {QStringLiteral("remoteAllowed"), QJsonArray::fromStringList(policy.remoteAllowedNames())},
            {QStringLiteral("consentHours"), policy.consentHours()},
            {QStringLiteral("lockedDown"), policy.isLockedDown()},
        }));
        return;
    }
    QTextStream out(stdout);
    const QString none = tr("(none)");
    out << tr("Disabled actions:  %1").arg(disabled.isEmpty() ? none : disabled.join(QStringLiteral(", "))) << '\n';
    out << tr("Remote policy:     %1").arg(actions::remotePolicyName(policy.remotePolicy())) << '\n';
    if (policy.remotePolicy() == actions::RemotePolicy::AllowListed) {
        const QStringList allowed = policy.remoteAllowedNames();
        out << tr("Allowed remotely:  %1").arg(allowed.isEmpty() ? none : allowed.join(QStringLiteral(", "))) << '\n';
    }
    out << QCoreApplication::translate("fleet::cli", "Consent waits:     %n hour(s)", nullptr, policy.consentHours())
        << '\n';
    if (policy.isLockedDown())
        out << tr("Locked-down mode: every remote action is denied whatever the policy.") << '\n';
}

// Saves the policy as the acting user; the core checks change-settings and audits the change.
int changePolicy(const QCommandLineParser &p, const ProfileRoot &profile, const actions::ActionPolicy &policy,
                 const QString &auditAction)
{
    StorageSession storage(profile);
    if (!storage.open())
        return ExitUsage;
    const auto actor = cliActingUser(p, storage.db());
    if (!actor)
        return ExitSomeFailed;
    if (auto error = actions::changeActionPolicy(profile.settingsPath(), storage.db(), *actor, policy, auditAction)) {
        printError(error.message);
        return ExitSomeFailed;
    }
    printPolicy(policy, p.isSet(QStringLiteral("json")));
    return ExitOk;
}

void printConsents(const QList<sync::Consent> &consents, bool json)
{
    if (json) {
        QJsonArray rows;
        for (const sync::Consent &c : consents)
            rows.append(c.toJson());
        printJson(QJsonDocument(rows));
        return;
    }
    QTextStream out(stdout);
    if (consents.isEmpty()) {
        out << tr("No remote requests.") << '\n';
        return;
    }
    for (const sync::Consent &c : consents) {
        out << QStringLiteral("%1  %2  %3  %4  ")
                   .arg(c.id, 4)
                   .arg(sync::consentStateName(c.state), -8)
                   .arg(actions::actionName(c.kind), -12)
                   .arg(c.deviceLabel)
            << tr("received %1, expires %2")
                   .arg(c.receivedAt.toLocalTime().toString(Qt::ISODate),
                        c.expiresAt.toLocalTime().toString(Qt::ISODate));
        if (!c.decidedBy.isEmpty())
            out << tr(", decided by %1").arg(c.decidedBy);
        if (!c.reason.isEmpty())
            out << QStringLiteral(" (%1)").arg(c.reason);
        out << '\n';
    }
}

// Runs approved requests and posts results in this process (the service does it within a minute).
int runNow(const ProfileRoot &profile)
{
    sync::SyncAgent agent(profile);
    const auto report = waitForReport<sync::CommandReport>([&agent](auto done) { agent.runConsents(std::move(done)); });
    QTextStream(stdout) << report.summary() << '\n';
    for (const QString &m : std::as_const(report.messages))
        QTextStream(stdout) << "  " << m << '\n';
    return report.ok ? ExitOk : ExitSomeFailed;
}
} // namespace

int actionsCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("allow"), tr("policy allow: the actions the server may run without asking (comma list)."),
         tr("LIST")},
        {QStringLiteral("consent-hours"), tr("policy: how long a request waits for a decision (default 24)."), tr("H")},
        {QStringLiteral("reason"), tr("deny: the reason told to the server."), tr("TEXT")},
        {QStringLiteral("all"), tr("pending: every request, decided or not.")},
        {QStringLiteral("now"), tr("approve/deny: run the request and report to the server from this process.")},
    });
    p.addPositionalArgument(QStringLiteral("verb"),
                            tr("show | enable ACTION | disable ACTION | policy ask|allow|deny | pending | "
                               "approve ID | deny ID"));
    int code = 0;
    if (!parseOrExplain(p, args, tr("The action policy and remote requests waiting for consent."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString verb = pos.isEmpty() ? QStringLiteral("show") : pos.constFirst();
    const ProfileRoot profile = profileFrom(p);
    const bool json = p.isSet(QStringLiteral("json"));
    actions::ActionPolicy policy = actions::ActionPolicy::load(profile.settingsPath());
    const auto usage = [](const QString &message) {
        printError(message);
        return int(ExitUsage);
    };

    if (verb == u"show" && pos.size() <= 1) {
        printPolicy(policy, json);
        return ExitOk;
    }
    if ((verb == u"enable" || verb == u"disable") && pos.size() == 2) {
        const auto kind = actions::actionFromName(pos.at(1));
        if (!kind)
            return usage(tr("%1 is not an action.").arg(pos.at(1)));
        policy.setDisabled(*kind, verb == u"disable");
        return changePolicy(p, profile, policy, QStringLiteral("actions.") + verb);
    }
    if (verb == u"policy" && pos.size() == 2) {
        const auto mode = actions::remotePolicyFromName(pos.at(1));
        if (!mode)
            return usage(tr("The remote policy is ask, allow or deny."));
        policy.setRemotePolicy(*mode);
        if (p.isSet(QStringLiteral("allow"))) {
            if (*mode != actions::RemotePolicy::AllowListed)
                return usage(tr("--allow goes with 'policy allow'."));
            QSet<actions::ActionKind> kinds;
            for (const QString &raw : p.value(QStringLiteral("allow")).split(u',', Qt::SkipEmptyParts)) {
                const auto kind = actions::actionFromName(raw.trimmed());
                if (!kind)
                    return usage(tr("%1 is not an action.").arg(raw.trimmed()));
                if (*kind == actions::ActionKind::Firmware)
                    return usage(tr("Firmware is never upgraded on a server's request."));
                kinds.insert(*kind);
            }
            policy.setRemoteAllowedActions(kinds);
        }
        if (p.isSet(QStringLiteral("consent-hours"))) {
            bool ok = false;
            const int hours = p.value(QStringLiteral("consent-hours")).toInt(&ok);
            if (!ok || hours < 1 || hours > 720)
                return usage(tr("--consent-hours takes 1 to 720."));
            policy.setConsentHours(hours);
        }
        if (*mode == actions::RemotePolicy::AllowListed && policy.remoteAllowedActions().isEmpty())
            QTextStream(stderr) << tr("No action is listed: every remote request stays denied until --allow names "
                                      "some.")
                                << '\n';
        return changePolicy(p, profile, policy, actions::kPolicyAuditAction);
    }
    if (verb == u"pending" && pos.size() == 1) {
        StorageSession storage(profile);
        if (!storage.open())
            return ExitUsage;
        sync::ConsentStore consents(storage.db());
        // Overdue requests are shown as what they are, even before the agent's next pass.
        if (auto e = consents.expireDue(); !e) {
            printError(e.error().message);
            return ExitSomeFailed;
        }
        auto rows = p.isSet(QStringLiteral("all")) ? consents.list() : consents.list(sync::ConsentState::Pending);
        if (!rows) {
            printError(rows.error().message);
            return ExitSomeFailed;
        }
        printConsents(*rows, json);
        return ExitOk;
    }
    if ((verb == u"approve" || verb == u"deny") && pos.size() == 2) {
        bool ok = false;
        const qint64 id = pos.at(1).toLongLong(&ok);
        if (!ok || id < 1)
            return usage(tr("%1 is not a request id (see 'actions pending').").arg(pos.at(1)));
        if (verb == u"approve" && p.isSet(QStringLiteral("reason")))
            return usage(tr("--reason goes with deny."));
        {
            StorageSession storage(profile);
            const auto actor = openAsActingUser(p, storage);
            if (!actor)
                return ExitUsage;
            sync::ConsentStore consents(storage.db());
            auto decided = verb == u"approve" ? consents.approve(id, *actor)
                                              : consents.deny(id, *actor, p.value(QStringLiteral("reason")));
            if (!decided) {
                printError(decided.error().message);
                return decided.error().code == security::SecurityErrorCode::InvalidArgument ||
                               decided.error().code == security::SecurityErrorCode::NotFound
                           ? ExitUsage
                           : ExitSomeFailed;
            }
            QTextStream(stdout) << (verb == u"approve" ? tr("Approved request %1: %2 on %3.")
                                                       : tr("Denied request %1: %2 on %3."))
                                       .arg(id)
                                       .arg(actions::actionName(decided->kind), decided->deviceLabel)
                                << '\n';
        }
        if (p.isSet(QStringLiteral("now")))
            return runNow(profile);
        QTextStream(stdout) << tr("The service runs it and reports to the server within a minute; --now does it "
                                  "from here.")
                            << '\n';
        return ExitOk;
    }
    return usage(tr("Usage: actions [show] | enable ACTION | disable ACTION | policy ask|allow|deny [--allow LIST] "
                    "[--consent-hours H] | pending [--all] | approve ID [--now] | deny ID [--reason TEXT] [--now]"));
}

} // namespace fleet::cli
