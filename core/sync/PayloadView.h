#pragma once
// What a person may see of the payloads (R6: administrators and power users only): an outbox item
// decrypted for the payload viewer and `outbox --show`, and the XML the next upload would carry
// (`export-payload`, the security-mode preview). Both check view-payload and are audited, because
// a payload holds the fleet's addresses and serial numbers in the clear.

#include "security/Permissions.h"
#include "security/SecurityError.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

namespace fleet::sync {

class SyncAgent;

// The decrypted XML of outbox item outboxId; secrets must have been load()ed.
security::SecurityResult<QByteArray> decryptOutboxPayload(storage::Database &db, const storage::SecretStore &secrets,
                                                          const security::Actor &actor, qint64 outboxId);

// SyncAgent::buildPayloadXml for actor; runs on the agent's thread.
security::SecurityResult<QByteArray> previewPayloadXml(SyncAgent &agent, const security::Actor &actor, bool lockedDown);

} // namespace fleet::sync
