#include "storage/SecretLegacyBackend.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SecretStore", s);
}
} // namespace

bool SecretLegacyBackend::exists() const
{
    const QFileInfo info(m_path);
    return info.exists() && !info.isDir();
}

Result<SecretMap> SecretLegacyBackend::read() const
{
    const QFileInfo info(m_path);
    if (SecretBackend::othersMayAccess(info.permissions()))
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets file %1 can be read by other users (mode %2); it was not loaded. "
                               "Restrict it with: chmod 600 %1")
                                .arg(m_path, SecretBackend::modeText(info.permissions()))};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("Cannot read the secrets file %1: %2").arg(m_path, file.errorString())};
    const QByteArray bytes = file.readAll();
    SecretMap map;
    if (bytes.trimmed().isEmpty())
        return map; // created, never written (an interrupted first save)
    const QString problem = SecretBackend::deserialize(bytes, &map);
    if (!problem.isEmpty())
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The secrets file %1 is not valid (%2); it was left unchanged.").arg(m_path, problem)};
    return map;
}

StorageError SecretLegacyBackend::shred() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return {StorageErrorCode::SecretsFile,
                tr("Cannot overwrite the old plain secrets file %1: %2. Remove it by hand.")
                    .arg(m_path, file.errorString())};
    const qint64 size = file.size();
    const QByteArray zeros(qMin<qint64>(size, 64 * 1024), '\0');
    for (qint64 done = 0; done < size;) {
        const qint64 n = file.write(zeros.constData(), qMin<qint64>(zeros.size(), size - done));
        if (n <= 0)
            return {StorageErrorCode::SecretsFile,
                    tr("Cannot overwrite the old plain secrets file %1: %2. Remove it by hand.")
                        .arg(m_path, file.errorString())};
        done += n;
    }
    // The zeros must reach the disk before the name goes, or the old blocks may never be rewritten.
    file.flush();
    ::fsync(file.handle());
    file.close();
    if (!file.remove())
        return {
            StorageErrorCode::SecretsFile,
            tr("Cannot remove the old plain secrets file %1: %2. Remove it by hand.").arg(m_path, file.errorString())};
    return {};
}

} // namespace fleet::storage
