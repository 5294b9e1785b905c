#include "cli/CliApp.h"

#include "cli/CliCommands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

const char *kUsage = R"(Usage: fleetkeeper-cli [--profile DIR] [--json] COMMAND [options] [ARGS...]

Commands:
  discover TARGET...        find printers (IP, host, CIDR, a.b.c.d-e.f.g.h, HOST:PORT) and store them
  poll [TARGET...|--all]    poll targets (or every stored device) now; results are stored
  devices                   list stored devices
  show DEVICE               one device in detail (id, address, serial or name)
  history DEVICE            meter readings [--meter M] [--since DATE] [--csv]
  profiles add|list|remove  ordered SNMP credential profiles
  report --from DATE        meter reads and usage per device for a period [--to DATE] [--csv]
  agent                     the agent host's identity (host, OS, CPU, RAM, disk, DB size, devices)
  register --server URL ... register with a remote-services server (see docs/sync.md)
  sync [--now|--commands]   send the payload now, poll for commands, or show the sync status
  export-payload FILE       the next upload's payload XML, before zip and encryption [--lockdown]
  outbox [--show ID]        payloads queued, delivered and rejected; one decrypted
  audit [--since DATE]      every request sent to the remote-services server
  audit verify|log          check the security audit log's hash chain; list it [--since DATE]
  users add|list|passwd|disable|role|map-group   local accounts (administrators; --as NAME)
  alerts [--all|--cleared]  the fleet's alerts [--severity S] [--device D]; alerts ack ID... --note TEXT
  notifications [--since D] stored notifications and their delivery; notifications retry [ID...] sends again;
                            alert-profiles add|list|remove|test-mail
  smtp set|show             the SMTP server for notifications [--server H --security starttls|tls --password-stdin]
  thresholds [set N=V...]   alert thresholds: supply %, days to empty, failed polls, certificates, disk
  action VERB DEVICE        status|reboot|test-page|firmware FILE|troubleshoot|web-page|manage|unmanage
  actions enable|disable|policy|pending|approve|deny   action policy; remote requests awaiting consent
  status                    the service (fleetkeeperd): running or not, last/next runs, outbox, recent errors
  posture [--probe]         security posture per device and of the agent [--html FILE] [--csv FILE]

Run 'fleetkeeper-cli COMMAND --help' for a command's options. See docs/cli.md.
)";
} // namespace

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    // The command is the first argument that is not an option or an option's value.
    static const QStringList valued = {QStringLiteral("--profile")};
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (valued.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            QTextStream(stdout) << QString::fromUtf8(kUsage);
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--version"))) {
            QTextStream(stdout) << "fleetkeeper-cli " << FLEET_VERSION << '\n';
            return ExitOk;
        }
        err << QString::fromUtf8(kUsage);
        return ExitUsage;
    }
    const QString command = arguments.at(commandIndex);
    QStringList rest = arguments;
    rest.removeAt(commandIndex);
    if (command == u"poll")
        return pollCommand(rest);
    if (command == u"discover")
        return discoverCommand(rest);
    if (command == u"devices")
        return devicesCommand(rest);
    if (command == u"show")
        return showCommand(rest);
    if (command == u"history")
        return historyCommand(rest);
    if (command == u"profiles")
        return profilesCommand(rest);
    if (command == u"agent")
        return agentCommand(rest);
    if (command == u"report")
        return reportCommand(rest);
    if (command == u"register")
        return registerCommand(rest);
    if (command == u"sync")
        return syncCommand(rest);
    if (command == u"export-payload")
        return exportPayloadCommand(rest);
    if (command == u"outbox")
        return outboxCommand(rest);
    if (command == u"audit")
        return auditCommand(rest);
    if (command == u"alerts")
        return alertsCommand(rest);
    if (command == u"notifications")
        return notificationsCommand(rest);
    if (command == u"alert-profiles")
        return alertProfilesCommand(rest);
    if (command == u"smtp")
        return smtpCommand(rest);
    if (command == u"thresholds")
        return thresholdsCommand(rest);
    if (command == u"action")
        return actionCommand(rest);
    if (command == u"actions")
        return actionsCommand(rest);
    if (command == u"users")
        return usersCommand(rest);
    if (command == u"status")
        return statusCommand(rest);
    if (command == u"posture")
        return postureCommand(rest);
    err << tr("Unknown command %1.").arg(command) << '\n' << QString::fromUtf8(kUsage);
    return ExitUsage;
}

} // namespace fleet::cli
