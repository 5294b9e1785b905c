#pragma once
// The desktop backend: the secrets map of one profile as one entry of the OS keychain (Secret
// Service on Linux: GNOME Keyring, KWallet…) through QtKeychain, service "Fleetkeeper", account
// the profile's secrets path. QtKeychain's jobs are asynchronous; they all run on one keychain
// thread of the process while the caller waits with a deadline, so callers (any thread) stay
// synchronous and never wait forever for a keychain that does not answer (locked, a password
// prompt nobody sees, a hung daemon).
// Limit: the entry is found by the profile's absolute path; a profile directory moved elsewhere
// no longer finds its keychain entry (move it back, or set [secrets] backend=file before moving).

#include "storage/SecretBackend.h"

#include <chrono>

namespace fleet::storage {

class SecretKeychainBackend final : public SecretBackend
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{20000};

    explicit SecretKeychainBackend(QString account, std::chrono::milliseconds timeout = kDefaultTimeout);

    static QString serviceName() { return QStringLiteral("Fleetkeeper"); }
    // Whether a Secret Service is registered (or activatable) on the session bus. Without a
    // session bus (a system service, an ssh login) the answer is false at once; *why says so.
    static bool serviceReachable(QString *why = nullptr);

    QString name() const override { return QStringLiteral("keychain"); }
    QString location() const override;
    Result<std::optional<SecretMap>> read() const override;
    StorageError write(const SecretMap &secrets) const override;
    StorageError erase() const override;

private:
    QString m_account;
    std::chrono::milliseconds m_timeout;
};

} // namespace fleet::storage
