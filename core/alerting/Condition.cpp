#include "alerting/Condition.h"

namespace fleet::alerting {

namespace {
struct KindName
{
    ConditionKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {ConditionKind::DeviceAlert, "deviceAlert"},
    {ConditionKind::SupplyLow, "supplyLow"},
    {ConditionKind::SupplyDaysToEmpty, "supplyDaysToEmpty"},
    {ConditionKind::NotAnswering, "notAnswering"},
    {ConditionKind::NotReporting, "notReporting"},
    {ConditionKind::CounterWentDown, "counterWentDown"},
    {ConditionKind::MetersDisagree, "metersDisagree"},
    {ConditionKind::IpChanged, "ipChanged"},
    {ConditionKind::UploadFailing, "uploadFailing"},
    {ConditionKind::CommandPollFailing, "commandPollFailing"},
    {ConditionKind::CertificateExpiring, "certificateExpiring"},
    {ConditionKind::StorageNearlyFull, "storageNearlyFull"},
};
static_assert(std::size(kKindNames) == kConditionKindCount);

struct CategoryName
{
    AlertCategory category;
    const char *name;
};
constexpr CategoryName kCategoryNames[] = {
    {AlertCategory::Jam, "jam"},           {AlertCategory::DoorOpen, "doorOpen"},
    {AlertCategory::TonerLow, "tonerLow"}, {AlertCategory::TonerEmpty, "tonerEmpty"},
    {AlertCategory::PaperOut, "paperOut"}, {AlertCategory::ServiceNeeded, "serviceNeeded"},
    {AlertCategory::Other, "other"},
};

// prtAlertGroup values (RFC 3805 PrtAlertGroupTC).
constexpr qint64 kGroupCover = 6;
constexpr qint64 kGroupInput = 8;
constexpr qint64 kGroupMarkerSupplies = 11;
} // namespace

QString conditionKindName(ConditionKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("unknown");
}

std::optional<ConditionKind> conditionKindFromName(QStringView name)
{
    for (const auto &k : kKindNames)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

QList<ConditionKind> allConditionKinds()
{
    QList<ConditionKind> kinds;
    for (const auto &k : kKindNames)
        kinds << k.kind;
    return kinds;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical})
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString alertCategoryName(AlertCategory c)
{
    for (const auto &k : kCategoryNames)
        if (k.category == c)
            return QString::fromLatin1(k.name);
    return QStringLiteral("other");
}

std::optional<AlertCategory> alertCategoryFromName(QStringView name)
{
    for (const auto &k : kCategoryNames)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.category;
    return std::nullopt;
}

AlertCategory alertCategoryOf(qint64 group, qint64 code)
{
    switch (code) {
    case 8: // jam
        return AlertCategory::Jam;
    case 3:   // coverOpen
    case 5:   // interlockOpen
    case 501: // doorOpen
        return AlertCategory::DoorOpen;
    case 1104: // markerTonerAlmostEmpty
    case 1105: // markerInkAlmostEmpty
    case 1113: // markerDeveloperAlmostEmpty
        return AlertCategory::TonerLow;
    case 1101: // markerTonerEmpty
    case 1102: // markerInkEmpty
    case 1114: // markerDeveloperEmpty
    case 1115: // markerTonerCartridgeMissing
        return AlertCategory::TonerEmpty;
    case 808: // inputMediaSupplyEmpty
        return AlertCategory::PaperOut;
    case 29: // subunitRecoverableFailure
    case 30: // subunitUnrecoverableFailure
    case 32: // subunitUnrecoverableStorageError
    case 33: // subunitMotorFailure
    case 36: // subunitOverTemperature
    case 38: // subunitThermistorFailure
    case 1002:
    case 1003:
    case 1004: // fuser failures
    case 1112: // markerOpcLifeOver
        return AlertCategory::ServiceNeeded;
    default:
        break;
    }
    // The generic subunit codes say what happened; the group says to what.
    if (group == kGroupMarkerSupplies && code == 12) // subunitAlmostEmpty
        return AlertCategory::TonerLow;
    if (group == kGroupMarkerSupplies && code == 13) // subunitEmpty
        return AlertCategory::TonerEmpty;
    if (group == kGroupInput && code == 13)
        return AlertCategory::PaperOut;
    if (group == kGroupCover && code == 18) // subunitOpened
        return AlertCategory::DoorOpen;
    return AlertCategory::Other;
}

std::optional<AlertCategory> detectedErrorCategory(const QString &bitName)
{
    if (bitName == u"jammed")
        return AlertCategory::Jam;
    if (bitName == u"doorOpen")
        return AlertCategory::DoorOpen;
    if (bitName == u"lowToner")
        return AlertCategory::TonerLow;
    if (bitName == u"noToner")
        return AlertCategory::TonerEmpty;
    if (bitName == u"noPaper")
        return AlertCategory::PaperOut;
    if (bitName == u"serviceRequested" || bitName == u"overduePreventMaint")
        return AlertCategory::ServiceNeeded;
    return std::nullopt;
}

} // namespace fleet::alerting
