// register: store the remote-services settings of the profile and register with the server (R3.2).
// Secrets never go on the command line (other users can read it): the client-key passphrase and
// the proxy password come from FLEETKEEPER_CLIENT_KEY_PASSPHRASE and FLEETKEEPER_PROXY_PASSWORD.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "storage/SecretStore.h"
#include "sync/SyncAgent.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

// Applies --proxy (none, system or HOST:PORT); false with a message on a bad value.
bool applyProxy(const QString &value, sync::SyncSettings &s)
{
    if (value == u"none" || value == u"system") {
        s.proxyMode = *sync::proxyModeFromName(value);
        return true;
    }
    const int colon = value.lastIndexOf(u':');
    bool ok = false;
    const int port = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
    if (!ok || port < 1 || port > 65535) {
        printError(tr("--proxy takes none, system or HOST:PORT."));
        return false;
    }
    s.proxyMode = sync::ProxyMode::Explicit;
    s.proxyHost = value.left(colon);
    s.proxyPort = quint16(port);
    return true;
}
} // namespace

int registerCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("server"), tr("Base URL of the server (https://...)."), tr("URL")},
        {QStringLiteral("key"), tr("Registration key from the service provider."), tr("KEY")},
        {QStringLiteral("account"), tr("Account (customer) name."), tr("NAME")},
        {QStringLiteral("site"), tr("Site location."), tr("TEXT")},
        {QStringLiteral("email"), tr("Contact e-mail address."), tr("ADDRESS")},
        {QStringLiteral("ca"), tr("PEM CA bundle to trust instead of the system CAs."), tr("FILE")},
        {QStringLiteral("pin"), tr("Base64 SHA-256 pin of the server's public key."), tr("B64")},
        {QStringLiteral("client-cert"), tr("Client certificate: PKCS#12 (.p12/.pfx) or PEM."), tr("FILE")},
        {QStringLiteral("client-key"), tr("PEM private key of a PEM client certificate."), tr("FILE")},
        {QStringLiteral("proxy"), tr("none, system (default) or HOST:PORT."), tr("PROXY")},
        {QStringLiteral("proxy-user"), tr("Proxy user name (password from FLEETKEEPER_PROXY_PASSWORD)."), tr("USER")},
        {QStringLiteral("mode"), tr("Security mode: normal (default) or locked-down."), tr("MODE")},
        {QStringLiteral("sync-time"), tr("Daily sync time HH:MM (default: the server's suggestion)."), tr("HH:MM")},
    });
    int code = 0;
    if (!parseOrExplain(p, args, tr("Register this agent with a remote-services server."), &code))
        return code;
    for (const char *required : {"server", "key", "account", "site", "email"}) {
        if (!p.isSet(QLatin1String(required))) {
            printError(tr("--%1 is required.").arg(QLatin1String(required)));
            return ExitUsage;
        }
    }
    const ProfileRoot profile = profileFrom(p);
    QString why;
    if (!profile.ensureExists(&why)) {
        printError(why);
        return ExitUsage;
    }
    // Checked before the server's address and certificates are written; the registration itself
    // is checked and audited again by SyncAgent.
    StorageSession storage(profile);
    if (!storage.open())
        return ExitUsage;
    const auto actor =
        cliAuthorized(p, storage.db(), security::Permission::RegisterServer, QStringLiteral("sync.register"),
                      {{QStringLiteral("server"), p.value(QStringLiteral("server"))}}, security::Audit::RefusalsOnly);
    if (!actor)
        return ExitUsage;
    QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    sync::SyncSettings s = sync::SyncSettings::load(ini);
    s.serverUrl = QUrl(p.value(QStringLiteral("server")));
    if (p.isSet(QStringLiteral("ca")))
        s.caFile = absolute(p.value(QStringLiteral("ca")));
    if (p.isSet(QStringLiteral("pin")))
        s.pin = p.value(QStringLiteral("pin"));
    if (p.isSet(QStringLiteral("client-cert"))) {
        s.clientCertFile = absolute(p.value(QStringLiteral("client-cert")));
        s.clientKeyFile = absolute(p.value(QStringLiteral("client-key")));
    }
    if (p.isSet(QStringLiteral("proxy")) && !applyProxy(p.value(QStringLiteral("proxy")), s))
        return ExitUsage;
    if (p.isSet(QStringLiteral("proxy-user")))
        s.proxyUser = p.value(QStringLiteral("proxy-user"));
    if (p.isSet(QStringLiteral("mode"))) {
        const auto mode = sync::securityModeFromName(p.value(QStringLiteral("mode")));
        if (!mode) {
            printError(tr("--mode takes normal or locked-down."));
            return ExitUsage;
        }
        if (*mode != s.securityMode) {
            const QJsonObject change{{QStringLiteral("from"), sync::securityModeName(s.securityMode)},
                                     {QStringLiteral("to"), sync::securityModeName(*mode)}};
            if (auto denied =
                    security::authorize(storage.db(), security::Permission::SecurityMode,
                                        {*actor, QStringLiteral("security-mode.change"), std::nullopt, change})) {
                printError(denied.message);
                return ExitUsage;
            }
        }
        s.securityMode = *mode;
    }
    QTime syncTime;
    if (p.isSet(QStringLiteral("sync-time"))) {
        syncTime = QTime::fromString(p.value(QStringLiteral("sync-time")), QStringLiteral("HH:mm"));
        if (!syncTime.isValid()) {
            printError(tr("--sync-time takes HH:MM."));
            return ExitUsage;
        }
    }
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        printError(problem);
        return ExitUsage;
    }
    if (const QString e = s.save(ini); !e.isEmpty()) {
        printError(e);
        return ExitUsage;
    }
    storage::SecretStore secrets(profile.secretsPath());
    if (const auto e = secrets.load()) {
        printError(e.message);
        return ExitUsage;
    }
    sync::SyncSecrets stored = sync::SyncSecrets::from(secrets);
    if (qEnvironmentVariableIsSet("FLEETKEEPER_CLIENT_KEY_PASSPHRASE"))
        stored.clientKeyPassphrase = qEnvironmentVariable("FLEETKEEPER_CLIENT_KEY_PASSPHRASE");
    if (qEnvironmentVariableIsSet("FLEETKEEPER_PROXY_PASSWORD"))
        stored.proxyPassword = qEnvironmentVariable("FLEETKEEPER_PROXY_PASSWORD");
    stored.storeIn(secrets);
    if (const auto e = secrets.save()) {
        printError(e.message);
        return ExitUsage;
    }

    sync::RegistrationRequest request;
    request.registrationKey = p.value(QStringLiteral("key"));
    request.account = p.value(QStringLiteral("account"));
    request.site = p.value(QStringLiteral("site"));
    request.contactEmail = p.value(QStringLiteral("email"));
    request.agentName = QStringLiteral("fleetkeeper on %1").arg(QHostInfo::localHostName());
    if (s.isLockedDown())
        request.agentName = QStringLiteral("fleetkeeper"); // R4: the host name is not reported

    sync::SyncAgent agent(profile);
    QEventLoop loop;
    sync::SyncError error;
    sync::RegistrationResult result;
    agent.registerAgent(*actor, request, [&](const sync::SyncError &e, const sync::RegistrationResult &r) {
        error = e;
        result = r;
        loop.quit();
    });
    loop.exec();
    if (error) {
        printError(tr("Registration failed (%1): %2").arg(sync::syncErrorKindName(error.kind), error.message));
        return error.kind == sync::SyncErrorKind::Config ? ExitUsage : ExitSomeFailed;
    }
    if (syncTime.isValid()) {
        QSettings after(profile.settingsPath(), QSettings::IniFormat);
        sync::SyncSettings saved = sync::SyncSettings::load(after);
        saved.syncTime = syncTime;
        saved.save(after);
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("agentId"), result.agentId},
                        {QStringLiteral("alreadyRegistered"), result.alreadyRegistered},
                        {QStringLiteral("registeredAt"), result.registeredAt.toString(Qt::ISODateWithMs)}}));
    } else {
        QTextStream(stdout) << (result.alreadyRegistered ? tr("Already registered as agent %1.")
                                                         : tr("Registered as agent %1."))
                                   .arg(result.agentId)
                            << '\n';
    }
    return ExitOk;
}

} // namespace fleet::cli
