// devices, show and history: read-only views of the stored fleet.

#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CliListing.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "storage/FleetRepository.h"
#include "util/Csv.h"

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
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}
QJsonValue isoJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject deviceJson(const storage::DeviceRecord &d)
{
    return QJsonObject{
        {QStringLiteral("id"), double(d.id)},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("manufacturer"), d.manufacturer},
        {QStringLiteral("model"), d.model},
        {QStringLiteral("serialNumber"), d.serial},
        {QStringLiteral("sysObjectID"), d.sysObjectId},
        {QStringLiteral("location"), d.location},
        {QStringLiteral("firmware"), d.firmware},
        {QStringLiteral("macAddresses"), QJsonArray::fromStringList(d.macAddresses)},
        {QStringLiteral("address"), d.address},
        {QStringLiteral("lastKnownAddress"), d.lastKnownAddress},
        {QStringLiteral("ipChanged"), d.ipChanged},
        {QStringLiteral("ipChangedAt"), isoJson(d.ipChangedAt)},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("firstSeen"), isoJson(d.firstSeen)},
        {QStringLiteral("lastSeen"), isoJson(d.lastSeen)},
        {QStringLiteral("lastSuccessAt"), isoJson(d.lastSuccessAt)},
        {QStringLiteral("lastPollAt"), isoJson(d.lastPollAt)},
        {QStringLiteral("credential"), d.credentialName},
        {QStringLiteral("discoveryMethod"), d.discoveryMethod},
        {QStringLiteral("discoveredAt"), isoJson(d.discoveredAt)},
        {QStringLiteral("inScope"), d.inScope},
        {QStringLiteral("metersDisagree"), d.metersDisagree},
    };
}

// Resolves what the user typed to exactly one device, or explains why not.
std::optional<storage::DeviceRecord> findOne(storage::FleetRepository &repo, const QString &text)
{
    auto found = repo.find(text);
    if (!found) {
        printError(found.error().message);
        return std::nullopt;
    }
    if (found->isEmpty()) {
        printError(tr("No stored device matches %1.").arg(text));
        return std::nullopt;
    }
    if (found->size() > 1) {
        QStringList ids;
        for (const auto &d : *found)
            ids << QString::number(d.id);
        printError(tr("%1 matches several devices (ids %2); use the id.").arg(text, ids.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return found->first();
}

// The one DEVICE argument of show and history, resolved in the profile's database.
std::optional<storage::DeviceRecord> deviceArgument(const QCommandLineParser &p, StorageSession &storage,
                                                    const QString &command)
{
    if (p.positionalArguments().size() != 1) {
        printError(tr("%1 takes exactly one DEVICE.").arg(command));
        return std::nullopt;
    }
    if (!storage.open())
        return std::nullopt;
    storage::FleetRepository repo(storage.db());
    return findOne(repo, p.positionalArguments().first());
}

} // namespace

int devicesCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    int code = 0;
    if (!parseOrExplain(p, args, tr("List the stored devices."), &code))
        return code;
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    storage::FleetRepository repo(storage.db());
    auto devices = repo.devices();
    if (!devices) {
        printError(devices.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &d : *devices)
            arr.append(deviceJson(d));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("devices"), arr}}));
        return ExitOk;
    }
    QTextStream out(stdout);
    out << qSetFieldWidth(5) << Qt::left << "id" << qSetFieldWidth(22) << tr("address") << qSetFieldWidth(9)
        << tr("status") << qSetFieldWidth(36) << tr("model") << qSetFieldWidth(18) << tr("serial") << qSetFieldWidth(0)
        << tr("last success") << '\n';
    for (const auto &d : *devices) {
        out << qSetFieldWidth(5) << d.id << qSetFieldWidth(22) << d.address << qSetFieldWidth(9) << d.status
            << qSetFieldWidth(36) << QString(d.manufacturer + u' ' + d.model).trimmed().left(35) << qSetFieldWidth(18)
            << d.serial << qSetFieldWidth(0) << iso(d.lastSuccessAt.toLocalTime())
            << (d.ipChanged ? tr("  (IP changed from %1)").arg(d.lastKnownAddress) : QString()) << '\n';
    }
    return ExitOk;
}

int showCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("device"), tr("Device id, address, serial number or name."));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Show one stored device in detail."), &code))
        return code;
    StorageSession storage(profileFrom(p));
    const auto device = deviceArgument(p, storage, QStringLiteral("show"));
    if (!device)
        return ExitUsage;
    storage::FleetRepository repo(storage.db());
    QJsonObject o = deviceJson(*device);
    if (auto latest = repo.latestSnapshot(device->id); latest && latest->has_value())
        o[QStringLiteral("latestSnapshot")] = (*latest)->snapshot;
    QJsonArray alerts, meters, polls;
    if (auto open = repo.openAlerts(device->id))
        for (const auto &a : *open)
            alerts.append(
                QJsonObject{{QStringLiteral("severity"), a.severityName},
                            {QStringLiteral("code"), a.codeName.isEmpty() ? QString::number(a.code) : a.codeName},
                            {QStringLiteral("description"), a.description},
                            {QStringLiteral("firstSeen"), iso(a.firstSeen)},
                            {QStringLiteral("lastSeen"), iso(a.lastSeen)}});
    if (auto latest = repo.latestMeters(device->id))
        for (const auto &m : *latest)
            meters.append(QJsonObject{{QStringLiteral("name"), m.meter},
                                      {QStringLiteral("value"), double(m.value)},
                                      {QStringLiteral("unit"), m.unit},
                                      {QStringLiteral("source"), m.source},
                                      {QStringLiteral("oid"), m.oid},
                                      {QStringLiteral("readAt"), iso(m.readAt)},
                                      {QStringLiteral("suspect"), m.suspect}});
    storage::HistoryFilter last10;
    last10.limit = 10;
    if (auto ps = repo.polls(device->id, last10))
        for (const auto &pr : *ps)
            polls.append(QJsonObject{{QStringLiteral("at"), iso(pr.polledAt)},
                                     {QStringLiteral("result"), pr.result},
                                     {QStringLiteral("errorClass"), pr.errorClass},
                                     {QStringLiteral("message"), pr.message},
                                     {QStringLiteral("durationMs"), double(pr.durationMs)}});
    o[QStringLiteral("openAlerts")] = alerts;
    o[QStringLiteral("meters")] = meters;
    o[QStringLiteral("recentPolls")] = polls;
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    QTextStream out(stdout);
    out << tr("Device %1: %2 %3").arg(device->id).arg(device->manufacturer, device->model) << '\n';
    for (const QString &k : {QStringLiteral("name"), QStringLiteral("serialNumber"), QStringLiteral("address"),
                             QStringLiteral("lastKnownAddress"), QStringLiteral("location"), QStringLiteral("firmware"),
                             QStringLiteral("status"), QStringLiteral("lastSuccessAt"), QStringLiteral("credential")})
        if (!o.value(k).toString().isEmpty())
            out << "  " << k << ": " << o.value(k).toString() << '\n';
    out << "  macAddresses: " << device->macAddresses.join(QStringLiteral(", ")) << '\n';
    for (const QJsonValue m : std::as_const(meters))
        out << "  meter " << m[u"name"].toString() << " = " << QString::number(m[u"value"].toDouble(), 'f', 0) << ' '
            << m[u"unit"].toString() << (m[u"suspect"].toBool() ? tr(" (suspect)") : QString()) << '\n';
    for (const QJsonValue a : std::as_const(alerts))
        out << "  alert " << a[u"severity"].toString() << ' ' << a[u"code"].toString() << ' '
            << a[u"description"].toString() << '\n';
    return ExitOk;
}

int historyCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOptions({{QStringLiteral("meter"), tr("Only this meter (or a family ending in '.', e.g. marker.)."), tr("M")},
                  {QStringLiteral("since"), tr("Only readings at or after DATE (ISO 8601)."), tr("DATE")},
                  {QStringLiteral("csv"), tr("CSV output.")}});
    p.addPositionalArgument(QStringLiteral("device"), tr("Device id, address, serial number or name."));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Meter readings of one device."), &code))
        return code;
    storage::HistoryFilter filter;
    filter.meter = p.value(QStringLiteral("meter"));
    if (!readSinceOption(p, &filter.since))
        return ExitUsage;
    StorageSession storage(profileFrom(p));
    const auto device = deviceArgument(p, storage, QStringLiteral("history"));
    if (!device)
        return ExitUsage;
    storage::FleetRepository repo(storage.db());
    auto readings = repo.meterHistory(device->id, filter);
    if (!readings) {
        printError(readings.error().message);
        return ExitUsage;
    }
    QTextStream out(stdout);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &m : *readings)
            arr.append(QJsonObject{{QStringLiteral("readAt"), iso(m.readAt)},
                                   {QStringLiteral("meter"), m.meter},
                                   {QStringLiteral("value"), double(m.value)},
                                   {QStringLiteral("unit"), m.unit},
                                   {QStringLiteral("source"), m.source},
                                   {QStringLiteral("oid"), m.oid},
                                   {QStringLiteral("rawValue"), m.rawValue},
                                   {QStringLiteral("suspect"), m.suspect}});
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("deviceId"), double(device->id)}, {QStringLiteral("readings"), arr}}));
        return ExitOk;
    }
    const bool csv = p.isSet(QStringLiteral("csv"));
    if (csv)
        out << "read_at,device_id,serial,meter,value,unit,source,oid,suspect\n";
    for (const auto &m : *readings) {
        if (csv)
            out << iso(m.readAt) << ',' << device->id << ',' << csv::field(device->serial) << ',' << csv::field(m.meter)
                << ',' << m.value << ',' << csv::field(m.unit) << ',' << csv::field(m.source) << ',' << m.oid << ','
                << (m.suspect ? "1" : "0") << '\n';
        else
            out << iso(m.readAt.toLocalTime()) << "  " << m.meter << " = " << m.value << ' ' << m.unit
                << (m.suspect ? tr("  (suspect: lower than before)") : QString()) << '\n';
    }
    return ExitOk;
}

} // namespace fleet::cli
