#pragma once
// The first step of every guarded core entry point: check() the acting user's permission and
// write the outcome to the audit log. A refusal is always audited (so probing is visible); an
// allowed operation is audited when it is security-relevant (credential, settings, registration,
// security-mode changes, export, a manual poll or discovery by a person, a payload viewed).
//
// An operation that was allowed and then failed is audited with recordOutcome() by the caller
// instead of an ok row: authorize() with Audit::RefusalsOnly, then recordOutcome() with the result.

#include "security/AuditLog.h"
#include "security/SecurityError.h"

namespace fleet::security {

enum class Audit : quint8 {
    RefusalsOnly, // the caller audits the outcome itself (recordOutcome), or the operation is routine
    Always,       // an allowed call is audited as ok at once
};

// None when allowed (and, with Audit::Always, recorded); Denied with the readable message when
// the role may not do it, or Storage when the audit row could not be written for an allowed call
// (an operation that must be audited does not run unaudited).
SecurityError authorize(storage::Database &db, Permission permission, const AuditEntry &what,
                        Audit audit = Audit::Always);

// Appends the outcome of an allowed operation: ok when failure is empty, else failed with it.
SecurityError recordOutcome(storage::Database &db, AuditEntry what, const QString &failure);

// For entry points on the GUI thread (no SQL there): the check runs at once, the audit row is
// written by a task of the global thread pool with its own connection to databasePath, so it
// outlives the caller (the pool is waited for when the application ends). A row that cannot be
// written is logged as a warning (the operation has started by then). Returns the refusal, if any.
SecurityError authorizeLater(const QString &databasePath, Permission permission, const AuditEntry &what,
                             Audit audit = Audit::Always);

} // namespace fleet::security
