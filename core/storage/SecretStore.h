#pragma once
// Secrets (SNMP communities and passphrases, the write credential, the proxy password, the
// client-key passphrase, the payload key, the SMTP password) kept out of the database, the
// settings and the logs. Keys look like "profile/<name>/community". Values are never logged.
//
// The map is kept by a backend chosen per profile ([secrets] backend in fleetkeeper.ini,
// overridden by $FLEETKEEPER_SECRETS_BACKEND):
//  - keychain: the OS keychain (Secret Service) through QtKeychain, one entry per profile;
//  - file: <name>.enc next to filePath(), encrypted under a random key in <name>.key (0600);
//  - auto (default): the backend this profile already uses, else the keychain when a Secret
//    Service answers on the session bus, else the file (a system service has no session bus).
// filePath() is the plain JSON file of earlier versions: found at load, its content moves into
// the chosen backend and the file is overwritten and removed.

#include "storage/StorageError.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace fleet::storage {

class SecretBackend;

enum class SecretBackendChoice : quint8 { Auto, Keychain, File };

QString secretBackendChoiceName(SecretBackendChoice choice);
std::optional<SecretBackendChoice> secretBackendChoiceFromName(const QString &name);

struct SecretStoreOptions
{
    SecretBackendChoice backend = SecretBackendChoice::Auto;
    QString keyFile; // empty: next to the encrypted file; relative: to the profile directory

    // The [secrets] group of an ini file (missing file or keys: the defaults), then the
    // environment override. An unknown backend name falls back to auto with a warning.
    static SecretStoreOptions fromSettings(const QString &iniPath);
};

class SecretStore final
{
public:
    // Options from the fleetkeeper.ini in the same directory (the profile's).
    explicit SecretStore(QString filePath);
    SecretStore(QString filePath, SecretStoreOptions options);

    const QString &filePath() const { return m_path; }
    QString encryptedFilePath() const;
    QString keyFilePath() const;
    QString keychainMarkerPath() const;

    // Nothing stored is an empty store. Refuses files that group or others can access; a store
    // that cannot be read (wrong key, damaged, keychain refused) is reported and left unchanged.
    StorageError load();
    // Replaces what the backend holds with this map.
    StorageError save() const;
    // "keychain" or "file" once resolved (after load or save), else empty.
    QString backendName() const;

    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &secret);
    bool remove(const QString &key);
    int removeWithPrefix(const QString &prefix);
    QStringList keys() const { return m_secrets.keys(); }

    static QString profileKey(const QString &profile, const QString &field);

private:
    Result<std::shared_ptr<const SecretBackend>> backend() const;
    StorageError afterWrite(const SecretBackend &backend) const;

    QString m_path;
    SecretStoreOptions m_options;
    // Shared by copies (CredentialRepository keeps one to roll back): resolved once.
    mutable std::shared_ptr<const SecretBackend> m_backend;
    QMap<QString, QString> m_secrets;
};

} // namespace fleet::storage
