#pragma once
// `audit verify` and `audit log` (the security audit log), reached through `audit`, and the acting
// user of a CLI invocation, shared with `users`.

#include "security/Permissions.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace fleet::cli {

int auditVerifyCommand(const QStringList &args);
int auditLogCommand(const QStringList &args);

// Adds --as NAME to a parser.
void addActingUserOption(QCommandLineParser &parser);
// The acting user (see security/ActingUser.h); prints why and returns nullopt when there is none.
// The password of --as is the first line of standard input.
std::optional<security::Actor> cliActingUser(const QCommandLineParser &parser, storage::Database &db);
// The next line of standard input, without echo when it is a terminal.
QString readSecretLine(const QString &prompt);

} // namespace fleet::cli
