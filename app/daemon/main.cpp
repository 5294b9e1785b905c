#include "daemon/AgentDaemon.h"
#include "daemon/JournalLogging.h"
#include "daemon/ProfileLogging.h"
#include "daemon/SignalWatcher.h"
#include "storage/Database.h"
#include "util/ProfileRoot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// Exit codes (docs/packaging.md, fleetkeeperd(8)); the unit does not restart on 2 and 3.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitAlreadyRunning = 3;

void printError(const QString &message)
{
    std::fprintf(stderr, "fleetkeeperd: %s\n", qUtf8Printable(message));
}

// --profile, then $FLEETKEEPER_PROFILE, then the state directory systemd made for the service,
// then the user's data directory.
fleet::ProfileRoot resolveProfile(const QString &commandLine)
{
    if (commandLine.isEmpty() && qEnvironmentVariableIsEmpty("FLEETKEEPER_PROFILE")) {
        // StateDirectory= may list several directories, separated by colons: the first is ours.
        const QString state = qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
        if (!state.isEmpty())
            return fleet::ProfileRoot(state);
    }
    return fleet::ProfileRoot::resolve(commandLine);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetkeeperd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Fleetkeeper agent without a window: polls the stored fleet, runs the scheduled discovery and "
                "the daily sync, on the profile's schedule."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate(
                          "main", "Profile directory (else $FLEETKEEPER_PROFILE, else $STATE_DIRECTORY, else the "
                                  "user's data directory)."),
                      QCoreApplication::translate("main", "DIR")});
    parser.addOption({QStringLiteral("stop-grace"),
                      QCoreApplication::translate(
                          "main", "Seconds a poll in progress may take to finish after SIGTERM (default 10)."),
                      QCoreApplication::translate("main", "SECONDS"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("log-rules"),
                      QCoreApplication::translate(
                          "main", "Log levels per category, e.g. \"fleet.snmp.debug=true;fleet.sync.info=false\"."),
                      QCoreApplication::translate("main", "RULES")});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            QCoreApplication::translate("main", "Unexpected argument %1.").arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    bool ok = false;
    const int grace = parser.value(QStringLiteral("stop-grace")).toInt(&ok);
    if (!ok || grace < 0 || grace > 3600) {
        printError(QCoreApplication::translate("main", "--stop-grace takes 0 to 3600 seconds."));
        return kExitUsage;
    }
    fleet::daemon::installLogging(fleet::daemon::detectLogStyle(), parser.value(QStringLiteral("log-rules")));

    const fleet::ProfileRoot profile = resolveProfile(parser.value(QStringLiteral("profile")));
    QString error;
    if (!profile.ensureExists(&error)) {
        printError(error);
        return kExitFailure;
    }
    // Outside the journal: also a rotating file in the profile, with the ini's levels per category.
    fleet::daemon::installProfileLogging(profile, QStringLiteral("fleetkeeperd.log"),
                                         parser.value(QStringLiteral("log-rules")), true);
    fleet::daemon::AgentDaemon daemon(profile);
    daemon.setStopGrace(std::chrono::seconds(grace));
    switch (daemon.claim()) {
    case fleet::daemon::AgentDaemon::Claim::Owned:
        break;
    case fleet::daemon::AgentDaemon::Claim::AlreadyRunning:
    case fleet::daemon::AgentDaemon::Claim::DesktopRunning:
        printError(daemon.errorString());
        return kExitAlreadyRunning;
    case fleet::daemon::AgentDaemon::Claim::Failed:
        printError(daemon.errorString());
        return kExitFailure;
    }
    {
        // Fail here, where systemd shows it, rather than at the first poll: the database opens
        // (and is migrated) before the daemon calls itself ready.
        fleet::storage::Database db(QStringLiteral("fleetkeeperd-start"));
        if (const auto e = db.open(profile.databasePath())) {
            printError(e.message);
            return kExitFailure;
        }
    }

    fleet::daemon::SignalWatcher watcher;
    if (!watcher.install()) {
        printError(watcher.errorString());
        return kExitFailure;
    }
    QObject::connect(&watcher, &fleet::daemon::SignalWatcher::terminationRequested, &daemon,
                     [&daemon](int signal) { daemon.requestStop(fleet::daemon::SignalWatcher::signalName(signal)); });
    QObject::connect(&watcher, &fleet::daemon::SignalWatcher::reloadRequested, &daemon, [&daemon] { daemon.reload(); });
    QObject::connect(&daemon, &fleet::daemon::AgentDaemon::stopped, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    daemon.start();
    const int rc = QCoreApplication::exec();
    return rc == 0 ? kExitOk : kExitFailure;
}
