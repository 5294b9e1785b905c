// report: meter reads and usage per device for a period, for billing (CSV for spreadsheets).

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "storage/MeterReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

QJsonValue readingJson(const std::optional<storage::MeterReading> &r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("readAt"), r->readAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("value"), double(r->value)}};
}
} // namespace

int reportCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions(
        {{QStringLiteral("from"), tr("Start of the period (ISO 8601 date or date-time, inclusive)."), tr("DATE")},
         {QStringLiteral("to"), tr("End of the period (exclusive; default now)."), tr("DATE")},
         {QStringLiteral("csv"), tr("CSV output.")}});
    int code = 0;
    if (!parseOrExplain(p, args, tr("Meter reads and usage per device for a period."), &code))
        return code;
    const QDateTime from = parseDateArgument(p.value(QStringLiteral("from")));
    const QDateTime to = p.isSet(QStringLiteral("to")) ? parseDateArgument(p.value(QStringLiteral("to")))
                                                       : QDateTime::currentDateTimeUtc();
    if (!from.isValid() || !to.isValid() || from >= to) {
        printError(tr("report needs --from DATE (and optionally --to DATE) with from before to."));
        return ExitUsage;
    }
    StorageSession storage(profileFrom(p));
    const auto actor = openAsActingUser(p, storage);
    if (!actor)
        return ExitUsage;
    auto rows = storage::exportMeterUsage(storage.db(), *actor, from, to);
    if (!rows) {
        printError(rows.error().message);
        return ExitUsage;
    }
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("csv"))) {
        out << QString::fromUtf8(storage::meterUsageCsv(*rows));
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &u : std::as_const(*rows))
            arr.append(QJsonObject{{QStringLiteral("deviceId"), double(u.deviceId)},
                                   {QStringLiteral("serialNumber"), u.serial},
                                   {QStringLiteral("model"), u.model},
                                   {QStringLiteral("address"), u.address},
                                   {QStringLiteral("meter"), u.meter},
                                   {QStringLiteral("unit"), u.unit},
                                   {QStringLiteral("source"), u.source},
                                   {QStringLiteral("baseline"), readingJson(u.baseline)},
                                   {QStringLiteral("first"), readingJson(u.first)},
                                   {QStringLiteral("last"), readingJson(u.last)},
                                   {QStringLiteral("readings"), u.readings},
                                   {QStringLiteral("resets"), u.resets},
                                   {QStringLiteral("usage"), double(u.usage)}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                            {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                            {QStringLiteral("meters"), arr}}));
        return ExitOk;
    }
    for (const auto &u : std::as_const(*rows))
        out << u.deviceId << ' ' << u.serial << ' ' << u.meter << ": " << u.usage << ' ' << u.unit
            << (u.resets ? QCoreApplication::translate("fleet::cli", "  (%n reset(s): check)", nullptr, u.resets)
                         : QString())
            << '\n';
    return ExitOk;
}

} // namespace fleet::cli
