#pragma once
// Credential profiles in their order of trial. The database keeps the non-secret fields; the
// community and passphrases go to the SecretStore under profile/<name>/<field> and are joined
// back on load. The SecretStore must have been load()ed by the caller.

#include "security/SecurityError.h"
#include "snmp/Credential.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "util/ProfileRoot.h"

namespace fleet::security {
struct Actor;
}

namespace fleet::storage {

class CredentialRepository final
{
public:
    CredentialRepository(Database &db, SecretStore &secrets)
        : m_db(db)
        , m_secrets(secrets)
    {}

    Result<QList<snmp::Credential>> load();
    // Replaces every profile: the list order is the trial order. Names must be non-empty,
    // unique and without '/'. The database and the secrets file change together or not at all.
    StorageError save(const QList<snmp::Credential> &profiles);
    // The entry point for a person or the server: save() behind the edit-credentials check, with
    // the change (profile names, never secrets) or the refusal in the audit log.
    security::SecurityError save(const security::Actor &actor, const QList<snmp::Credential> &profiles);

    // Secret fields, as the last part of the secret keys.
    static inline const QString kCommunity = QStringLiteral("community");
    static inline const QString kAuthPassword = QStringLiteral("authPassword");
    static inline const QString kPrivPassword = QStringLiteral("privPassword");

private:
    StorageError writeRows(const QList<snmp::Credential> &profiles);

    Database &m_db;
    SecretStore &m_secrets;
};

// What every job that polls needs first: creates the profile directory if needed, opens its
// database on db and loads the stored credential profiles with their secrets.
Result<QList<snmp::Credential>> openProfileCredentials(const ProfileRoot &profile, Database &db);

} // namespace fleet::storage
