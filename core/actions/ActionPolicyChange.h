#pragma once
// The one entry point that changes the action policy for a person, the CLI or the GUI: it checks
// the acting user (change-settings), writes the [actions] keys of the profile's fleetkeeper.ini and
// records the change (the disabled list, the remote policy, the allowed list, the consent hours and
// which of them changed) or the refusal in the audit log.

#include "actions/ActionPolicy.h"
#include "security/Permissions.h"
#include "security/SecurityError.h"

namespace fleet::storage {
class Database;
}

namespace fleet::actions {

inline const QString kPolicyAuditAction = QStringLiteral("actions.policy");

// Nothing is written when the actor is refused (Denied, with the readable message) or the policy is
// unusable (InvalidArgument: consent hours outside 1..720); an ini that
// cannot be written is reported as Storage and audited as failed. auditAction names the change in
// the audit log (the CLI keeps "actions.enable" and "actions.disable" for its verbs).
security::SecurityError changeActionPolicy(const QString &iniPath, storage::Database &db, const security::Actor &actor,
                                           const ActionPolicy &policy, const QString &auditAction = kPolicyAuditAction);

} // namespace fleet::actions
