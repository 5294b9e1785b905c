#pragma once
// GET /v1/settings (Normal mode only, R4/R5): the provider changes a few of the agent's settings
// remotely. Each known key is validated on its own and applied only when valid; every change is
// written to the event log with its old and new value (community strings are secrets: only their
// number is logged); unknown keys and keys this version cannot apply are logged and ignored.
//
// Where the values go: pollIntervalMinutes -> ini poll/intervalMinutes (the fleet poll);
// snmp.timeoutMs / snmp.retries -> ini snmp/*, and with snmp.communities the credential profiles
// named "remote-1".. (v2c, after the locally made profiles, which are never touched);
// discovery -> AppSettings::setDiscovery (ini discovery/*, what the scheduled discovery reads),
// after ScheduledDiscovery::check; alertProfiles -> alert profiles named "remote:<name>" (the
// locally made profiles are never touched; remote ones the document no longer names are removed).
// The JSON shapes are in docs/protocol.md.

#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QJsonObject>
#include <QSettings>
#include <QStringList>

namespace fleet::sync {

struct SettingChange
{
    QString key;
    QString oldValue;
    QString newValue;
};

struct RemoteSettingsReport
{
    qint64 revision = -1;
    QList<SettingChange> changed;
    QStringList ignored; // "key: why", one per key not applied
    QString error;       // the document as a whole was unusable
};

class RemoteSettings
{
public:
    static constexpr qint64 kMaxDocumentBytes = 256 * 1024;
    static constexpr qsizetype kMaxAlertProfiles = 64;
    static inline const QString kRemoteProfilePrefix = QStringLiteral("remote-");
    static inline const QString kRemoteAlertPrefix = QStringLiteral("remote:");

    // Parses and applies the body of a 200 answer; the secrets store must be loaded. Changes are
    // logged to the events table of db.
    static RemoteSettingsReport apply(const QByteArray &body, QSettings &settings, storage::Database &db,
                                      storage::SecretStore &secrets, const QDateTime &now);
};

} // namespace fleet::sync
