// agent: the agent host's own identity (R1.3), as the upload payload will carry it.

#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "collect/AgentIdentity.h"
#include "storage/FleetRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace fleet::cli {

int agentCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    int code = 0;
    if (!parseOrExplain(p, args, QCoreApplication::translate("fleet::cli", "Show the agent host's identity."), &code))
        return code;
    const ProfileRoot profile = profileFrom(p);
    StorageSession storage(profile);
    if (!storage.open())
        return ExitUsage;
    collect::AgentIdentity a = collect::collectAgentIdentity(profile.dir(), profile.databasePath());
    storage::FleetRepository repo(storage.db());
    if (auto devices = repo.devices()) {
        const auto inScope =
            std::count_if(devices->cbegin(), devices->cend(), [](const storage::DeviceRecord &d) { return d.inScope; });
        a.devicesInScope = int(inScope);
        a.devicesOutOfScope = int(devices->size() - inScope);
    }
    const QJsonObject o = collect::agentIdentityToJson(a);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    QTextStream out(stdout);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        out << it.key() << ": "
            << (v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                            : v.toVariant().toString())
            << '\n';
    }
    return ExitOk;
}

} // namespace fleet::cli
