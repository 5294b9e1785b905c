#include "cli/PollStore.h"

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CommonOptions.h"
#include "cli/CredentialOptions.h"
#include "cli/StorageSession.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}
} // namespace

bool pollOptionsFrom(const QCommandLineParser &p, collect::PollOptions *options)
{
    bool ok = true;
    if (p.isSet(QStringLiteral("concurrency"))) {
        options->concurrency = p.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || options->concurrency < 1 || options->concurrency > 4096) {
            printError(tr("--concurrency takes 1 to 4096."));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("deadline"))) {
        options->deviceDeadlineMs = p.value(QStringLiteral("deadline")).toInt(&ok);
        if (!ok || options->deviceDeadlineMs < 1) {
            printError(tr("--deadline takes a number of milliseconds."));
            return false;
        }
    }
    return true;
}

int pollWithStorage(const QCommandLineParser &p)
{
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    if (!cliAuthorized(p, storage.db(), security::Permission::PollNow, QStringLiteral("poll.now"),
                       {{QStringLiteral("targets"), QJsonArray::fromStringList(p.positionalArguments())},
                        {QStringLiteral("all"), p.isSet(QStringLiteral("all"))}}))
        return ExitUsage;
    QString error;
    const QList<snmp::Credential> stored = storage.storedProfiles();
    collect::PollOptions options;
    if (!pollOptionsFrom(p, &options))
        return ExitUsage;
    if (p.isSet(QStringLiteral("inventory")))
        options.depth = collect::PollDepth::Inventory;

    QList<collect::PollTarget> targets;
    const bool explicitCredentials =
        p.isSet(QStringLiteral("community")) || p.isSet(QStringLiteral("v3-user")) || p.isSet(QStringLiteral("cred"));
    const QList<snmp::Credential> credentials = credentialsFromOptions(p, stored, &error);
    if (credentials.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("all"))) {
        storage::FleetRepository repo(storage.db());
        auto devices = repo.devices(true);
        if (!devices) {
            printError(devices.error().message);
            return ExitUsage;
        }
        for (const storage::DeviceRecord &d : *devices) {
            collect::PollTarget t = collect::Poller::targetFromString(d.address, credentials);
            // A device remembers the profile that worked: try it first, then the others.
            if (!explicitCredentials && !d.credentialName.isEmpty()) {
                auto it = std::find_if(t.credentials.begin(), t.credentials.end(),
                                       [&](const snmp::Credential &c) { return c.name == d.credentialName; });
                if (it != t.credentials.end())
                    std::rotate(t.credentials.begin(), it, it + 1);
            }
            targets << t;
        }
    }
    for (const QString &spec : p.positionalArguments())
        targets << collect::Poller::targetFromString(spec, credentials);
    if (targets.isEmpty()) {
        printError(tr("Nothing to poll: give targets or --all."));
        return ExitUsage;
    }

    QList<DeviceSnapshot> results;
    const int code =
        pollTargets(targets, options, p.isSet(QStringLiteral("json")), [&](const DeviceSnapshot &s) { results << s; });
    storage::SnapshotStore store(storage.db());
    auto stored2 = store.storeBatch(results);
    if (!stored2) {
        printError(tr("The results could not be stored: %1").arg(stored2.error().message));
        return ExitSomeFailed;
    }
    return code;
}

} // namespace fleet::cli
