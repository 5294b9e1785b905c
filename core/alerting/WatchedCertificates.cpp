#include "alerting/WatchedCertificates.h"

#include "alerting/AlertingLog.h"
#include "storage/SecretStore.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>

namespace fleet::alerting {

namespace {

QDateTime earliestExpiry(const QList<QSslCertificate> &certificates)
{
    QDateTime earliest;
    for (const QSslCertificate &c : certificates)
        if (!c.isNull() && c.expiryDate().isValid() && (!earliest.isValid() || c.expiryDate() < earliest))
            earliest = c.expiryDate();
    return earliest;
}

QList<QSslCertificate> clientCertificates(const sync::SyncSettings &settings, const ProfileRoot &profile)
{
    if (!settings.clientCertIsPkcs12())
        return QSslCertificate::fromPath(settings.clientCertFile, QSsl::Pem);
    QFile file(settings.clientCertFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    storage::SecretStore secrets(profile.secretsPath());
    if (secrets.load())
        return {};
    const QByteArray passphrase = secrets.value(sync::SyncSecrets::kClientKeyPassphrase).value_or(QString()).toUtf8();
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, passphrase))
        return {};
    return {certificate};
}

} // namespace

QList<CertificateInput> watchedCertificates(const ProfileRoot &profile)
{
    QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    const sync::SyncSettings settings = sync::SyncSettings::load(ini);
    QList<CertificateInput> out;
    if (!settings.clientCertFile.isEmpty()) {
        const QDateTime end = earliestExpiry(clientCertificates(settings, profile));
        if (end.isValid())
            out << CertificateInput{QStringLiteral("client certificate"), end};
        else
            qCDebug(lcAlerting) << "no readable client certificate in" << settings.clientCertFile;
    }
    if (!settings.caFile.isEmpty()) {
        const QDateTime end = earliestExpiry(QSslCertificate::fromPath(settings.caFile, QSsl::Pem));
        if (end.isValid())
            out << CertificateInput{QStringLiteral("server CA certificate"), end};
    }
    return out;
}

} // namespace fleet::alerting
