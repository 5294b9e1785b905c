#include "collect/DeviceSnapshot.h"

namespace fleet {

QString overallStatusName(OverallStatus s)
{
    switch (s) {
    case OverallStatus::Ok:
        return QStringLiteral("ok");
    case OverallStatus::Warning:
        return QStringLiteral("warning");
    case OverallStatus::Error:
        return QStringLiteral("error");
    case OverallStatus::Offline:
        return QStringLiteral("offline");
    case OverallStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString supplyStateName(SupplyState s)
{
    switch (s) {
    case SupplyState::Ok:
        return QStringLiteral("ok");
    case SupplyState::Low:
        return QStringLiteral("low");
    case SupplyState::Empty:
        return QStringLiteral("empty");
    case SupplyState::NearlyFull:
        return QStringLiteral("nearlyFull");
    case SupplyState::Full:
        return QStringLiteral("full");
    case SupplyState::SomeRemaining:
        return QStringLiteral("someRemaining");
    case SupplyState::Unknown:
        return QStringLiteral("unknown");
    case SupplyState::Other:
        return QStringLiteral("other");
    case SupplyState::NoCapacity:
        return QStringLiteral("unknownCapacity");
    }
    return QStringLiteral("unknown");
}

} // namespace fleet
