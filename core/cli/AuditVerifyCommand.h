#pragma once
// `audit verify` and `audit log` (the security audit log), reached through `audit`, and the acting
// user of a CLI invocation, shared with `users`.

#include "security/Guard.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace fleet::cli {

class StorageSession;

int auditVerifyCommand(const QStringList &args);
int auditLogCommand(const QStringList &args);

// Adds --as NAME to a parser.
void addActingUserOption(QCommandLineParser &parser);
// The acting user (see security/ActingUser.h); prints why and returns nullopt when there is none.
// The password of --as is FLEETKEEPER_PASSWORD when that is set, else the first line of standard
// input (a prompt without echo on a terminal).
std::optional<security::Actor> cliActingUser(const QCommandLineParser &parser, storage::Database &db);
// storage.open(), then cliActingUser() on its database: nullopt (the reason printed) when either fails.
std::optional<security::Actor> openAsActingUser(const QCommandLineParser &parser, StorageSession &storage);
// cliActingUser() and security::authorize() for a command with no core entry point of its own
// that checks: nullopt when there is no actor or it is refused (the refusal is printed and
// audited). audit Always records the allowed call too.
std::optional<security::Actor> cliAuthorized(const QCommandLineParser &parser, storage::Database &db,
                                             security::Permission permission, const QString &action,
                                             const QJsonObject &parameters = {},
                                             security::Audit audit = security::Audit::Always);
// The next line of standard input, without echo when it is a terminal.
QString readSecretLine(const QString &prompt);

} // namespace fleet::cli
