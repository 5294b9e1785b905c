#pragma once
// The profile's database, secrets and credential profiles, opened for one CLI command.

#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "util/ProfileRoot.h"

#include <memory>

namespace fleet::cli {

class StorageSession
{
public:
    explicit StorageSession(const ProfileRoot &profile);
    // Opens everything; prints a readable error and returns false when it cannot.
    bool open();
    storage::Database &db() { return m_db; }
    storage::SecretStore &secrets() { return m_secrets; }
    storage::CredentialRepository &credentials() { return m_credentials; }
    QList<snmp::Credential> storedProfiles();

private:
    ProfileRoot m_profile;
    storage::Database m_db{QStringLiteral("cli")};
    storage::SecretStore m_secrets;
    storage::CredentialRepository m_credentials;
};

} // namespace fleet::cli
