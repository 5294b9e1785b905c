#pragma once
// The fleet-wide view of prtAlertTable occurrences (rows of the alerts table that AlertTracker
// opens and clears): filtered reads joined with the device, open counts per severity class, and
// acknowledgement by an administrator.
//
// Acknowledging records who, when and why; it neither clears nor hides the alert (the device
// clears it). A new occurrence after a clear is a new row, so it starts unacknowledged again.

#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QSet>

#include <optional>

namespace fleet::storage {

// Written once per alert whose acknowledgement was stored; details: alertId, by, note, severity,
// code, description, replaced (true when an earlier acknowledgement was overwritten).
inline constexpr QLatin1String kEventAlertAcknowledged{"alertAcknowledged"};

// How an administrator ranks an alert. prtAlertSeverityLevel is other(1), critical(3), warning(4)
// or warningBinaryChangeEvent(5); both warnings rank as Warning, and every value outside the MIB
// (devices send 0 and 255) as Other. Declared most severe first: the order is the rank.
enum class SeverityClass : quint8 { Critical, Warning, Other };
SeverityClass severityClassOf(qint64 severity);
QString severityClassName(SeverityClass c); // "critical", "warning", "other": part of the CLI's interface
std::optional<SeverityClass> severityClassFromName(QStringView name);
// The classes at least as severe as minimum (Warning: Critical and Warning).
QSet<SeverityClass> severitiesAtLeast(SeverityClass minimum);

enum class AlertState : quint8 { Open, Cleared, All };

struct AlertFilter
{
    QSet<SeverityClass> severities; // empty: every severity
    AlertState state = AlertState::Open;
    std::optional<bool> acknowledged; // empty: either
    std::optional<qint64> deviceId;
    // Only alerts still present at or after this time: open ones, and cleared ones whose clear was
    // noticed at or after it. Invalid: no limit.
    QDateTime since;
    // Case-insensitive substring of the alert's texts (description, code, group and severity
    // names, acknowledgement) or its device's (name, model, manufacturer, location, address,
    // serial). Matched in C++ rather than with SQL LIKE, which folds ASCII only.
    QString text;
    QList<qint64> ids; // non-empty: only these alerts (a view refreshing the rows it changed)
    int limit = 0;     // > 0: at most this many rows, most recently seen first
};

struct Acknowledgement
{
    QDateTime at; // invalid: not acknowledged
    QString by;
    QString note;
    bool isValid() const { return at.isValid(); }
};

// One occurrence with the device it belongs to.
struct FleetAlert
{
    AlertRecord alert;
    Acknowledgement acknowledgement;
    QString deviceName; // sysName
    QString deviceManufacturer;
    QString deviceModel;
    QString deviceLocation; // sysLocation
    QString deviceAddress;
    QString deviceSerial;

    SeverityClass severityClass() const { return severityClassOf(alert.severity); }
    bool isAcknowledged() const { return acknowledgement.isValid(); }
};

struct SeverityCount
{
    int open = 0;
    int unacknowledged = 0; // open and not acknowledged
};

struct AlertCounts
{
    SeverityCount critical;
    SeverityCount warning;
    SeverityCount other;

    const SeverityCount &of(SeverityClass c) const;
    int open() const { return critical.open + warning.open + other.open; }
    int unacknowledged() const { return critical.unacknowledged + warning.unacknowledged + other.unacknowledged; }
};

enum class Reacknowledge : quint8 {
    Keep,    // an alert acknowledged before keeps its first acknowledgement (reported, not an error)
    Replace, // who, when and note are overwritten
};

struct AcknowledgeResult
{
    QList<qint64> acknowledged;        // stored now, in the order given
    QList<qint64> alreadyAcknowledged; // left as they were (Reacknowledge::Keep)
};

class AlertRepository final
{
public:
    explicit AlertRepository(Database &db)
        : m_db(db)
    {}

    // Most severe first, then open before cleared, then most recently seen first.
    Result<QList<FleetAlert>> alerts(const AlertFilter &filter = {});
    // Open alerts per severity class, of one device or the whole fleet.
    Result<AlertCounts> openCounts(std::optional<qint64> deviceId = std::nullopt);

    // Stores the acknowledgement of every id in one transaction: all of them or, on an error
    // (no ids, an empty actor, an unknown id), none. Acknowledging a cleared alert is allowed: it
    // documents that someone dealt with it. Duplicate ids count once.
    Result<AcknowledgeResult> acknowledge(const QList<qint64> &alertIds, const QString &actor, const QString &note,
                                          const QDateTime &at, Reacknowledge mode = Reacknowledge::Keep);

private:
    Database &m_db;
};

// Whether text (non-empty, case-insensitive) occurs in the alert's or its device's texts, as
// AlertFilter::text matches; views filtering loaded rows use it to agree with the query.
bool alertMatchesText(const FleetAlert &alert, const QString &text);

// The operating-system account running this process: the default actor of an acknowledgement.
QString currentUserName();

} // namespace fleet::storage
