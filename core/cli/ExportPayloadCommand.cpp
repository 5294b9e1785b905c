// export-payload: the XML exactly as the next upload would carry it, before zip and encryption,
// so an administrator can see what leaves the site (R3.8, R4).

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "sync/PayloadView.h"
#include "sync/SyncAgent.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}
} // namespace

int exportPayloadCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOption({QStringLiteral("lockdown"), tr("Leave out host and printer addresses, as locked-down mode does.")});
    p.addPositionalArgument(QStringLiteral("file"), tr("Where to write the XML ('-' for standard output)."));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Write the next upload's payload XML to a file."), &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        printError(tr("Give exactly one output file."));
        return ExitUsage;
    }
    const ProfileRoot profile = profileFrom(p);
    QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    const bool lockedDown = p.isSet(QStringLiteral("lockdown")) || sync::SyncSettings::load(ini).isLockedDown();
    sync::SyncAgent agent(profile);
    if (const sync::SyncError e = agent.open()) {
        printError(e.message);
        return ExitUsage;
    }
    const auto actor = cliActingUser(p, agent.db());
    if (!actor)
        return ExitUsage;
    auto xml = sync::previewPayloadXml(agent, *actor, lockedDown);
    if (!xml) {
        printError(xml.error().message);
        return ExitUsage;
    }
    const QString path = p.positionalArguments().first();
    if (path == u"-") {
        QTextStream(stdout) << QString::fromUtf8(*xml);
        return ExitOk;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*xml) != xml->size() || !file.commit()) {
        printError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return ExitUsage;
    }
    if (!p.isSet(QStringLiteral("json")))
        QTextStream(stdout) << tr("Wrote %1 bytes of payload XML to %2%3.")
                                   .arg(xml->size())
                                   .arg(path, lockedDown ? tr(" (locked-down)") : QString())
                            << '\n';
    return ExitOk;
}

} // namespace fleet::cli
