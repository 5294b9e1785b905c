// outbox: the payloads queued, delivered and rejected (kept 30 days), and one of them decrypted.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CliListing.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "sync/Outbox.h"
#include "sync/PayloadView.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

QString local(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}
} // namespace

int outboxCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("show"), tr("Print the decrypted payload XML of item ID."), tr("ID")},
        {QStringLiteral("limit"), tr("Newest N items (default 50)."), tr("N")},
    });
    int code = 0;
    if (!parseOrExplain(p, args, tr("List the payload outbox."), &code))
        return code;
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    sync::Outbox outbox(storage.db());
    if (p.isSet(QStringLiteral("show"))) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("show")).toLongLong(&ok);
        if (!ok) {
            printError(tr("No outbox item %1.").arg(p.value(QStringLiteral("show"))));
            return ExitUsage;
        }
        const auto actor = cliActingUser(p, storage.db());
        if (!actor)
            return ExitUsage;
        auto xml = sync::decryptOutboxPayload(storage.db(), storage.secrets(), *actor, id);
        if (!xml) {
            printError(xml.error().message);
            return xml.error().code == security::SecurityErrorCode::Denied ? ExitUsage : ExitSomeFailed;
        }
        QTextStream(stdout) << QString::fromUtf8(*xml);
        return ExitOk;
    }
    int limit = 50;
    if (!readLimitOption(p, &limit))
        return ExitUsage;
    auto items = outbox.list(limit);
    if (!items) {
        printError(items.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJsonList(QStringLiteral("items"), *items);
        return ExitOk;
    }
    QTextStream out(stdout);
    if (items->isEmpty())
        out << tr("The outbox is empty.") << '\n';
    for (const sync::OutboxItem &i : std::as_const(*items)) {
        out << i.id << "  " << sync::outboxStateName(i.state) << "  " << i.idempotencyKey << "  "
            << tr("generated %1").arg(local(i.generatedAt)) << "  " << tr("%1 bytes").arg(i.bodyBytes) << "  "
            << tr("%1 devices, %2 readings").arg(i.devices).arg(i.readings) << "  "
            << tr("%1 attempt(s)").arg(i.attempts);
        if (i.state == sync::OutboxState::Queued && i.nextAttemptAt.isValid())
            out << "  " << tr("next %1").arg(local(i.nextAttemptAt));
        if (!i.lastError.isEmpty())
            out << "\n    " << i.lastError;
        out << '\n';
    }
    return ExitOk;
}

} // namespace fleet::cli
