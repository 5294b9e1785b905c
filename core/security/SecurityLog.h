#pragma once
// Logging category of the security module (roles, accounts, audit log). Passwords and hashes are
// never logged; user names and actions are.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
