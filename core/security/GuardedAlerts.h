#pragma once
// Alert acknowledgement behind the permission check, and recorded in the audit log: the entry
// point for callers that know the acting user. It wraps storage::AlertRepository::acknowledge,
// which stays as it is for existing callers.
//
// Limit: the acknowledgement and its audit row are two transactions (the repository opens its own);
// a crash between them leaves an acknowledgement without its audit row, never the reverse.

#include "security/Permissions.h"
#include "security/SecurityError.h"
#include "storage/AlertRepository.h"

namespace fleet::security {

SecurityResult<storage::AcknowledgeResult> acknowledgeAlerts(storage::Database &db, const Actor &actor,
                                                             const QList<qint64> &alertIds, const QString &note,
                                                             const QDateTime &at,
                                                             storage::Reacknowledge mode = storage::Reacknowledge::Keep,
                                                             const std::optional<QString> &recordedBy = std::nullopt);
// recordedBy: the name stored on the alerts when it is not the actor's own (the CLI's --by, someone
// who acknowledged by phone); the audit row always names the actor who did it.

} // namespace fleet::security
