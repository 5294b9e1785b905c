#pragma once
// The one entry point that changes the SMTP settings for a person or the CLI: it checks the acting
// user (change-settings), writes the settings to the database and a new password to the secrets,
// and records the change or the refusal in the audit log. The audit row names the keys that
// changed ("password" among them when one was given), never the password itself.

#include "alerting/SmtpSettings.h"
#include "security/Permissions.h"
#include "security/SecurityError.h"

#include <QStringList>

#include <optional>

namespace fleet::storage {
class SecretStore;
}

namespace fleet::alerting {

inline const QString kSmtpAuditAction = QStringLiteral("smtp.set");

// The names of the settings that differ between before and after ("host", "port", "security",
// "username", "from", "caFile", "timeoutSeconds"), in that order.
QStringList changedSmtpKeys(const SmtpSettings &before, const SmtpSettings &after);

// secrets must have been load()ed; it is only touched (and saved) when newPassword is set. An
// empty newPassword removes the stored one. Nothing is written when the actor is refused or the
// settings are unusable (InvalidArgument); when the database write fails after the password was
// saved, the previous secrets are put back.
security::SecurityError changeSmtpSettings(storage::Database &db, storage::SecretStore &secrets,
                                           const security::Actor &actor, const SmtpSettings &settings,
                                           const std::optional<QString> &newPassword = std::nullopt);

} // namespace fleet::alerting
