#include "sync/CommandValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace fleet::sync {

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::CommandValidator)
};

struct ActionRule
{
    CommandAction action;
    const char *name;
    bool needsDevice;
};

constexpr ActionRule kRules[] = {
    {CommandAction::RefreshStatus, "refreshStatus", true},
    // The server may name a device for syncNow too (its queue is per device); it is checked
    // like any other but does not change what runs.
    {CommandAction::SyncNow, "syncNow", false},
    {CommandAction::Reboot, "reboot", true},
    {CommandAction::PrintTestPage, "printTestPage", true},
    {CommandAction::FirmwareUpgrade, "firmwareUpgrade", true},
    {CommandAction::Troubleshoot, "troubleshoot", true},
};

const ActionRule &ruleOf(CommandAction action)
{
    for (const ActionRule &r : kRules)
        if (r.action == action)
            return r;
    return kRules[0];
}

QDateTime parseTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

// The parameters an action takes; anything else is refused (nothing unexpected is passed on).
QString checkParameters(CommandAction action, const QJsonObject &p)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    QStringList allowed;
    switch (action) {
    case CommandAction::RefreshStatus:
    case CommandAction::SyncNow:
    case CommandAction::Reboot:
    case CommandAction::Troubleshoot:
        break;
    case CommandAction::PrintTestPage:
        allowed = {QStringLiteral("page")};
        if (p.contains(QStringLiteral("page"))) {
            const QString page = p.value(QStringLiteral("page")).toString();
            if (page != u"test" && page != u"configuration")
                return Tr::tr("the parameter \"page\" must be \"test\" or \"configuration\"");
        }
        break;
    case CommandAction::FirmwareUpgrade:
        allowed = {QStringLiteral("url"), QStringLiteral("sha256")};
        if (!p.value(QStringLiteral("url")).toString().startsWith(QLatin1String("https://")))
            return Tr::tr("the parameter \"url\" must be an https:// URL");
        if (!sha256.match(p.value(QStringLiteral("sha256")).toString()).hasMatch())
            return Tr::tr("the parameter \"sha256\" must be 64 lowercase hex characters");
        break;
    }
    for (auto it = p.constBegin(); it != p.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return Tr::tr("the action does not take the parameter \"%1\"").arg(it.key().left(64));
    return {};
}
} // namespace

QString commandActionName(CommandAction action)
{
    return QString::fromLatin1(ruleOf(action).name);
}

std::optional<CommandAction> commandActionFromName(const QString &name)
{
    for (const ActionRule &r : kRules)
        if (name == QLatin1String(r.name))
            return r.action;
    return std::nullopt;
}

CommandBatch CommandValidator::parse(const QByteArray &body, const DeviceLookup &devices, const QDateTime &now)
{
    CommandBatch batch;
    if (body.size() > kMaxDocumentBytes) {
        batch.documentError = Tr::tr("The command list is %1 bytes, more than the %2 this agent reads.")
                                  .arg(body.size())
                                  .arg(kMaxDocumentBytes);
        return batch;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        batch.documentError = Tr::tr("The command list is not valid JSON: %1 at byte %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset);
        return batch;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("commands")).isArray()) {
        batch.documentError = Tr::tr("The command list is not an object with a \"commands\" array.");
        return batch;
    }
    const QJsonArray commands = doc.object().value(QStringLiteral("commands")).toArray();
    if (commands.size() > kMaxCommands) {
        batch.documentError = Tr::tr("The command list holds %1 commands, more than the %2 this agent takes at once.")
                                  .arg(commands.size())
                                  .arg(kMaxCommands);
        return batch;
    }

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,%1}$").arg(kMaxIdLength));
    QSet<QString> seen;
    for (const QJsonValue &value : commands) {
        const QJsonObject o = value.toObject();
        const auto reject = [&batch, &o](const QString &id, const QString &reason, bool reportable = true) {
            batch.rejected << CommandRejection{id, reason, reportable, o};
        };
        if (!value.isObject()) {
            reject({}, Tr::tr("A command is not a JSON object."), false);
            continue;
        }
        const QJsonValue idValue = o.value(QStringLiteral("id"));
        const QString id = idValue.toString();
        if (!idValue.isString() || !idPattern.match(id).hasMatch()) {
            reject({}, Tr::tr("A command has no usable id (1 to %1 of A-Z a-z 0-9 . _ : -).").arg(kMaxIdLength), false);
            continue;
        }
        if (seen.contains(id)) {
            // The first one is handled; a result for this one would contradict it.
            reject(id, Tr::tr("The command id %1 appears more than once in the list.").arg(id), false);
            continue;
        }
        seen.insert(id);

        const QJsonValue actionValue = o.value(QStringLiteral("action"));
        const auto action = commandActionFromName(actionValue.toString());
        if (!action) {
            reject(id, actionValue.isString() ? Tr::tr("Unknown action \"%1\".").arg(actionValue.toString().left(64))
                                              : Tr::tr("The command has no action."));
            continue;
        }
        Command c;
        c.id = id;
        c.action = *action;
        c.document = o;

        const QJsonValue parameters = o.value(QStringLiteral("parameters"));
        if (!parameters.isUndefined() && !parameters.isNull() && !parameters.isObject()) {
            reject(id, Tr::tr("The parameters are not a JSON object."));
            continue;
        }
        c.parameters = parameters.toObject();
        if (const QString problem = checkParameters(c.action, c.parameters); !problem.isEmpty()) {
            reject(id, Tr::tr("Bad parameters: %1.").arg(problem));
            continue;
        }

        const QJsonValue issued = o.value(QStringLiteral("issuedAt"));
        const QJsonValue expires = o.value(QStringLiteral("expiresAt"));
        c.issuedAt = parseTime(issued);
        c.expiresAt = parseTime(expires);
        if ((!issued.isUndefined() && !c.issuedAt.isValid()) || (!expires.isUndefined() && !c.expiresAt.isValid())) {
            reject(id, Tr::tr("issuedAt or expiresAt is not an ISO 8601 time."));
            continue;
        }
        if (c.expiresAt.isValid() && c.expiresAt <= now) {
            reject(id, Tr::tr("The command expired at %1.").arg(c.expiresAt.toString(Qt::ISODate)));
            continue;
        }

        const QJsonValue device = o.value(QStringLiteral("device"));
        const bool hasDevice = !device.isUndefined() && !device.isNull();
        if (ruleOf(c.action).needsDevice && !hasDevice) {
            reject(id, Tr::tr("The action %1 needs a device.").arg(commandActionName(c.action)));
            continue;
        }
        if (hasDevice) {
            const QJsonObject d = device.toObject();
            const double rawId = d.value(QStringLiteral("id")).toDouble(-1);
            // A JSON number must be a whole, positive id that a double holds exactly.
            if (!device.isObject() || !d.value(QStringLiteral("id")).isDouble() || rawId < 1 ||
                rawId > 9007199254740991.0 || std::floor(rawId) != rawId) {
                reject(id, Tr::tr("The device is not given as {\"id\": <positive integer>}."));
                continue;
            }
            c.deviceId = qint64(rawId);
            const QJsonValue serial = d.value(QStringLiteral("serial"));
            if (!serial.isUndefined() && !serial.isNull() &&
                (!serial.isString() || serial.toString().size() > kMaxSerialLength)) {
                reject(id, Tr::tr("The device serial is not a string of at most %1 characters.").arg(kMaxSerialLength));
                continue;
            }
            c.deviceSerial = serial.toString();
            const std::optional<QString> stored = devices ? devices(*c.deviceId) : std::nullopt;
            if (!stored) {
                reject(id, Tr::tr("Unknown device %1.").arg(*c.deviceId));
                continue;
            }
            // The id names the device; a serial that disagrees means the server's view is stale
            // and the command may be meant for another machine.
            if (!c.deviceSerial.isEmpty() && c.deviceSerial.compare(*stored, Qt::CaseInsensitive) != 0) {
                reject(id, Tr::tr("Device %1 has serial %2, not %3.")
                               .arg(*c.deviceId)
                               .arg(stored->isEmpty() ? Tr::tr("(none)") : *stored, c.deviceSerial));
                continue;
            }
        }
        batch.accepted << c;
    }
    return batch;
}

} // namespace fleet::sync
