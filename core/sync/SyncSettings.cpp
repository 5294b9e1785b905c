#include "sync/SyncSettings.h"

#include "security/Guard.h"

#include <QCoreApplication>
#include <QStringList>

namespace fleet::sync {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::sync::SyncSettings", s);
}

const QString kGroup = QStringLiteral("sync");
const QString kTimeFormat = QStringLiteral("HH:mm");

QTime timeOr(const QVariant &value, QTime fallback)
{
    const QTime t = QTime::fromString(value.toString(), kTimeFormat);
    return t.isValid() ? t : fallback;
}

int intIn(const QVariant &value, int low, int high, int fallback)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= low && v <= high ? v : fallback;
}
} // namespace

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::Explicit:
        return QStringLiteral("explicit");
    }
    return {};
}

std::optional<ProxyMode> proxyModeFromName(const QString &name)
{
    for (ProxyMode m : {ProxyMode::None, ProxyMode::System, ProxyMode::Explicit})
        if (proxyModeName(m) == name)
            return m;
    return std::nullopt;
}

QString securityModeName(SecurityMode mode)
{
    return mode == SecurityMode::LockedDown ? QStringLiteral("lockedDown") : QStringLiteral("normal");
}

std::optional<SecurityMode> securityModeFromName(const QString &name)
{
    if (name.compare(QLatin1String("normal"), Qt::CaseInsensitive) == 0)
        return SecurityMode::Normal;
    if (name.compare(QLatin1String("lockedDown"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("locked-down"), Qt::CaseInsensitive) == 0)
        return SecurityMode::LockedDown;
    return std::nullopt;
}

bool SyncSettings::clientCertIsPkcs12() const
{
    return clientCertFile.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) ||
           clientCertFile.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
}

SyncSettings SyncSettings::load(QSettings &settings)
{
    SyncSettings s;
    settings.beginGroup(kGroup);
    s.serverUrl = QUrl(settings.value(QStringLiteral("serverUrl")).toString());
    s.caFile = settings.value(QStringLiteral("caFile")).toString();
    s.pin = settings.value(QStringLiteral("pin")).toString();
    s.clientCertFile = settings.value(QStringLiteral("clientCert")).toString();
    s.clientKeyFile = settings.value(QStringLiteral("clientKey")).toString();
    s.proxyMode = proxyModeFromName(settings.value(QStringLiteral("proxy")).toString()).value_or(ProxyMode::System);
    s.proxyHost = settings.value(QStringLiteral("proxyHost")).toString();
    s.proxyPort = quint16(intIn(settings.value(QStringLiteral("proxyPort")), 0, 65535, 0));
    s.proxyUser = settings.value(QStringLiteral("proxyUser")).toString();
    s.securityMode =
        securityModeFromName(settings.value(QStringLiteral("securityMode")).toString()).value_or(SecurityMode::Normal);
    s.syncTime = timeOr(settings.value(QStringLiteral("syncTime")), s.syncTime);
    s.commandPollTime = timeOr(settings.value(QStringLiteral("commandPollTime")), s.commandPollTime);
    s.spreadMinutes = intIn(settings.value(QStringLiteral("spreadMinutes")), 0, 720, s.spreadMinutes);
    s.timeoutSeconds = intIn(settings.value(QStringLiteral("timeoutSeconds")), 5, 3600, s.timeoutSeconds);
    s.agentId = settings.value(QStringLiteral("agentId")).toString();
    s.account = settings.value(QStringLiteral("account")).toString();
    s.site = settings.value(QStringLiteral("site")).toString();
    s.contactEmail = settings.value(QStringLiteral("contactEmail")).toString();
    s.registeredAt =
        QDateTime::fromString(settings.value(QStringLiteral("registeredAt")).toString(), Qt::ISODateWithMs);
    settings.endGroup();
    return s;
}

QString SyncSettings::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("serverUrl"), serverUrl.toString());
    settings.setValue(QStringLiteral("caFile"), caFile);
    settings.setValue(QStringLiteral("pin"), pin);
    settings.setValue(QStringLiteral("clientCert"), clientCertFile);
    settings.setValue(QStringLiteral("clientKey"), clientKeyFile);
    settings.setValue(QStringLiteral("proxy"), proxyModeName(proxyMode));
    settings.setValue(QStringLiteral("proxyHost"), proxyHost);
    settings.setValue(QStringLiteral("proxyPort"), int(proxyPort));
    settings.setValue(QStringLiteral("proxyUser"), proxyUser);
    settings.setValue(QStringLiteral("securityMode"), securityModeName(securityMode));
    settings.setValue(QStringLiteral("syncTime"), syncTime.toString(kTimeFormat));
    settings.setValue(QStringLiteral("commandPollTime"), commandPollTime.toString(kTimeFormat));
    settings.setValue(QStringLiteral("spreadMinutes"), spreadMinutes);
    settings.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    settings.setValue(QStringLiteral("agentId"), agentId);
    settings.setValue(QStringLiteral("account"), account);
    settings.setValue(QStringLiteral("site"), site);
    settings.setValue(QStringLiteral("contactEmail"), contactEmail);
    settings.setValue(QStringLiteral("registeredAt"),
                      registeredAt.isValid() ? registeredAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("The settings file %1 could not be written.").arg(settings.fileName());
    return {};
}

QString SyncSettings::validate() const
{
    QStringList problems;
    if (!serverUrl.isValid() || serverUrl.isEmpty())
        problems << tr("No server URL is configured.");
    else if (serverUrl.scheme() != u"https")
        problems << tr("The server URL %1 is not https://; the agent only talks to a server over HTTPS.")
                        .arg(serverUrl.toString());
    else if (serverUrl.host().isEmpty())
        problems << tr("The server URL %1 has no host name.").arg(serverUrl.toString());
    if (!pin.isEmpty()) {
        const QByteArray digest = QByteArray::fromBase64(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (digest.size() != 32)
            problems << tr("The pin must be the base64 SHA-256 of the server's public key (44 characters).");
    }
    if (clientCertFile.isEmpty())
        problems << tr("No client certificate is configured; the server identifies the agent by it.");
    else if (!clientCertIsPkcs12() && clientKeyFile.isEmpty())
        problems << tr("A PEM client certificate needs its private key (--client-key).");
    if (proxyMode == ProxyMode::Explicit && (proxyHost.isEmpty() || proxyPort == 0))
        problems << tr("An explicit proxy needs a host and a port.");
    return problems.join(u'\n');
}

SyncSecrets SyncSecrets::from(const storage::SecretStore &store)
{
    SyncSecrets s;
    s.payloadKey = store.value(kPayloadKey).value_or(QString());
    s.clientKeyPassphrase = store.value(kClientKeyPassphrase).value_or(QString());
    s.proxyPassword = store.value(kProxyPassword).value_or(QString());
    return s;
}

void SyncSecrets::storeIn(storage::SecretStore &store) const
{
    const auto put = [&store](const QString &key, const QString &value) {
        if (value.isEmpty())
            store.remove(key);
        else
            store.setValue(key, value);
    };
    put(kPayloadKey, payloadKey);
    put(kClientKeyPassphrase, clientKeyPassphrase);
    put(kProxyPassword, proxyPassword);
}

security::SecurityError changeSecurityMode(QSettings &ini, storage::Database &db, const security::Actor &actor,
                                           SecurityMode mode)
{
    SyncSettings settings = SyncSettings::load(ini);
    const security::AuditEntry what{actor, QStringLiteral("security-mode.change"), std::nullopt,
                                    QJsonObject{{QStringLiteral("from"), securityModeName(settings.securityMode)},
                                                {QStringLiteral("to"), securityModeName(mode)}}};
    if (auto denied = security::authorize(db, security::Permission::SecurityMode, what, security::Audit::RefusalsOnly))
        return denied;
    settings.securityMode = mode;
    const QString problem = settings.save(ini);
    if (auto e = security::recordOutcome(db, what, problem))
        return e;
    if (!problem.isEmpty())
        return {security::SecurityErrorCode::Storage, problem};
    return {};
}

} // namespace fleet::sync
