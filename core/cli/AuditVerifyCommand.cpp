// audit verify: checks the hash chain of the security audit log; audit log: lists it. Both need
// the view-audit permission.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliListing.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

// Opens the profile and checks view-audit; the acting user's look is itself audited.
std::optional<security::Actor> viewer(QCommandLineParser &p, StorageSession &storage, const QString &action)
{
    auto actor = openAsActingUser(p, storage);
    if (!actor)
        return std::nullopt;
    const security::SecurityError denied = security::check(*actor, security::Permission::ViewAudit);
    security::AuditLog(storage.db())
        .append(
            {*actor, action, std::nullopt, {}, denied ? security::kAuditDenied : security::kAuditOk, denied.message});
    if (denied) {
        printError(denied.message);
        return std::nullopt;
    }
    return actor;
}
} // namespace

int auditVerifyCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOption({QStringLiteral("anchor"),
                 tr("Also check that row SEQ still has HASH (as printed by an earlier verify)."), tr("SEQ:HASH")});
    int code = 0;
    if (!parseOrExplain(p, args, tr("Check that no row of the security audit log was changed or deleted."), &code))
        return code;
    std::optional<security::AuditAnchor> anchor;
    if (p.isSet(QStringLiteral("anchor"))) {
        anchor = security::AuditAnchor::parse(p.value(QStringLiteral("anchor")));
        if (!anchor) {
            printError(tr("--anchor takes SEQ:HASH, the hash as 64 hexadecimal digits."));
            return ExitUsage;
        }
    }
    StorageSession storage(profileFrom(p));
    if (!viewer(p, storage, QStringLiteral("audit.verify")))
        return ExitUsage;
    auto v = security::AuditLog(storage.db()).verify(anchor);
    if (!v) {
        printError(v.error().message);
        return ExitSomeFailed;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("intact"), v->intact()},
                        {QStringLiteral("rows"), double(v->rows)},
                        {QStringLiteral("break"), security::auditBreakName(v->kind)},
                        {QStringLiteral("firstBrokenSeq"), double(v->firstBrokenSeq)},
                        {QStringLiteral("reason"), v->reason},
                        {QStringLiteral("head"), QStringLiteral("%1:%2").arg(v->headSeq).arg(v->headHash)}}));
    } else {
        QTextStream out(stdout);
        if (v->intact())
            out << tr("The audit log is intact: %1 rows.").arg(v->rows) << '\n'
                << tr("Head (note it elsewhere to detect a rewritten log later): %1:%2")
                       .arg(v->headSeq)
                       .arg(v->headHash)
                << '\n';
        else
            out << tr("The audit log is damaged at row %1: %2").arg(v->firstBrokenSeq).arg(v->reason) << '\n';
    }
    return v->intact() ? ExitOk : ExitSomeFailed;
}

int auditLogCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("since"), tr("Only entries at or after DATE (ISO 8601)."), tr("DATE")},
        {QStringLiteral("limit"), tr("Newest N entries."), tr("N")},
    });
    int code = 0;
    if (!parseOrExplain(p, args, tr("List the security audit log: who did what, when, with which result."), &code))
        return code;
    QDateTime since;
    if (!readSinceOption(p, &since))
        return ExitUsage;
    // Unlike the exchanges' --limit, anything but a positive number here means no limit.
    const int limit = p.value(QStringLiteral("limit")).toInt();
    StorageSession storage(profileFrom(p));
    if (!viewer(p, storage, QStringLiteral("audit.log")))
        return ExitUsage;
    auto rows = security::AuditLog(storage.db()).list(since, limit);
    if (!rows) {
        printError(rows.error().message);
        return ExitSomeFailed;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJsonList(QStringLiteral("entries"), *rows);
        return ExitOk;
    }
    QTextStream out(stdout);
    for (const auto &r : std::as_const(*rows)) {
        out << r.seq << "  " << r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << r.actor
            << " (" << r.role << ")  " << r.action << "  " << r.result;
        if (r.deviceId)
            out << "  " << tr("device %1").arg(*r.deviceId);
        if (r.parameters != u"{}")
            out << "  " << r.parameters;
        if (!r.message.isEmpty())
            out << "\n    " << r.message;
        out << '\n';
    }
    return ExitOk;
}

} // namespace fleet::cli
