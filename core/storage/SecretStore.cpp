#include "storage/SecretStore.h"

#include "storage/SecretFileBackend.h"
#include "storage/SecretKeychainBackend.h"
#include "storage/SecretLegacyBackend.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSettings>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SecretStore", s);
}

QString sibling(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.completeBaseName() + suffix);
}

// Says once per process and store which backend holds its secrets.
void logBackendOnce(const QString &path, const SecretBackend &backend, const QString &why)
{
    static QMutex mutex;
    static QSet<QString> logged;
    const QMutexLocker lock(&mutex);
    const QString key = path + u'\n' + backend.name();
    if (logged.contains(key))
        return;
    logged.insert(key);
    qCInfo(lcStorage).noquote()
        << QStringLiteral("secrets of %1 are kept by the %2 backend (%3)").arg(path, backend.name(), why);
}
} // namespace

QString secretBackendChoiceName(SecretBackendChoice choice)
{
    switch (choice) {
    case SecretBackendChoice::Auto:
        return QStringLiteral("auto");
    case SecretBackendChoice::Keychain:
        return QStringLiteral("keychain");
    case SecretBackendChoice::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<SecretBackendChoice> secretBackendChoiceFromName(const QString &name)
{
    for (SecretBackendChoice c : {SecretBackendChoice::Auto, SecretBackendChoice::Keychain, SecretBackendChoice::File})
        if (name.trimmed().compare(secretBackendChoiceName(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

SecretStoreOptions SecretStoreOptions::fromSettings(const QString &iniPath)
{
    SecretStoreOptions options;
    QString name;
    if (QFileInfo::exists(iniPath)) {
        QSettings ini(iniPath, QSettings::IniFormat);
        name = ini.value(QStringLiteral("secrets/backend")).toString();
        options.keyFile = ini.value(QStringLiteral("secrets/keyFile")).toString();
    }
    const QString env = qEnvironmentVariable("FLEETKEEPER_SECRETS_BACKEND");
    if (!env.isEmpty())
        name = env;
    if (!name.isEmpty()) {
        if (const auto choice = secretBackendChoiceFromName(name))
            options.backend = *choice;
        else
            qCWarning(lcStorage) << "unknown secrets backend" << name
                                 << "(expected auto, keychain or file); using auto";
    }
    return options;
}

SecretStore::SecretStore(QString filePath)
    : SecretStore(filePath, SecretStoreOptions::fromSettings(
                                QFileInfo(filePath).absoluteDir().filePath(QStringLiteral("fleetkeeper.ini"))))
{}

SecretStore::SecretStore(QString filePath, SecretStoreOptions options)
    : m_path(std::move(filePath))
    , m_options(std::move(options))
{}

QString SecretStore::encryptedFilePath() const
{
    return sibling(m_path, QStringLiteral(".enc"));
}

QString SecretStore::keyFilePath() const
{
    if (m_options.keyFile.isEmpty())
        return sibling(m_path, QStringLiteral(".key"));
    return QFileInfo(m_path).absoluteDir().absoluteFilePath(m_options.keyFile);
}

QString SecretStore::keychainMarkerPath() const
{
    return sibling(m_path, QStringLiteral(".keychain"));
}

QString SecretStore::profileKey(const QString &profile, const QString &field)
{
    return QStringLiteral("profile/%1/%2").arg(profile, field);
}

QString SecretStore::backendName() const
{
    return m_backend ? m_backend->name() : QString();
}

Result<std::shared_ptr<const SecretBackend>> SecretStore::backend() const
{
    if (m_backend)
        return m_backend;
    const auto keychain = [this] {
        return std::make_shared<SecretKeychainBackend>(QFileInfo(m_path).absoluteFilePath());
    };
    const auto file = [this] { return std::make_shared<SecretFileBackend>(encryptedFilePath(), keyFilePath()); };
    QString why;
    switch (m_options.backend) {
    case SecretBackendChoice::File:
        m_backend = file();
        logBackendOnce(m_path, *m_backend, tr("chosen in the settings"));
        return m_backend;
    case SecretBackendChoice::Keychain:
        if (!SecretKeychainBackend::serviceReachable(&why))
            return StorageError{StorageErrorCode::SecretsFile,
                                tr("The keychain is chosen for the secrets ([secrets] backend=keychain) but cannot be "
                                   "used: %1.")
                                    .arg(why)};
        m_backend = keychain();
        logBackendOnce(m_path, *m_backend, tr("chosen in the settings"));
        return m_backend;
    case SecretBackendChoice::Auto:
        break;
    }
    // Auto sticks to where this profile's secrets already are: a desktop session and an ssh
    // login must not each start a store of their own.
    if (QFileInfo::exists(keychainMarkerPath())) {
        if (!SecretKeychainBackend::serviceReachable(&why))
            return StorageError{StorageErrorCode::SecretsFile,
                                tr("The secrets of this profile are in the desktop keychain (see %1), which cannot be "
                                   "reached here: %2. Run from the desktop session that owns the keychain.")
                                    .arg(keychainMarkerPath(), why)};
        m_backend = keychain();
        logBackendOnce(m_path, *m_backend, tr("already used by this profile"));
    } else if (QFileInfo::exists(encryptedFilePath())) {
        m_backend = file();
        logBackendOnce(m_path, *m_backend, tr("already used by this profile"));
    } else if (SecretKeychainBackend::serviceReachable(&why)) {
        m_backend = keychain();
        logBackendOnce(m_path, *m_backend, tr("a Secret Service is available"));
    } else {
        m_backend = file();
        logBackendOnce(m_path, *m_backend, why);
    }
    return m_backend;
}

StorageError SecretStore::afterWrite(const SecretBackend &backend) const
{
    // The marker tells a later "auto" (perhaps without a session bus) where the secrets are. It
    // holds no secret.
    if (backend.name() == QLatin1String("keychain") && !QFileInfo::exists(keychainMarkerPath())) {
        QFile marker(keychainMarkerPath());
        if (marker.open(QIODevice::WriteOnly | QIODevice::NewOnly, SecretBackend::kOwnerOnly))
            marker.write(QStringLiteral("The secrets of this profile are in the OS keychain: service \"%1\", "
                                        "account \"%2\".\n")
                             .arg(SecretKeychainBackend::serviceName(), QFileInfo(m_path).absoluteFilePath())
                             .toUtf8());
        else
            qCWarning(lcStorage) << "cannot create the keychain marker" << keychainMarkerPath() << marker.errorString();
    }
    const SecretLegacyBackend legacy(m_path);
    if (!legacy.exists())
        return {};
    if (const StorageError shredded = legacy.shred()) {
        // The secrets are safe in the backend; the plain copy must be removed by hand.
        qCWarning(lcStorage).noquote() << shredded.message;
        return {};
    }
    qCInfo(lcStorage) << "removed the old plain secrets file" << m_path;
    return {};
}

StorageError SecretStore::load()
{
    m_secrets.clear();
    const auto chosen = backend();
    if (!chosen)
        return chosen.error();
    const SecretBackend &store = **chosen;
    const auto stored = store.read();
    if (!stored)
        return stored.error();
    SecretMap secrets = stored->value_or(SecretMap());

    const SecretLegacyBackend legacy(m_path);
    if (legacy.exists()) {
        const auto plain = legacy.read();
        if (!plain)
            return plain.error();
        // What the backend already holds wins: the plain file is older than any save through it.
        SecretMap merged = *plain;
        for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        if (const StorageError written = store.write(merged))
            return {
                StorageErrorCode::SecretsFile,
                tr("The secrets of the plain file %1 could not be moved to %2; the plain file was left in place. %3")
                    .arg(m_path, store.location(), written.message)};
        qCInfo(lcStorage).noquote() << "moved" << plain->size() << "secrets from the plain file" << m_path << "to the"
                                    << store.name() << "backend";
        secrets = merged;
        afterWrite(store);
    }
    m_secrets = secrets;
    qCDebug(lcStorage) << "loaded" << m_secrets.size() << "secrets for" << m_path;
    return {};
}

StorageError SecretStore::save() const
{
    const auto chosen = backend();
    if (!chosen)
        return chosen.error();
    if (const StorageError written = (*chosen)->write(m_secrets))
        return written;
    qCDebug(lcStorage) << "saved" << m_secrets.size() << "secrets for" << m_path;
    return afterWrite(**chosen);
}

std::optional<QString> SecretStore::value(const QString &key) const
{
    const auto it = m_secrets.constFind(key);
    return it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

void SecretStore::setValue(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
}

bool SecretStore::remove(const QString &key)
{
    return m_secrets.remove(key) > 0;
}

int SecretStore::removeWithPrefix(const QString &prefix)
{
    int removed = 0;
    for (auto it = m_secrets.begin(); it != m_secrets.end();) {
        if (it.key().startsWith(prefix)) {
            it = m_secrets.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

} // namespace fleet::storage
