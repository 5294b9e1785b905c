#include "storage/SecretStore.h"

#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SecretStore", s);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr int kFormat = 1;

QString modeText(QFileDevice::Permissions p)
{
    const int mode = (p & QFileDevice::ReadOwner ? 0400 : 0) | (p & QFileDevice::WriteOwner ? 0200 : 0) |
                     (p & QFileDevice::ExeOwner ? 0100 : 0) | (p & QFileDevice::ReadGroup ? 040 : 0) |
                     (p & QFileDevice::WriteGroup ? 020 : 0) | (p & QFileDevice::ExeGroup ? 010 : 0) |
                     (p & QFileDevice::ReadOther ? 04 : 0) | (p & QFileDevice::WriteOther ? 02 : 0) |
                     (p & QFileDevice::ExeOther ? 01 : 0);
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}
} // namespace

QString SecretStore::profileKey(const QString &profile, const QString &field)
{
    return QStringLiteral("profile/%1/%2").arg(profile, field);
}

StorageError SecretStore::load()
{
    m_secrets.clear();
    const QFileInfo info(m_path);
    if (!info.exists())
        return {};
    if (info.permissions() & kGroupOrOther)
        return {StorageErrorCode::SecretsFile, tr("The secrets file %1 can be read by other users (mode %2); "
                                                  "it was not loaded. Restrict it with: chmod 600 %1")
                                                   .arg(m_path, modeText(info.permissions()))};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {StorageErrorCode::SecretsFile,
                tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return {}; // created, never written (interrupted first save)
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !root.value(QStringLiteral("secrets")).isObject())
        return {StorageErrorCode::SecretsFile,
                tr("The secrets file %1 is not valid (%2); it was left unchanged.")
                    .arg(m_path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : tr("no \"secrets\" object"))};
    if (root.value(QStringLiteral("format")).toInt() > kFormat)
        return {StorageErrorCode::SecretsFile,
                tr("The secrets file %1 was written by a newer Fleetkeeper; it was left unchanged.").arg(m_path)};
    const QJsonObject secrets = root.value(QStringLiteral("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        m_secrets.insert(it.key(), it.value().toString());
    qCDebug(lcStorage) << "loaded" << m_secrets.size() << "secrets from" << m_path;
    return {};
}

StorageError SecretStore::save() const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return {StorageErrorCode::SecretsFile, tr("Cannot create the folder %1.").arg(info.absolutePath())};
    // Create the file owner-only first: QSaveFile gives a new file the umask's mode (often
    // 0644) but keeps the mode of an existing one.
    if (!info.exists()) {
        QFile create(m_path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return {StorageErrorCode::SecretsFile,
                    tr("Cannot create the secrets file %1: %2").arg(m_path, create.errorString())};
    }
    QJsonObject secrets;
    for (auto it = m_secrets.constBegin(); it != m_secrets.constEnd(); ++it)
        secrets.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("secrets"), secrets}};

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {StorageErrorCode::SecretsFile,
                tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString())};
    // The temporary file already has the existing file's mode; this also tightens a file whose
    // mode was widened by hand.
    file.setPermissions(kOwnerOnly);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return {StorageErrorCode::SecretsFile,
                tr("Cannot write the secrets file %1: %2").arg(m_path, file.errorString())};
    const QFileDevice::Permissions mode = QFileInfo(m_path).permissions();
    if (mode & kGroupOrOther)
        return {StorageErrorCode::SecretsFile,
                tr("The secrets file %1 was written but has mode %2 instead of 0600.").arg(m_path, modeText(mode))};
    qCDebug(lcStorage) << "saved" << m_secrets.size() << "secrets to" << m_path;
    return {};
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
