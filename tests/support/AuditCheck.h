#pragma once
// Test helper: the newest row of the security audit log, for tests that check what a guarded
// operation recorded (who, what, result).

#include "security/AuditLog.h"

#include <optional>

namespace fleet::storage {
class Database;
}

namespace fleet::test {

// Empty when the log cannot be read or has no row.
std::optional<security::AuditRecord> lastAuditRecord(storage::Database &db);
// The same through a connection of its own to the database file at databasePath.
std::optional<security::AuditRecord> lastAuditRecord(const QString &databasePath);

} // namespace fleet::test
