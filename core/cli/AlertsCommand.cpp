// alerts: the fleet's alerts (open by default), and `alerts ack` to acknowledge some of them.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "security/GuardedAlerts.h"
#include "storage/AlertRepository.h"
#include "storage/FleetRepository.h"

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

QJsonValue isoJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject enumJson(qint64 value, const QString &name)
{
    return QJsonObject{{QStringLiteral("value"), double(value)},
                       {QStringLiteral("name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name)}};
}

QJsonObject alertJson(const storage::FleetAlert &f)
{
    const storage::AlertRecord &a = f.alert;
    QJsonObject severity = enumJson(a.severity, a.severityName);
    severity[QStringLiteral("class")] = storage::severityClassName(f.severityClass());
    const QJsonValue acknowledgement =
        f.isAcknowledged() ? QJsonValue(QJsonObject{{QStringLiteral("at"), isoJson(f.acknowledgement.at)},
                                                    {QStringLiteral("by"), f.acknowledgement.by},
                                                    {QStringLiteral("note"), f.acknowledgement.note}})
                           : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), double(a.id)},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), double(a.deviceId)},
                                               {QStringLiteral("name"), f.deviceName},
                                               {QStringLiteral("manufacturer"), f.deviceManufacturer},
                                               {QStringLiteral("model"), f.deviceModel},
                                               {QStringLiteral("location"), f.deviceLocation},
                                               {QStringLiteral("address"), f.deviceAddress},
                                               {QStringLiteral("serialNumber"), f.deviceSerial}}},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("trainingLevel"), enumJson(a.trainingLevel, a.trainingLevelName)},
        {QStringLiteral("group"), enumJson(a.group, a.groupName)},
        {QStringLiteral("groupIndex"), double(a.groupIndex)},
        {QStringLiteral("location"), double(a.location)},
        {QStringLiteral("code"), enumJson(a.code, a.codeName)},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("hrDeviceIndex"), a.hrDeviceIndex},
        {QStringLiteral("index"), a.alertIndex},
        {QStringLiteral("firstSeen"), isoJson(a.firstSeen)},
        {QStringLiteral("lastSeen"), isoJson(a.lastSeen)},
        {QStringLiteral("clearedAt"), isoJson(a.clearedAt)},
        {QStringLiteral("open"), a.isOpen()},
        {QStringLiteral("acknowledged"), acknowledgement},
    };
}

QJsonObject countsJson(const storage::AlertCounts &counts)
{
    QJsonObject o;
    for (auto c : {storage::SeverityClass::Critical, storage::SeverityClass::Warning, storage::SeverityClass::Other})
        o[storage::severityClassName(c)] = QJsonObject{{QStringLiteral("open"), counts.of(c).open},
                                                       {QStringLiteral("unacknowledged"), counts.of(c).unacknowledged}};
    return o;
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QString();
}

void printTable(const QList<storage::FleetAlert> &alerts, const storage::AlertCounts &counts)
{
    QTextStream out(stdout);
    out << qSetFieldWidth(7) << Qt::left << "id" << qSetFieldWidth(10) << tr("severity") << qSetFieldWidth(24)
        << tr("device") << qSetFieldWidth(40) << tr("alert") << qSetFieldWidth(21) << tr("first seen")
        << qSetFieldWidth(0) << tr("state") << '\n';
    for (const auto &f : alerts) {
        const storage::AlertRecord &a = f.alert;
        const QString device = f.deviceName.isEmpty() ? f.deviceAddress : f.deviceName;
        const QString what =
            a.description.isEmpty() ? (a.codeName.isEmpty() ? tr("code %1").arg(a.code) : a.codeName) : a.description;
        QString state = a.isOpen() ? tr("open") : tr("cleared %1").arg(localTime(a.clearedAt));
        if (f.isAcknowledged())
            state += tr(", acknowledged by %1 at %2").arg(f.acknowledgement.by, localTime(f.acknowledgement.at));
        out << qSetFieldWidth(7) << a.id << qSetFieldWidth(10) << storage::severityClassName(f.severityClass())
            << qSetFieldWidth(24) << device.left(23) << qSetFieldWidth(40) << what.left(39) << qSetFieldWidth(21)
            << localTime(a.firstSeen) << qSetFieldWidth(0) << state << '\n';
    }
    out << tr("Open: %1 critical, %2 warning, %3 other; %4 not acknowledged.")
               .arg(counts.critical.open)
               .arg(counts.warning.open)
               .arg(counts.other.open)
               .arg(counts.unacknowledged())
        << '\n';
}

int listAlerts(const QCommandLineParser &p)
{
    storage::AlertFilter filter;
    const bool all = p.isSet(QStringLiteral("all"));
    const bool cleared = p.isSet(QStringLiteral("cleared"));
    if (all && cleared) {
        printError(tr("--all and --cleared exclude each other."));
        return ExitUsage;
    }
    filter.state = all ? storage::AlertState::All : cleared ? storage::AlertState::Cleared : storage::AlertState::Open;
    for (const QString &value : p.values(QStringLiteral("severity"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto c = storage::severityClassFromName(name.trimmed());
            if (!c) {
                printError(tr("--severity takes critical, warning or other, not %1.").arg(name));
                return ExitUsage;
            }
            filter.severities.insert(*c);
        }
    }
    if (p.isSet(QStringLiteral("unacknowledged")))
        filter.acknowledged = false;

    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    std::optional<qint64> deviceId;
    if (p.isSet(QStringLiteral("device"))) {
        const QString text = p.value(QStringLiteral("device"));
        auto found = storage::FleetRepository(storage.db()).find(text);
        if (!found) {
            printError(found.error().message);
            return ExitUsage;
        }
        if (found->size() != 1) {
            printError(found->isEmpty() ? tr("No stored device matches %1.").arg(text)
                                        : tr("%1 matches several devices; use the id.").arg(text));
            return ExitUsage;
        }
        deviceId = found->constFirst().id;
        filter.deviceId = deviceId;
    }
    storage::AlertRepository repo(storage.db());
    auto alerts = repo.alerts(filter);
    auto counts = repo.openCounts(deviceId);
    if (!alerts || !counts) {
        printError(!alerts ? alerts.error().message : counts.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &f : *alerts)
            arr.append(alertJson(f));
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("alerts"), arr}, {QStringLiteral("openCounts"), countsJson(*counts)}}));
        return ExitOk;
    }
    printTable(*alerts, *counts);
    return ExitOk;
}

int acknowledgeAlerts(const QCommandLineParser &p, QStringList ids)
{
    for (const QString &option : {QStringLiteral("all"), QStringLiteral("cleared"), QStringLiteral("severity"),
                                  QStringLiteral("device"), QStringLiteral("unacknowledged")}) {
        if (p.isSet(option)) {
            printError(tr("alerts ack does not take --%1.").arg(option));
            return ExitUsage;
        }
    }
    if (ids.isEmpty()) {
        printError(tr("alerts ack needs the id of at least one alert (see 'fleetkeeper-cli alerts')."));
        return ExitUsage;
    }
    if (!p.isSet(QStringLiteral("note"))) {
        printError(tr("alerts ack needs --note TEXT: say why (it may be empty: --note \"\")."));
        return ExitUsage;
    }
    QList<qint64> alertIds;
    for (const QString &text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(tr("%1 is not an alert id.").arg(text));
            return ExitUsage;
        }
        alertIds << id;
    }
    StorageSession storage(profileFrom(p));
    const auto actor = openAsActingUser(p, storage);
    if (!actor)
        return ExitUsage;
    // --by only labels the alerts (someone who acknowledged by phone); the check and the audit
    // row are the acting user's.
    const QString by = p.isSet(QStringLiteral("by")) ? p.value(QStringLiteral("by")) : actor->name;
    const auto mode =
        p.isSet(QStringLiteral("replace")) ? storage::Reacknowledge::Replace : storage::Reacknowledge::Keep;
    auto result = security::acknowledgeAlerts(
        storage.db(), *actor, alertIds, p.value(QStringLiteral("note")), QDateTime::currentDateTimeUtc(), mode,
        p.isSet(QStringLiteral("by")) ? std::optional<QString>(by) : std::nullopt);
    if (!result) {
        printError(result.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray done, kept;
        for (qint64 id : result->acknowledged)
            done.append(double(id));
        for (qint64 id : result->alreadyAcknowledged)
            kept.append(double(id));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("acknowledged"), done},
                                            {QStringLiteral("alreadyAcknowledged"), kept},
                                            {QStringLiteral("by"), by.trimmed()}}));
        return ExitOk;
    }
    QTextStream out(stdout);
    for (qint64 id : result->acknowledged)
        out << tr("Alert %1 acknowledged by %2.").arg(id).arg(by.trimmed()) << '\n';
    for (qint64 id : result->alreadyAcknowledged)
        out << tr("Alert %1 was already acknowledged; kept as it was (--replace overwrites).").arg(id) << '\n';
    return ExitOk;
}
} // namespace

int alertsCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("all"), tr("Open and cleared alerts.")},
        {QStringLiteral("cleared"), tr("Only cleared alerts.")},
        {QStringLiteral("severity"), tr("Only this severity: critical, warning or other (repeatable)."), tr("S")},
        {QStringLiteral("device"), tr("Only this device (id, address, serial number or name)."), tr("DEVICE")},
        {QStringLiteral("unacknowledged"), tr("Only alerts nobody acknowledged.")},
        {QStringLiteral("note"), tr("ack: why the alerts are acknowledged."), tr("TEXT")},
        {QStringLiteral("by"), tr("ack: the name recorded on the alerts (default: the acting user)."), tr("NAME")},
        {QStringLiteral("replace"), tr("ack: overwrite an earlier acknowledgement instead of keeping it.")},
    });
    p.addPositionalArgument(QStringLiteral("ack"), tr("Acknowledge the alerts with these ids."),
                            QStringLiteral("[ack ID...]"));
    int code = 0;
    if (!parseOrExplain(p, args,
                        tr("List the fleet's alerts (open ones unless --all or --cleared), or acknowledge some: "
                           "alerts ack ID... --note TEXT [--by NAME]."),
                        &code))
        return code;
    QStringList positional = p.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == u"ack") {
        positional.removeFirst();
        return acknowledgeAlerts(p, positional);
    }
    if (!positional.isEmpty()) {
        printError(tr("Unexpected argument %1 (did you mean 'alerts ack ID...'?).").arg(positional.constFirst()));
        return ExitUsage;
    }
    for (const QString &option : {QStringLiteral("note"), QStringLiteral("by"), QStringLiteral("replace")}) {
        if (p.isSet(option)) {
            printError(tr("--%1 belongs to 'alerts ack'.").arg(option));
            return ExitUsage;
        }
    }
    return listAlerts(p);
}

} // namespace fleet::cli
