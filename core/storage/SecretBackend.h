#pragma once
// Where a SecretStore keeps its map of secrets. Each backend stores and returns the whole map
// at once (a profile has a handful of secrets), so a save is all-or-nothing in every backend.
// Implementations: SecretFileBackend (encrypted file + key file), SecretKeychainBackend (the
// desktop keychain through QtKeychain), SecretLegacyBackend (the old plain file, read once).

#include "storage/StorageError.h"

#include <QByteArray>
#include <QFileDevice>
#include <QMap>
#include <QString>

#include <optional>

namespace fleet::storage {

using SecretMap = QMap<QString, QString>;

class SecretBackend
{
public:
    virtual ~SecretBackend() = default;

    // "keychain" or "file": for logs and messages, never with a value.
    virtual QString name() const = 0;
    // Where the secrets are, for messages ("the keychain entry …", "the file …").
    virtual QString location() const = 0;
    // std::nullopt: nothing stored yet (not an error).
    virtual Result<std::optional<SecretMap>> read() const = 0;
    virtual StorageError write(const SecretMap &secrets) const = 0;
    // Removes the stored map; nothing stored is success.
    virtual StorageError erase() const = 0;

    // The serialised map: {"format":2,"secrets":{key: value}}. Shared by the backends so a map
    // moves between them unchanged.
    static QByteArray serialize(const SecretMap &secrets);
    // Empty message on success; fills *out.
    static QString deserialize(const QByteArray &bytes, SecretMap *out);

    // File-mode helpers for the file-based backends: secrets and keys are owner-only.
    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static bool othersMayAccess(QFileDevice::Permissions p);
    static QString modeText(QFileDevice::Permissions p); // "0644"
};

} // namespace fleet::storage
