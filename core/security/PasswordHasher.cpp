#include "security/PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace fleet::security {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::security::PasswordHasher", s);
}

bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

HashParameters HashParameters::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

HashParameters HashParameters::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashParameters HashParameters::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(HashParameters parameters)
    : m_parameters(parameters)
{}

SecurityResult<QString> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return SecurityError{SecurityErrorCode::Crypto, tr("The cryptography library could not be initialised.")};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), m_parameters.opsLimit,
                                         m_parameters.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return SecurityError{SecurityErrorCode::Crypto,
                             tr("Hashing the password failed (not enough memory for Argon2id?).")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encoded, const QString &password) const
{
    if (!sodiumReady() || encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const QByteArray stored = encoded.toLatin1();
    // 1 = other parameters, -1 = not an Argon2id string of ours: both mean "hash again".
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_parameters.opsLimit, m_parameters.memLimit) != 0;
}

} // namespace fleet::security
