#pragma once
// The headless backend: the secrets map encrypted with XChaCha20-Poly1305 (libsodium) under a
// random 256-bit key kept in a separate key file. Both files are created owner-only (0600) and
// refused when group or others may access them. The key file is created on the first save and
// never replaced: a store that its key cannot open is reported and left alone, never overwritten.
// Limit: the key file usually sits next to the encrypted file, so this protects against the
// encrypted file leaking on its own (copies, backups, grep), not against someone who can read
// both; [secrets] keyFile can put the key on another volume.

#include "storage/SecretBackend.h"

namespace fleet::storage {

class SecretFileBackend final : public SecretBackend
{
public:
    SecretFileBackend(QString sealedPath, QString keyPath);

    QString name() const override { return QStringLiteral("file"); }
    QString location() const override { return m_sealedPath; }
    Result<std::optional<SecretMap>> read() const override;
    StorageError write(const SecretMap &secrets) const override;
    StorageError erase() const override;

    const QString &sealedPath() const { return m_sealedPath; }
    const QString &keyPath() const { return m_keyPath; }

private:
    Result<std::optional<SecretMap>> decrypt(bool requireOwnerOnly) const;
    // create: make a new key when there is no key file.
    Result<QByteArray> loadKey(bool create) const;
    StorageError writeOwnerOnly(const QString &path, const QByteArray &bytes) const;

    QString m_sealedPath;
    QString m_keyPath;
};

} // namespace fleet::storage
