#pragma once
// Plain records the storage layer returns to readers, and the per-batch outcome of a write.
// Times are UTC QDateTime; an invalid QDateTime means "never" / "not recorded".

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet::storage {

// Event kinds written to the events table; the names are part of the CLI's JSON interface.
inline constexpr QLatin1String kEventDeviceAdded{"deviceAdded"};
inline constexpr QLatin1String kEventIpChanged{"ipChanged"};
inline constexpr QLatin1String kEventCounterWentDown{"counterWentDown"};
inline constexpr QLatin1String kEventMeterDisagreement{"meterDisagreement"};
inline constexpr QLatin1String kEventMetersAgreeAgain{"metersAgreeAgain"};

// Poll results in the polls table.
inline constexpr QLatin1String kPollOk{"ok"};           // reachable, no error
inline constexpr QLatin1String kPollPartial{"partial"}; // reachable, but the poll ended with an error
inline constexpr QLatin1String kPollFailed{"failed"};   // not reachable

struct DeviceRecord
{
    qint64 id = 0;
    QString serial; // normalised; empty when the device reports no usable serial
    QString sysObjectId;
    QString manufacturer;
    QString model;
    QString name; // sysName
    QString location;
    QString firmware;
    QStringList macAddresses;
    QString address;          // current host:port
    QString lastKnownAddress; // the address before the last change; empty if it never changed
    bool ipChanged = false;
    QDateTime ipChangedAt;
    QDateTime firstSeen;
    QDateTime lastSeen;      // last poll that reached the device
    QDateTime lastSuccessAt; // last poll without error
    QDateTime lastPollAt;    // last poll attempt, failed or not
    QString status;          // overall status of the last poll ("ok", "warning", "error", "offline", "unknown")
    QString credentialName;  // profile that worked last
    QString discoveryMethod;
    QDateTime discoveredAt;
    std::optional<qint64> discoveryRunId;
    bool inScope = true;
    bool metersDisagree = false; // vendor total and the marker life counts differ (see docs/storage.md)
};

struct PollRecord
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QDateTime polledAt;
    qint64 durationMs = 0;
    int requests = 0;
    QString result; // kPollOk, kPollPartial, kPollFailed
    QString errorClass;
    QString message;
    QString address;
};

struct MeterReading
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QDateTime readAt;
    QString meter; // vendor meter name, or "marker.<hrDeviceIndex>.<markerIndex>" for prtMarkerLifeCount
    quint64 value = 0;
    QString unit;
    QString oid;
    QString rawValue;
    QString source;
    bool suspect = false; // lower than the previous reading: excluded from usage
};

struct SupplyReading
{
    qint64 id = 0;
    qint64 deviceId = 0;
    qint64 supplyId = 0;
    QDateTime readAt;
    int hrDeviceIndex = 0;
    int index = 0;
    QString description;
    QString supplyClass;
    QString type;
    QString colour;
    QString unit;
    QString partNumber;
    std::optional<qint64> maxCapacity;
    std::optional<qint64> level;
    std::optional<double> percent;
    QString state;
};

struct AlertRecord
{
    qint64 id = 0;
    qint64 deviceId = 0;
    qint64 severity = 0;
    QString severityName;
    qint64 trainingLevel = 0;
    QString trainingLevelName;
    qint64 group = 0;
    QString groupName;
    qint64 groupIndex = 0;
    qint64 location = 0;
    qint64 code = 0;
    QString codeName;
    QString description;
    int hrDeviceIndex = 0; // as last seen; the device may reuse it for another alert
    int alertIndex = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime clearedAt; // invalid while open

    bool isOpen() const { return !clearedAt.isValid(); }
};

struct EventRecord
{
    qint64 id = 0;
    std::optional<qint64> deviceId;
    QDateTime at;
    QString kind;
    QString message;
    QJsonObject details;
};

struct DiscoveryRunRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running
    QStringList targets;
    int found = 0;
    int skipped = 0;
    int failed = 0;
    QString summary;
};

struct LatestSnapshot
{
    qint64 deviceId = 0;
    QDateTime polledAt;
    QJsonObject snapshot; // the last reachable poll, as collect::snapshotToJson() (the `poll --json` form)
};

// Filters for history reads; empty/invalid members do not filter.
struct HistoryFilter
{
    QString meter;   // meters: exact name, or a prefix ending in '.' ("marker.") for a family
    QString kind;    // events: exact kind
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    int limit = 0;   // > 0: only the newest rows (still returned oldest first)
};

// What the caller knows about a batch beyond the snapshots themselves.
struct StoreContext
{
    // How new devices of this batch were found ("scan", "csv", "manual"...); empty for routine
    // polls, whose new devices get "poll".
    QString discoveryMethod;
    // When set, the run is inserted in the same transaction and new devices are linked to it.
    std::optional<DiscoveryRunRecord> discoveryRun;
};

struct DeviceOutcome
{
    enum class Kind : quint8 {
        Added,          // a new device was created
        Updated,        // a known device got a new poll
        FailedPoll,     // unreachable: a failed poll was recorded for the known device at that address
        SkippedUnknown, // unreachable and no known device at that address: nothing stored
    };
    int snapshotIndex = 0;
    QString target;
    Kind kind = Kind::SkippedUnknown;
    qint64 deviceId = 0; // 0 when SkippedUnknown
    bool ipChanged = false;
    QString previousAddress;
    QStringList events; // kinds of the events recorded for this snapshot
};
QString outcomeKindName(DeviceOutcome::Kind kind);

struct BatchResult
{
    int stored = 0; // snapshots that were written (Added + Updated + FailedPoll)
    QList<DeviceOutcome> outcomes;
    std::optional<qint64> discoveryRunId; // the run inserted from StoreContext::discoveryRun
};

} // namespace fleet::storage
