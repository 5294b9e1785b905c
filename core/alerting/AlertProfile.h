#pragma once
// An alert profile: which conditions of which devices reach which recipients, and how (at once
// or in a daily digest, outside quiet hours, with or without a mail when the condition clears,
// with a reminder while it stays open). Stored in alert_profiles.

#include "alerting/Condition.h"
#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <QSet>
#include <QStringList>

namespace fleet::alerting {

enum class DeviceScope : quint8 { All, Location, Model, Devices };
QString deviceScopeName(DeviceScope s); // "all", "location", "model", "devices"
std::optional<DeviceScope> deviceScopeFromName(QStringView name);

enum class Delivery : quint8 { Immediate, Digest };

struct AlertProfile
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    QSet<ConditionKind> kinds;      // empty: every kind
    QSet<AlertCategory> categories; // device alerts only; empty: every category
    Severity minSeverity = Severity::Warning;
    DeviceScope scope = DeviceScope::All;
    QStringList scopeValues; // locations or models (case-insensitive substrings), or device ids
    QStringList recipients;  // e-mail addresses
    Delivery delivery = Delivery::Immediate;
    int digestHour = 7;                  // local hour the daily digest goes out
    std::optional<int> quietStartMinute; // local minutes since midnight; both set: quiet hours
    std::optional<int> quietEndMinute;
    bool notifyClear = true;
    int reminderHours = 0; // > 0: remind while the condition stays open this long after the last mail
    QDateTime createdAt;

    // Whether this profile wants to hear of condition (device: its device, if any).
    bool matches(const Condition &condition, const storage::DeviceRecord *device) const;
    // Whether local time t falls in the quiet hours (a window may span midnight).
    bool isQuiet(const QDateTime &t) const;
    // The first moment at or after t outside the quiet hours.
    QDateTime endOfQuiet(const QDateTime &t) const;
};

// A readable error for a profile that cannot work (no name, no recipient, a malformed address).
QString validateProfile(const AlertProfile &profile);

class AlertProfileRepository final
{
public:
    explicit AlertProfileRepository(storage::Database &db)
        : m_db(db)
    {}

    storage::Result<qint64> add(const AlertProfile &profile); // refuses an invalid profile or a taken name
    storage::Result<QList<AlertProfile>> profiles(bool enabledOnly = false);
    storage::Result<std::optional<AlertProfile>> profile(const QString &name);
    storage::Result<bool> remove(const QString &name); // false: no such profile
    // Replaces the stored profile with profile.id (its notifications and reminders stay linked);
    // refuses an invalid profile or a name another profile has. false: no such profile.
    storage::Result<bool> update(const AlertProfile &profile);

private:
    storage::Database &m_db;
};

} // namespace fleet::alerting
