#pragma once
// Synchronous reads for the CLI, models and exports, on the caller's own Database (one per
// thread). Lists come oldest first; HistoryFilter::limit keeps the newest rows.

#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <optional>

namespace fleet::storage {

class FleetRepository final
{
public:
    explicit FleetRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<DeviceRecord>> devices(bool inScopeOnly = false);
    Result<std::optional<DeviceRecord>> device(qint64 id);
    // "host:port" exactly, or "host" on any port.
    Result<QList<DeviceRecord>> findByAddress(const QString &address);
    Result<QList<DeviceRecord>> findBySerial(const QString &serial);
    // sysName, case-insensitive, exact.
    Result<QList<DeviceRecord>> findByName(const QString &name);
    // What a user types: a device id, an address, a serial or a name, tried in that order.
    Result<QList<DeviceRecord>> find(const QString &text);

    Result<std::optional<LatestSnapshot>> latestSnapshot(qint64 deviceId);
    Result<QList<MeterReading>> meterHistory(qint64 deviceId, const HistoryFilter &filter = {});
    // The newest reading of every meter series of the device, by meter name.
    Result<QList<MeterReading>> latestMeters(qint64 deviceId);
    Result<QList<SupplyReading>> supplyHistory(qint64 deviceId, const HistoryFilter &filter = {});
    // Open alerts of one device, or of all devices when deviceId is empty.
    Result<QList<AlertRecord>> openAlerts(std::optional<qint64> deviceId = std::nullopt);
    // Open and cleared alerts that were first seen in the filter's window.
    Result<QList<AlertRecord>> alertHistory(qint64 deviceId, const HistoryFilter &filter = {});
    Result<QList<PollRecord>> polls(qint64 deviceId, const HistoryFilter &filter = {});
    // Events of one device, or all events when deviceId is empty.
    Result<QList<EventRecord>> events(std::optional<qint64> deviceId = std::nullopt, const HistoryFilter &filter = {});
    Result<QList<DiscoveryRunRecord>> discoveryRuns(const HistoryFilter &filter = {});

private:
    Result<QList<DeviceRecord>> queryDevices(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace fleet::storage
