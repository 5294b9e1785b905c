#include "actions/ScopeAction.h"

#include "storage/DatabaseWorker.h"
#include "storage/SnapshotStore.h"

namespace fleet::actions {

void ScopeAction::start()
{
    const bool inScope = m_request.kind == ActionKind::Manage;
    const auto id = m_request.device.deviceId;
    if (!id || !m_context.db) {
        finish(Outcome::Refused,
               tr("%1 is not a stored device, so it cannot be managed.").arg(m_request.device.label()));
        return;
    }
    m_context.db->exec(
        [id = *id, inScope](storage::Database &db) {
            storage::SnapshotStore store(db);
            return store.setInScope(id, inScope);
        },
        this,
        [this, inScope](storage::StorageError e) {
            if (e) {
                finish(Outcome::Failed, tr("The change could not be stored: %1").arg(e.message));
                return;
            }
            finish(Outcome::Succeeded,
                   inScope ? tr("%1 is managed: polled and uploaded again.").arg(m_request.device.label())
                           : tr("%1 is no longer managed: not polled or uploaded.").arg(m_request.device.label()),
                   {{QStringLiteral("inScope"), inScope}});
        });
}

} // namespace fleet::actions
