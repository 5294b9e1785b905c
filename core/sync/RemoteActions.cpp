#include "sync/RemoteActions.h"

#include "actions/ActionRunner.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/FleetRepository.h"
#include "storage/SecretStore.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

namespace fleet::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::RemoteActions)
};

// The stored credential profile a remote reboot SETs with (docs/actions.md).
const QString kWriteCredentialKey = QStringLiteral("actions/remoteWriteCredential");

QString stateFor(actions::Outcome outcome)
{
    return outcome == actions::Outcome::Succeeded ? QStringLiteral("done") : QStringLiteral("failed");
}
} // namespace

RemoteActions::RemoteActions(ProfileRoot profile, storage::Database &db, storage::SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_db(db)
    , m_secrets(secrets)
{}

RemoteActions::~RemoteActions() = default;

std::optional<actions::ActionKind> RemoteActions::actionFor(CommandAction action)
{
    switch (action) {
    case CommandAction::Reboot:
        return actions::ActionKind::Reboot;
    case CommandAction::PrintTestPage:
        return actions::ActionKind::TestPage;
    case CommandAction::FirmwareUpgrade:
        return actions::ActionKind::Firmware;
    case CommandAction::Troubleshoot:
        return actions::ActionKind::Troubleshoot;
    case CommandAction::RefreshStatus:
    case CommandAction::SyncNow:
        break;
    }
    return std::nullopt;
}

void RemoteActions::finishLater(Finished finished, const QString &state, const QString &message,
                                const QJsonObject &details)
{
    QTimer::singleShot(
        0, this, [finished = std::move(finished), state, message, details] { finished(state, message, details); });
}

std::optional<actions::ActionRequest> RemoteActions::requestFor(actions::ActionKind kind, qint64 deviceId,
                                                                QString *error)
{
    auto device = storage::FleetRepository(m_db).device(deviceId);
    if (!device) {
        *error = device.error().message;
        return std::nullopt;
    }
    if (!*device) {
        *error = Tr::tr("Device %1 is no longer stored.").arg(deviceId);
        return std::nullopt;
    }
    const storage::DeviceRecord &d = **device;
    auto credentials = storage::CredentialRepository(m_db, m_secrets).load();
    if (!credentials) {
        *error = credentials.error().message;
        return std::nullopt;
    }
    actions::ActionRequest request;
    request.kind = kind;
    request.actor = security::Actor::remote();
    request.origin = actions::Origin::Remote;
    request.options = m_options;
    request.device.deviceId = d.id;
    request.device.name = d.name;
    request.device.model = d.model;
    request.device.serial = d.serial;
    request.device.setAddress(d.address);
    QList<snmp::Credential> profiles = *credentials;
    // The profile that worked last first, as the periodic poll does.
    std::stable_partition(profiles.begin(), profiles.end(),
                          [&](const snmp::Credential &c) { return c.name == d.credentialName; });
    request.device.credentials = profiles;
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const QString writeName = ini.value(kWriteCredentialKey).toString();
    const auto it = std::find_if(profiles.cbegin(), profiles.cend(), [&](const snmp::Credential &c) {
        return !writeName.isEmpty() && c.name == writeName;
    });
    if (it != profiles.cend())
        request.device.writeCredential = *it;
    return request;
}

void RemoteActions::handle(const Command &command, const QDateTime &now, Finished finished)
{
    const auto kind = actionFor(command.action);
    if (!kind || !command.deviceId)
        return finishLater(std::move(finished), QStringLiteral("unsupported"),
                           Tr::tr("%1 is not a device action.").arg(commandActionName(command.action)));
    // The server sends a URL; the agent never downloads firmware on its own.
    if (*kind == actions::ActionKind::Firmware)
        return finishLater(std::move(finished), QStringLiteral("unsupported"),
                           Tr::tr("Firmware is not upgraded on a server's request: this agent does not download "
                                  "firmware files. An administrator upgrades it locally from a checked file."));
    if (command.parameters.value(QStringLiteral("page")).toString() == u"configuration")
        return finishLater(std::move(finished), QStringLiteral("unsupported"),
                           Tr::tr("This agent prints its own test page, not the device's configuration page."));

    const actions::ActionPolicy policy = actions::ActionPolicy::load(m_profile.settingsPath());
    const actions::RemoteDecision decision = policy.remoteDecision(*kind);
    const QJsonObject policyDetails{{QStringLiteral("policy"), actions::remotePolicyName(policy.remotePolicy())},
                                    {QStringLiteral("lockedDown"), policy.isLockedDown()}};
    if (decision.verdict == actions::RemoteVerdict::Deny)
        return finishLater(std::move(finished), QStringLiteral("denied"), decision.reason, policyDetails);

    QString error;
    const auto request = requestFor(*kind, *command.deviceId, &error);
    if (!request)
        return finishLater(std::move(finished), QStringLiteral("failed"), error);
    if (decision.verdict == actions::RemoteVerdict::Run)
        return run(*request, policy, std::move(finished));

    Consent consent;
    consent.commandId = command.id;
    consent.kind = *kind;
    consent.deviceId = command.deviceId;
    consent.deviceLabel = request->device.label();
    consent.parameters = command.parameters;
    consent.receivedAt = now;
    consent.expiresAt = now.addSecs(qint64(policy.consentHours()) * 3600);
    if (command.expiresAt.isValid() && command.expiresAt < consent.expiresAt)
        consent.expiresAt = command.expiresAt;
    auto id = ConsentStore(m_db).add(consent);
    if (!id)
        return finishLater(std::move(finished), QStringLiteral("failed"),
                           Tr::tr("The request could not be stored for consent: %1").arg(id.error().message));
    qCInfo(lcSync).noquote() << "remote" << actions::actionName(*kind) << "on" << consent.deviceLabel
                             << "awaits consent as request" << *id;
    finishLater(
        std::move(finished), QStringLiteral("pending"),
        Tr::tr("Awaiting consent: a local administrator must approve %1 on %2 before %3.")
            .arg(actions::actionName(*kind), consent.deviceLabel, consent.expiresAt.toUTC().toString(Qt::ISODate)),
        QJsonObject{{QStringLiteral("consent"), QStringLiteral("awaiting")},
                    {QStringLiteral("consentId"), double(*id)},
                    {QStringLiteral("expiresAt"), consent.expiresAt.toUTC().toString(Qt::ISODate)}});
}

void RemoteActions::runApproved(const Consent &consent, Finished finished)
{
    const actions::ActionPolicy policy = actions::ActionPolicy::load(m_profile.settingsPath()).withConsent();
    const actions::RemoteDecision decision = policy.remoteDecision(consent.kind);
    const QJsonObject approval{{QStringLiteral("approvedBy"), consent.decidedBy},
                               {QStringLiteral("approvedRole"), consent.decidedRole}};
    if (decision.verdict != actions::RemoteVerdict::Run)
        return finishLater(std::move(finished), QStringLiteral("denied"), decision.reason, approval);
    if (!consent.deviceId)
        return finishLater(std::move(finished), QStringLiteral("failed"), Tr::tr("The request names no device."));
    QString error;
    const auto request = requestFor(consent.kind, *consent.deviceId, &error);
    if (!request)
        return finishLater(std::move(finished), QStringLiteral("failed"), error, approval);
    run(*request, policy,
        [finished = std::move(finished), approval](const QString &state, const QString &message,
                                                   const QJsonObject &details) {
            QJsonObject d = details;
            for (auto it = approval.constBegin(); it != approval.constEnd(); ++it)
                d.insert(it.key(), it.value());
            finished(state, message, d);
        });
}

void RemoteActions::run(const actions::ActionRequest &request, const actions::ActionPolicy &policy, Finished finished)
{
    if (!m_worker)
        m_worker =
            std::make_unique<storage::DatabaseWorker>(m_profile.databasePath(), QStringLiteral("remote-actions"));
    auto *runner = new actions::ActionRunner(request, policy, m_worker.get(), this);
    connect(runner, &actions::ActionRunner::finished, this,
            [runner, finished = std::move(finished)](const actions::ActionResult &result) {
                QJsonObject details = result.details;
                details.insert(QStringLiteral("outcome"), actions::outcomeName(result.outcome));
                runner->deleteLater();
                finished(stateFor(result.outcome), result.message, details);
            });
    runner->start();
}

} // namespace fleet::sync
