#include "AuditCheck.h"

#include "storage/Database.h"

namespace fleet::test {

std::optional<security::AuditRecord> lastAuditRecord(storage::Database &db)
{
    auto rows = security::AuditLog(db).list();
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constLast();
}

std::optional<security::AuditRecord> lastAuditRecord(const QString &databasePath)
{
    storage::Database db(QStringLiteral("audit-check"));
    if (db.open(databasePath))
        return std::nullopt;
    return lastAuditRecord(db);
}

} // namespace fleet::test
