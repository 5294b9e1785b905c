#pragma once
// Turns what the database knows about the fleet and the agent into the set of conditions open
// right now. A pure function of its inputs (ConditionInputs reads them), so every rule, threshold
// and edge case is tested without a database, a printer or a clock.
//
// Honesty rule: a percentage rule fires only on a real percentage. The Printer-MIB's "some
// remaining", "unknown" and "other" levels (and supplies without a capacity) never fire it; a
// device alert or the days-to-empty forecast may still speak for them.

#include "alerting/Condition.h"
#include "storage/StorageTypes.h"
#include "storage/SupplyForecast.h"

#include <QDateTime>
#include <QList>

namespace fleet::alerting {

struct SupplyInput
{
    qint64 supplyId = 0;
    QString description;
    QString colour;
    QString supplyClass; // "supplyThatIsConsumed" or "receptacleThatIsFilled"
    std::optional<double> percent;
    QString state; // collect::supplyStateName(): "ok", "low", "someRemaining", "unknown"...
    QDateTime readAt;
    storage::SupplyForecast forecast;
};

struct DeviceInput
{
    storage::DeviceRecord device;
    QList<storage::AlertRecord> openAlerts;
    QStringList detectedErrors; // hrPrinterDetectedErrorState bit names of the last reachable poll
    QDateTime detectedErrorsAt; // when that poll ran
    QList<SupplyInput> supplies;
    int consecutiveFailedPolls = 0;           // newest polls that failed, in a row
    QDateTime failingSince;                   // the first of them
    QList<storage::EventRecord> recentEvents; // counterWentDown, ipChanged... within the event window
};

struct CertificateInput
{
    QString name; // "client certificate", "server certificate"
    QDateTime expiresAt;
};

struct AgentInput
{
    QDateTime runningSince;       // the agent's start: "not reporting" waits for the agent to have had its chance
    QDateTime uploadFailingSince; // invalid: the last upload succeeded (or none was tried)
    QDateTime commandPollFailingSince;
    QList<CertificateInput> certificates;
    qint64 diskFreeBytes = -1; // of the volume holding the database; -1 unknown
    qint64 diskTotalBytes = -1;
};

struct Thresholds
{
    double supplyPercent = 10;  // below: SupplyLow
    double daysToEmpty = 7;     // below: SupplyDaysToEmpty
    int failedPolls = 3;        // at least: NotAnswering
    int notReportingHours = 24; // at least: NotReporting
    int eventHours = 24;        // counterWentDown / ipChanged stay open this long after the event
    int uploadFailingDays = 2;  // at least: UploadFailing
    int commandPollFailingHours = 24;
    int certificateDays = 30;   // expiring within: CertificateExpiring
    double diskFreePercent = 5; // below: StorageNearlyFull
};

struct EvaluationInput
{
    QDateTime now;
    QList<DeviceInput> devices;
    AgentInput agent;
    Thresholds thresholds;
};

// The open conditions, sorted by key (each key once).
QList<Condition> evaluateConditions(const EvaluationInput &input);

} // namespace fleet::alerting
