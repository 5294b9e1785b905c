#pragma once
// Argon2id password hashes through libsodium (crypto_pwhash_str): the encoded string carries the
// salt and the parameters, so a stored hash stays verifiable after the defaults change, and
// needsRehash() tells when it should be replaced at the next successful sign-in.

#include "security/SecurityError.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace fleet::security {

struct HashParameters
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    // libsodium's MODERATE (3 passes, 256 MiB): the production default, ~0.5-1 s per sign-in.
    static HashParameters moderate();
    // INTERACTIVE (2 passes, 64 MiB): for tests and small hosts.
    static HashParameters interactive();
    // The minimum libsodium accepts: only for tests that hash many times.
    static HashParameters minimum();
    bool operator==(const HashParameters &) const = default;
};

class PasswordHasher final
{
public:
    explicit PasswordHasher(HashParameters parameters = HashParameters::moderate());

    // The encoded "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string.
    SecurityResult<QString> hash(const QString &password) const;
    bool verify(const QString &encoded, const QString &password) const;
    bool needsRehash(const QString &encoded) const;
    const HashParameters &parameters() const { return m_parameters; }

private:
    HashParameters m_parameters;
};

} // namespace fleet::security
