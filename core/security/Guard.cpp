#include "security/Guard.h"

#include "security/SecurityLog.h"

#include <QThreadPool>

namespace fleet::security {

namespace {
AuditEntry withResult(AuditEntry entry, const SecurityError &denied)
{
    entry.result = denied ? kAuditDenied : kAuditOk;
    entry.message = denied.message;
    return entry;
}
} // namespace

SecurityError authorize(storage::Database &db, Permission permission, const AuditEntry &what, Audit audit)
{
    const SecurityError denied = check(what.actor, permission);
    if (!denied && audit == Audit::RefusalsOnly)
        return {};
    auto logged = AuditLog(db).append(withResult(what, denied));
    if (denied) {
        if (!logged)
            qCWarning(lcSecurity).noquote() << "a refusal was not audited:" << logged.error().message;
        return denied;
    }
    if (!logged)
        return SecurityError::fromStorage(logged.error());
    return {};
}

SecurityError recordOutcome(storage::Database &db, AuditEntry what, const QString &failure)
{
    what.result = failure.isEmpty() ? kAuditOk : kAuditFailed;
    what.message = failure;
    auto logged = AuditLog(db).append(what);
    if (!logged)
        return SecurityError::fromStorage(logged.error());
    return {};
}

SecurityError authorizeLater(const QString &databasePath, Permission permission, const AuditEntry &what, Audit audit)
{
    SecurityError denied = check(what.actor, permission);
    if (denied || audit == Audit::Always) {
        QThreadPool::globalInstance()->start([databasePath, entry = withResult(what, denied)] {
            storage::Database db(QStringLiteral("audit"));
            storage::StorageError error = db.open(databasePath);
            if (!error) {
                auto logged = AuditLog(db).append(entry);
                if (!logged)
                    error = logged.error();
            }
            if (error)
                qCWarning(lcSecurity).noquote() << entry.action << "was not audited:" << error.message;
        });
    }
    return denied;
}

} // namespace fleet::security
