#pragma once
// What the fleet table shows per device: the stored record plus a summary of its last poll
// (page count, one gauge per supply, a status line). Read in two queries whatever the fleet size.

#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <optional>

namespace fleet::storage {

struct SupplyGauge
{
    QString description;
    QString colour; // colorant as the device names it ("black", "cyan"...), else from the description
    QString type;   // "toner", "wasteToner", "opc"...
    QString state;  // supplyStateName(): ok low empty nearlyFull full someRemaining unknown other unknownCapacity
    std::optional<double> percent;
    bool receptacle = false; // level is the remaining space (waste containers)
};

struct FleetRow
{
    DeviceRecord device;
    std::optional<quint64> totalImpressions;
    QList<SupplyGauge> supplies;
    QString statusText; // console message or detected errors of the last poll, for the table
};

Result<QList<FleetRow>> fleetOverview(Database &db);
// The same summary from one snapshot JSON (the `poll --json` form); exposed for tests.
void summariseSnapshot(const QJsonObject &snapshot, FleetRow &row);

} // namespace fleet::storage
