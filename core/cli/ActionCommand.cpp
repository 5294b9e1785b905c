// fleetkeeper-cli action VERB DEVICE: runs one device action (core/actions) on a stored device,
// with progress on stderr, the result on stdout, and the run recorded in the profile's event log.

#include "actions/ActionRunner.h"
#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "storage/DatabaseWorker.h"
#include "storage/FleetRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

} // namespace

int actionCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("write-cred"), tr("Stored credential profile used for SNMP SET (reboot)."), tr("PROFILE")},
        {QStringLiteral("port"), tr("Job port for test-page and firmware (default 9100, LPR 515)."), tr("N")},
        {QStringLiteral("lpr"), tr("test-page: send through LPR instead of the raw port.")},
        {QStringLiteral("queue"), tr("LPR queue name (default raw)."), tr("NAME")},
        {QStringLiteral("yes"), tr("firmware: confirm the upgrade (required).")},
        {QStringLiteral("timeout"), tr("reboot/firmware: seconds to wait for the device to come back."), tr("S")},
    });
    p.addPositionalArgument(QStringLiteral("verb"),
                            tr("status, reboot, test-page, firmware FILE, troubleshoot, web-page, manage, unmanage"));
    p.addPositionalArgument(QStringLiteral("device"), tr("Stored device: id, address, serial or name."));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Run an action on a device now."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const auto kind = pos.isEmpty() ? std::nullopt : actions::actionFromName(pos.constFirst());
    const int needed = kind == actions::ActionKind::Firmware ? 3 : 2;
    if (!kind || pos.size() != needed) {
        printError(tr("Usage: action status|reboot|test-page|firmware FILE|troubleshoot|web-page|manage|unmanage "
                      "DEVICE"));
        return ExitUsage;
    }
    const ProfileRoot profile = profileFrom(p);
    StorageSession storage(profile);
    if (!storage.open())
        return ExitUsage;
    storage::FleetRepository repo(storage.db());
    const QString deviceText = kind == actions::ActionKind::Firmware ? pos.at(2) : pos.at(1);
    auto found = repo.find(deviceText);
    if (!found) {
        printError(found.error().message);
        return ExitUsage;
    }
    if (found->size() != 1) {
        printError(found->isEmpty() ? tr("No stored device matches %1.").arg(deviceText)
                                    : tr("%1 matches %2 devices; use the id.").arg(deviceText).arg(found->size()));
        return ExitUsage;
    }
    const storage::DeviceRecord &d = found->constFirst();

    actions::ActionRequest request;
    request.kind = *kind;
    const auto actor = cliActingUser(p, storage.db());
    if (!actor)
        return ExitUsage;
    request.actor = *actor;
    request.device.deviceId = d.id;
    request.device.name = d.name;
    request.device.model = d.model;
    request.device.serial = d.serial;
    request.device.setAddress(d.address);
    QList<snmp::Credential> credentials = storage.storedProfiles();
    // The profile that worked last first, as the periodic poll does.
    std::stable_partition(credentials.begin(), credentials.end(),
                          [&](const snmp::Credential &c) { return c.name == d.credentialName; });
    request.device.credentials = credentials;
    if (p.isSet(QStringLiteral("write-cred"))) {
        const QString name = p.value(QStringLiteral("write-cred"));
        const auto it = std::find_if(credentials.cbegin(), credentials.cend(),
                                     [&](const snmp::Credential &c) { return c.name == name; });
        if (it == credentials.cend()) {
            printError(tr("No stored credential profile named %1.").arg(name));
            return ExitUsage;
        }
        request.device.writeCredential = *it;
    }
    actions::ActionOptions &o = request.options;
    o.useLpr = p.isSet(QStringLiteral("lpr"));
    if (p.isSet(QStringLiteral("queue")))
        o.lprQueue = p.value(QStringLiteral("queue"));
    if (p.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            printError(tr("--port takes 1 to 65535."));
            return ExitUsage;
        }
        (o.useLpr ? o.lprPort : o.rawPort) = quint16(port);
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1) {
            printError(tr("--timeout takes a number of seconds."));
            return ExitUsage;
        }
        o.rebootTimeoutMs = o.firmwareRecheckTimeoutMs = seconds * 1000;
    }
    if (*kind == actions::ActionKind::Firmware) {
        o.firmwarePath = pos.at(1);
        o.confirmed = p.isSet(QStringLiteral("yes"));
    }

    storage::DatabaseWorker worker(profile.databasePath(), QStringLiteral("cli-action"));
    actions::ActionRunner runner(request, actions::ActionPolicy::load(profile.settingsPath()), &worker);
    QTextStream err(stderr);
    QEventLoop loop;
    QObject::connect(&runner, &actions::ActionRunner::progress, &loop, [&](int percent, const QString &text) {
        err << QStringLiteral("[%1%] ").arg(percent, 3) << text << '\n';
        err.flush();
    });
    std::optional<actions::ActionResult> result;
    QObject::connect(&runner, &actions::ActionRunner::finished, &loop, [&](const actions::ActionResult &r) {
        result = r;
        loop.quit();
    });
    runner.start();
    loop.exec();
    if (!result)
        return ExitSomeFailed;
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("action"), actions::actionName(*kind)},
                                            {QStringLiteral("device"), d.id},
                                            {QStringLiteral("outcome"), actions::outcomeName(result->outcome)},
                                            {QStringLiteral("message"), result->message},
                                            {QStringLiteral("details"), result->details}}));
    } else {
        QTextStream(stdout) << actions::outcomeName(result->outcome) << ": " << result->message << '\n';
    }
    return result->ok() ? ExitOk : ExitSomeFailed;
}

} // namespace fleet::cli
