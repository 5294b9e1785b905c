#pragma once
// The remote-services settings of one profile (docs/sync.md): where the server is, how the agent
// trusts it and proves itself, the proxy, the security mode and when the daily runs happen. The
// plain values live in the profile's fleetkeeper.ini (group "sync"); the three secrets (payload
// key, client-key passphrase, proxy password) live in the SecretStore and nowhere else.

#include "security/SecurityError.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QTime>
#include <QUrl>

#include <optional>

namespace fleet::security {
struct Actor;
}

namespace fleet::sync {

enum class ProxyMode : quint8 { None, System, Explicit };
enum class SecurityMode : quint8 { Normal, LockedDown };

QString proxyModeName(ProxyMode mode);
std::optional<ProxyMode> proxyModeFromName(const QString &name);
QString securityModeName(SecurityMode mode);
std::optional<SecurityMode> securityModeFromName(const QString &name);

struct SyncSettings
{
    QUrl serverUrl;         // base URL, e.g. https://rs.example.net/fleetkeeper
    QString caFile;         // PEM bundle that replaces the system CAs; empty: the system CAs
    QString pin;            // base64 SHA-256 of the server's SubjectPublicKeyInfo; empty: no pin
    QString clientCertFile; // .p12/.pfx: PKCS#12 with the key; anything else: PEM certificate
    QString clientKeyFile;  // PEM private key for a PEM certificate
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString proxyUser;
    SecurityMode securityMode = SecurityMode::Normal;
    QTime syncTime{2, 30};        // daily upload, local time
    QTime commandPollTime{3, 15}; // daily command poll, local time (Normal mode only)
    int spreadMinutes = 60;       // random start within [time, time + spread)
    int timeoutSeconds = 60;      // a request without progress for this long is abandoned

    // Filled in by registration.
    QString agentId;
    QString account;
    QString site;
    QString contactEmail;
    QDateTime registeredAt;

    bool isRegistered() const { return !agentId.isEmpty(); }
    bool isLockedDown() const { return securityMode == SecurityMode::LockedDown; }
    bool clientCertIsPkcs12() const;

    // Reads the "sync" group; unknown or malformed values fall back to the defaults.
    static SyncSettings load(QSettings &settings);
    // Writes the "sync" group and syncs; returns why it failed, empty on success.
    QString save(QSettings &settings) const;
    // Empty when usable for a request, else every problem found, one per line.
    QString validate() const;
};

struct SyncSecrets
{
    QString payloadKey;          // 64 hex characters, the WinZip AES password of the payload
    QString clientKeyPassphrase; // of the PKCS#12 file or the PEM key; empty: none
    QString proxyPassword;

    static inline const QString kPayloadKey = QStringLiteral("sync/payloadKey");
    static inline const QString kClientKeyPassphrase = QStringLiteral("sync/clientKeyPassphrase");
    static inline const QString kProxyPassword = QStringLiteral("sync/proxyPassword");

    // The store must have been load()ed.
    static SyncSecrets from(const storage::SecretStore &store);
    // Sets (or removes, when empty) the three keys; the caller saves the store.
    void storeIn(storage::SecretStore &store) const;
};

// Switches the security mode (R4) for actor (security-mode) and saves the "sync" group of ini;
// the change, with from and to, or the refusal goes to the audit log on db. Nothing changes when
// refused.
security::SecurityError changeSecurityMode(QSettings &ini, storage::Database &db, const security::Actor &actor,
                                           SecurityMode mode);

} // namespace fleet::sync
