#pragma once
// The certificates whose expiry alerting watches, read from the profile's remote-services settings
// (sync::SyncSettings): the agent's client certificate (PEM, or PKCS#12 opened with the passphrase
// from the secrets file) and the CA bundle the server's certificate is verified against. Reads
// files: call it on a worker thread.
//
// Limit: the server's own (leaf) certificate is not stored anywhere after a handshake, so only
// the CA it chains to is watched; an expired leaf still shows up as a failing upload.

#include "alerting/ConditionEvaluator.h"
#include "util/ProfileRoot.h"

namespace fleet::alerting {

// Each file that holds a certificate gives one entry, with the earliest end date in it; files not
// configured or unreadable give none (the sync itself reports those).
QList<CertificateInput> watchedCertificates(const ProfileRoot &profile);

} // namespace fleet::alerting
