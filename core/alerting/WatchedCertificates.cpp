#include "alerting/WatchedCertificates.h"

#include "alerting/AlertingLog.h"
#include "storage/SecretStore.h"
#include "sync/ServerCertificate.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QFileInfo>
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

QList<CertificateInput> fileCertificates(const sync::SyncSettings &settings, const ProfileRoot &profile)
{
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

std::optional<CertificateInput> serverCertificate(const sync::SyncSettings &settings, storage::Database &db)
{
    const QString host = settings.serverUrl.host();
    if (host.isEmpty())
        return std::nullopt;
    auto seen = sync::ServerCertificateStore(db).forHost(host);
    if (!seen) {
        qCWarning(lcAlerting).noquote() << "the server's certificate cannot be read:" << seen.error().message;
        return std::nullopt;
    }
    if (!seen->isValid() || !seen->notAfter.isValid())
        return std::nullopt;
    // The host in the name: the condition says which server, and another server is another condition.
    return CertificateInput{QStringLiteral("server's certificate (%1)").arg(host), seen->notAfter};
}

sync::SyncSettings loadSettings(const ProfileRoot &profile)
{
    QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    return sync::SyncSettings::load(ini);
}

} // namespace

QList<CertificateInput> watchedCertificates(const ProfileRoot &profile, storage::Database &db)
{
    const sync::SyncSettings settings = loadSettings(profile);
    QList<CertificateInput> out = fileCertificates(settings, profile);
    if (auto server = serverCertificate(settings, db))
        out << *server;
    return out;
}

QList<CertificateInput> watchedCertificates(const ProfileRoot &profile)
{
    const sync::SyncSettings settings = loadSettings(profile);
    QList<CertificateInput> out = fileCertificates(settings, profile);
    if (settings.serverUrl.host().isEmpty() || !QFileInfo::exists(profile.databasePath()))
        return out;
    storage::Database db(QStringLiteral("certificates"));
    if (const auto e = db.open(profile.databasePath())) {
        qCWarning(lcAlerting).noquote() << "the server's certificate cannot be read:" << e.message;
        return out;
    }
    if (auto server = serverCertificate(settings, db))
        out << *server;
    return out;
}

} // namespace fleet::alerting
