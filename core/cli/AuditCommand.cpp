// audit: every request the agent sent to the remote-services server (R3.7).

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CliListing.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "sync/ExchangeLog.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}
} // namespace

int auditCommand(const QStringList &args)
{
    // `audit verify` and `audit log` are the security audit log; plain `audit` lists the exchanges.
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--profile" || a == u"--since" || a == u"--limit" || a == u"--as") {
            ++i;
            continue;
        }
        if (a == u"verify" || a == u"log") {
            QStringList rest = args;
            rest.removeAt(i);
            return a == u"verify" ? auditVerifyCommand(rest) : auditLogCommand(rest);
        }
    }
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOptions({
        {QStringLiteral("since"), tr("Only requests at or after DATE (ISO 8601)."), tr("DATE")},
        {QStringLiteral("limit"), tr("Newest N requests."), tr("N")},
    });
    int code = 0;
    if (!parseOrExplain(p, args, tr("List the requests sent to the remote-services server."), &code))
        return code;
    QDateTime since;
    int limit = 0;
    if (!readSinceOption(p, &since) || !readLimitOption(p, &limit))
        return ExitUsage;
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    auto rows = sync::ExchangeLog(storage.db()).list(since, limit);
    if (!rows) {
        printError(rows.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJsonList(QStringLiteral("exchanges"), *rows);
        return ExitOk;
    }
    QTextStream out(stdout);
    if (rows->isEmpty())
        out << tr("No requests recorded.") << '\n';
    for (const sync::ExchangeRecord &r : std::as_const(*rows)) {
        out << r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << r.method << ' '
            << r.endpoint << "  " << (r.status ? QString::number(*r.status) : QStringLiteral("---")) << "  "
            << tr("%1 B out, %2 B in, %3 ms").arg(r.bytesOut).arg(r.bytesIn).arg(r.durationMs);
        if (!r.payloadId.isEmpty())
            out << "  " << r.payloadId;
        if (!r.error.isEmpty())
            out << "\n    " << r.errorKind << ": " << r.error;
        out << '\n';
    }
    return ExitOk;
}

} // namespace fleet::cli
