#pragma once
// The certificates whose expiry alerting watches, read from the profile's remote-services settings
// (sync::SyncSettings): the agent's client certificate (PEM, or PKCS#12 opened with the passphrase
// from the secrets file), the CA bundle the server's certificate is verified against, and the
// server's own (leaf) certificate as last seen on a verified connection to the configured server
// (sync::ServerCertificateStore; the sync stores it when it changes, so a renewed certificate
// replaces the expiring one at the next sync). Reads files and the database: call it on a worker
// thread.

#include "alerting/ConditionEvaluator.h"
#include "storage/Database.h"
#include "util/ProfileRoot.h"

namespace fleet::alerting {

// Each file that holds a certificate gives one entry, with the earliest end date in it; files not
// configured or unreadable give none (the sync itself reports those). The server's certificate is
// named "server's certificate (HOST)" after the configured server URL's host; none until a sync
// has seen it. This overload reads it through db.
QList<CertificateInput> watchedCertificates(const ProfileRoot &profile, storage::Database &db);
// The same, with its own connection to the profile's database (none is created when the file
// does not exist yet).
QList<CertificateInput> watchedCertificates(const ProfileRoot &profile);

} // namespace fleet::alerting
