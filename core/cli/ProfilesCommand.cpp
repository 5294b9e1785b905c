// profiles add|list|remove: the ordered SNMP credential profiles discovery and polling try.
// Secrets go to the profile's 0600 secrets file, never to the database or the output.

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/CredentialOptions.h"
#include "cli/StorageSession.h"

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

QJsonObject profileJson(const snmp::Credential &c, int position)
{
    return QJsonObject{
        {QStringLiteral("position"), position},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("version"), snmp::versionName(c.version)},
        {QStringLiteral("user"), c.user},
        {QStringLiteral("level"), c.version == snmp::Version::V3 ? snmp::securityLevelName(c.level) : QString()},
        {QStringLiteral("auth"), snmp::authProtocolName(c.authProtocol)},
        {QStringLiteral("priv"), snmp::privProtocolName(c.privProtocol)},
        {QStringLiteral("context"), c.contextName},
        {QStringLiteral("timeoutMs"), c.timeoutMs},
        {QStringLiteral("retries"), c.retries},
        {QStringLiteral("maxRepetitions"), c.maxRepetitions}};
}
} // namespace

int profilesCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addCredentialOptions(p);
    addActingUserOption(p);
    p.addOptions({{QStringLiteral("position"), tr("add: 1-based place in the order (default: last)."), tr("N")}});
    p.addPositionalArgument(QStringLiteral("action"), tr("add NAME | list | remove NAME"));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Manage the ordered SNMP credential profiles."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    auto loaded = storage.credentials().load();
    if (!loaded) {
        printError(loaded.error().message);
        return ExitUsage;
    }
    QList<snmp::Credential> profiles = *loaded;

    if (action == u"list" && pos.size() == 1) {
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (int i = 0; i < profiles.size(); ++i)
                arr.append(profileJson(profiles.at(i), i + 1));
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), arr}}));
        } else {
            QTextStream out(stdout);
            for (int i = 0; i < profiles.size(); ++i)
                out << i + 1 << ". " << profiles.at(i).name << "  " << profiles.at(i).describe() << "  timeout "
                    << profiles.at(i).timeoutMs << " ms, retries " << profiles.at(i).retries << '\n';
        }
        return ExitOk;
    }
    if ((action == u"add" || action == u"remove") && pos.size() == 2) {
        const QString name = pos.at(1).trimmed();
        if (name.isEmpty()) {
            printError(tr("A profile needs a name."));
            return ExitUsage;
        }
        auto existing =
            std::find_if(profiles.begin(), profiles.end(), [&](const snmp::Credential &c) { return c.name == name; });
        if (action == u"remove") {
            if (existing == profiles.end()) {
                printError(tr("No profile named %1.").arg(name));
                return ExitUsage;
            }
            profiles.erase(existing);
        } else {
            if (existing != profiles.end()) {
                printError(tr("A profile named %1 exists; remove it first.").arg(name));
                return ExitUsage;
            }
            if (p.isSet(QStringLiteral("cred"))) {
                printError(tr("profiles add takes inline credentials, not --cred."));
                return ExitUsage;
            }
            if (!p.isSet(QStringLiteral("community")) && !p.isSet(QStringLiteral("v3-user"))) {
                printError(tr("profiles add needs --community or --v3-user."));
                return ExitUsage;
            }
            QString error;
            QList<snmp::Credential> made = credentialsFromOptions(p, {}, &error);
            if (made.size() != 1) {
                printError(made.isEmpty() ? error : tr("Give one credential per profile."));
                return ExitUsage;
            }
            snmp::Credential c = made.first();
            c.name = name;
            int at = int(profiles.size());
            if (p.isSet(QStringLiteral("position")))
                at = std::clamp(p.value(QStringLiteral("position")).toInt() - 1, 0, int(profiles.size()));
            profiles.insert(at, c);
        }
        const auto actor = cliActingUser(p, storage.db());
        if (!actor)
            return ExitUsage;
        if (const auto e = storage.credentials().save(*actor, profiles)) {
            printError(e.message);
            return ExitUsage;
        }
        QTextStream(stdout) << (action == u"add" ? tr("Added %1.") : tr("Removed %1.")).arg(name) << '\n';
        return ExitOk;
    }
    printError(tr("Usage: profiles add NAME [credential options] | profiles list | profiles remove NAME"));
    return ExitUsage;
}

} // namespace fleet::cli
