#include "storage/SecretFileBackend.h"

#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SecretStore", s);
}

// The header is also the associated data: a file of another format or version fails to open
// instead of being misread.
const QByteArray kMagic = QByteArrayLiteral("FLEETKEEPER-SECRETS-1\n");
constexpr qsizetype kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

// Plaintext copies of the map are wiped before their memory is released.
struct Wiped
{
    QByteArray data;
    ~Wiped()
    {
        if (!data.isEmpty())
            sodium_memzero(data.data(), size_t(data.size()));
    }
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

SecretFileBackend::SecretFileBackend(QString sealedPath, QString keyPath)
    : m_sealedPath(std::move(sealedPath))
    , m_keyPath(std::move(keyPath))
{}

Result<QByteArray> SecretFileBackend::loadKey(bool create) const
{
    if (!sodiumReady())
        return StorageError{StorageErrorCode::SecretsFile, tr("The cryptography library could not be initialised.")};
    const QFileInfo info(m_keyPath);
    if (!info.exists()) {
        if (!create)
            return StorageError{StorageErrorCode::SecretsFile,
                                tr("The key file %1 of the encrypted secrets %2 is missing, so they cannot be read. "
                                   "Restore the key file from a backup; the encrypted file was left unchanged.")
                                    .arg(m_keyPath, m_sealedPath)};
        QByteArray key(kKeyBytes, Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
        Wiped text{key.toHex() + '\n'};
        sodium_memzero(key.data(), size_t(key.size()));
        if (!QDir().mkpath(info.absolutePath()))
            return StorageError{StorageErrorCode::SecretsFile,
                                tr("Cannot create the folder %1.").arg(info.absolutePath())};
        // NewOnly with the mode: the key is never visible to others, not even for a moment, and
        // a key file created meanwhile by another process is not replaced.
        QFile file(m_keyPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return StorageError{StorageErrorCode::SecretsFile,
                                tr("Cannot create the secrets key file %1: %2").arg(m_keyPath, file.errorString())};
        if (file.write(text.data) != text.data.size() || !file.flush()) {
            file.remove();
            return StorageError{StorageErrorCode::SecretsFile,
                                tr("Cannot write the secrets key file %1: %2").arg(m_keyPath, file.errorString())};
        }
        file.close();
        qCInfo(lcStorage) << "created the secrets key file" << m_keyPath;
    }
    const QFileInfo created(m_keyPath);
    if (othersMayAccess(created.permissions()))
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets key file %1 can be read by other users (mode %2); it was not used. "
                               "Restrict it with: chmod 600 %1")
                                .arg(m_keyPath, modeText(created.permissions()))};
    QFile file(m_keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("Cannot read the secrets key file %1: %2").arg(m_keyPath, file.errorString())};
    Wiped text{file.read(4096)};
    QByteArray key = QByteArray::fromHex(text.data.trimmed());
    if (key.size() != kKeyBytes) {
        sodium_memzero(key.data(), size_t(key.size()));
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets key file %1 is not a Fleetkeeper key (expected %2 hexadecimal digits).")
                                .arg(m_keyPath)
                                .arg(kKeyBytes * 2)};
    }
    return key;
}

Result<std::optional<SecretMap>> SecretFileBackend::read() const
{
    return decrypt(true);
}

Result<std::optional<SecretMap>> SecretFileBackend::decrypt(bool requireOwnerOnly) const
{
    const QFileInfo info(m_sealedPath);
    if (!info.exists())
        return std::optional<SecretMap>();
    if (requireOwnerOnly && othersMayAccess(info.permissions()))
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets file %1 can be read by other users (mode %2); it was not loaded. "
                               "Restrict it with: chmod 600 %1")
                                .arg(m_sealedPath, modeText(info.permissions()))};
    QFile file(m_sealedPath);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("Cannot read the secrets file %1: %2").arg(m_sealedPath, file.errorString())};
    const QByteArray sealed = file.readAll();
    if (!sealed.startsWith(kMagic) || sealed.size() < kMagic.size() + kNonceBytes + kTagBytes)
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets file %1 is not an encrypted Fleetkeeper secrets file; it was left "
                               "unchanged.")
                                .arg(m_sealedPath)};
    Result<QByteArray> key = loadKey(false);
    if (!key)
        return key.error();
    const QByteArray nonce = sealed.mid(kMagic.size(), kNonceBytes);
    const QByteArray cipher = sealed.mid(kMagic.size() + kNonceBytes);
    Wiped plain{QByteArray(cipher.size() - kTagBytes, Qt::Uninitialized)};
    unsigned long long plainSize = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain.data), &plainSize, nullptr, bytes(cipher),
                                                              quint64(cipher.size()), bytes(kMagic),
                                                              quint64(kMagic.size()), bytes(nonce), bytes(*key));
    sodium_memzero(key->data(), size_t(key->size()));
    if (rc != 0)
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets file %1 cannot be decrypted with the key in %2: the key file does not "
                               "belong to it or the file is damaged. Both were left unchanged.")
                                .arg(m_sealedPath, m_keyPath)};
    SecretMap map;
    const QString problem = deserialize(plain.data, &map);
    if (!problem.isEmpty())
        return StorageError{
            StorageErrorCode::SecretsFile,
            tr("The secrets file %1 is not valid (%2); it was left unchanged.").arg(m_sealedPath, problem)};
    qCDebug(lcStorage) << "decrypted" << map.size() << "secrets from" << m_sealedPath;
    return std::optional<SecretMap>(std::move(map));
}

StorageError SecretFileBackend::write(const SecretMap &secrets) const
{
    // A store this key cannot open (wrong or missing key, damaged file) is not replaced: the
    // user may still restore the right key file. A widened mode is no reason to refuse: the
    // write below tightens it.
    if (QFileInfo::exists(m_sealedPath)) {
        const auto current = decrypt(false);
        if (!current)
            return {StorageErrorCode::SecretsFile,
                    tr("The secrets were not saved, so as not to overwrite the existing store. %1")
                        .arg(current.error().message)};
    }
    Result<QByteArray> key = loadKey(true);
    if (!key)
        return key.error();
    Wiped plain{serialize(secrets)};
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray cipher(plain.data.size() + kTagBytes, Qt::Uninitialized);
    unsigned long long cipherSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(cipher), &cipherSize, bytes(plain.data),
                                               quint64(plain.data.size()), bytes(kMagic), quint64(kMagic.size()),
                                               nullptr, bytes(nonce), bytes(*key));
    sodium_memzero(key->data(), size_t(key->size()));
    cipher.resize(qsizetype(cipherSize));
    return writeOwnerOnly(m_sealedPath, kMagic + nonce + cipher);
}

StorageError SecretFileBackend::writeOwnerOnly(const QString &path, const QByteArray &content) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return {StorageErrorCode::SecretsFile, tr("Cannot create the folder %1.").arg(info.absolutePath())};
    // QSaveFile gives a new file the umask's mode but keeps an existing file's: create it
    // owner-only first.
    if (!info.exists()) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return {StorageErrorCode::SecretsFile,
                    tr("Cannot create the secrets file %1: %2").arg(path, create.errorString())};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {StorageErrorCode::SecretsFile,
                tr("Cannot write the secrets file %1: %2").arg(path, file.errorString())};
    file.setPermissions(kOwnerOnly); // also tightens a file whose mode was widened by hand
    file.write(content);
    if (!file.commit())
        return {StorageErrorCode::SecretsFile,
                tr("Cannot write the secrets file %1: %2").arg(path, file.errorString())};
    const QFileDevice::Permissions mode = QFileInfo(path).permissions();
    if (othersMayAccess(mode))
        return {StorageErrorCode::SecretsFile,
                tr("The secrets file %1 was written but has mode %2 instead of 0600.").arg(path, modeText(mode))};
    return {};
}

StorageError SecretFileBackend::erase() const
{
    QFile file(m_sealedPath);
    if (file.exists() && !file.remove())
        return {StorageErrorCode::SecretsFile,
                tr("Cannot remove the secrets file %1: %2").arg(m_sealedPath, file.errorString())};
    return {};
}

} // namespace fleet::storage
