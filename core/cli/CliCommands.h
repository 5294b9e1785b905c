#pragma once
// One function per fleetkeeper-cli command; each parses its own options and returns an ExitCode.

#include <QStringList>

namespace fleet::cli {

int pollCommand(const QStringList &args);
int discoverCommand(const QStringList &args);
int devicesCommand(const QStringList &args);
int showCommand(const QStringList &args);
int historyCommand(const QStringList &args);
int profilesCommand(const QStringList &args);
int agentCommand(const QStringList &args);
int reportCommand(const QStringList &args);
int registerCommand(const QStringList &args);
int syncCommand(const QStringList &args);
int exportPayloadCommand(const QStringList &args);
int outboxCommand(const QStringList &args);
int auditCommand(const QStringList &args);
int alertsCommand(const QStringList &args);
int notificationsCommand(const QStringList &args);
int alertProfilesCommand(const QStringList &args);
int smtpCommand(const QStringList &args);
int thresholdsCommand(const QStringList &args);
int actionCommand(const QStringList &args);
int actionsCommand(const QStringList &args);
int usersCommand(const QStringList &args);
int statusCommand(const QStringList &args);
int postureCommand(const QStringList &args);

} // namespace fleet::cli
