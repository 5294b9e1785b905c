#pragma once
// alerting/: conditions worth telling a person about, evaluated in the core after every poll and
// sync; which profile wants to hear of them; the notifications they cause and their delivery by
// e-mail. This header holds the vocabulary shared by all of it.
//
// A condition is identified by a stable key ("device/12/alert/jam", "agent/upload") so the same
// problem seen by two evaluations is the same condition: the tracker opens it once and clears it
// once, whatever the evaluations in between say about its text.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fleet::alerting {

enum class ConditionKind : quint8 {
    DeviceAlert,       // a prtAlertTable row or an hrPrinterDetectedErrorState bit
    SupplyLow,         // a supply's level below a percentage
    SupplyDaysToEmpty, // the forecast empties the supply within N days
    NotAnswering,      // N consecutive polls failed
    NotReporting,      // no successful poll for N hours while the agent runs
    CounterWentDown,   // a meter read lower than before
    MetersDisagree,    // the vendor total and prtMarkerLifeCount differ
    IpChanged,         // the device answers on another address
    UploadFailing,     // the agent's upload has failed for N days
    CommandPollFailing,
    CertificateExpiring, // client or server certificate within N days of its end
    StorageNearlyFull,   // the database or its disk
};
inline constexpr int kConditionKindCount = 12;

// Stable names, part of the CLI's and the database's vocabulary ("deviceAlert", "supplyLow"...).
QString conditionKindName(ConditionKind kind);
std::optional<ConditionKind> conditionKindFromName(QStringView name);
QList<ConditionKind> allConditionKinds();

enum class Severity : quint8 { Info, Warning, Critical }; // in rising order
QString severityName(Severity s);                         // "info", "warning", "critical"
std::optional<Severity> severityFromName(QStringView name);

// What a device alert is about, for profiles that want only some of them.
enum class AlertCategory : quint8 { Jam, DoorOpen, TonerLow, TonerEmpty, PaperOut, ServiceNeeded, Other };
QString alertCategoryName(AlertCategory c); // "jam", "doorOpen", "tonerLow", "tonerEmpty", "paperOut", ...
std::optional<AlertCategory> alertCategoryFromName(QStringView name);
// Classification of a prtAlertTable row by its group and code (RFC 3805 values).
AlertCategory alertCategoryOf(qint64 group, qint64 code);
// Classification of an hrPrinterDetectedErrorState bit by its name; empty for bits not worth a
// notification on their own (offline, overdue maintenance is ServiceNeeded).
std::optional<AlertCategory> detectedErrorCategory(const QString &bitName);

struct Condition
{
    QString key; // stable identity, e.g. "device/12/alert/jam"
    ConditionKind kind = ConditionKind::DeviceAlert;
    Severity severity = Severity::Warning;
    std::optional<qint64> deviceId;        // empty: a condition of the agent itself
    std::optional<AlertCategory> category; // DeviceAlert only
    QDateTime since;                       // when it started, as far as the inputs tell
    QString text;                          // one English sentence ("Paper jam", "Black toner at 4 %")
    QJsonObject details;                   // values for a UI or a mail (level, days, address...)

    bool operator==(const Condition &o) const = default;
};

} // namespace fleet::alerting
