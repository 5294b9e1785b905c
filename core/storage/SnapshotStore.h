#pragma once
// Stores polled snapshots: finds or creates the device (DeviceMatcher), records the poll, the
// meters (MeterRecorder), supplies (SupplyRecorder), alerts (AlertTracker), events and the
// latest snapshot as JSON. A batch is one transaction: all of it is stored or none of it.

#include "collect/DeviceSnapshot.h"
#include "storage/Database.h"
#include "storage/StorageTypes.h"

namespace fleet::storage {

class SnapshotStore final
{
public:
    explicit SnapshotStore(Database &db)
        : m_db(db)
    {}

    Result<BatchResult> storeBatch(const QList<DeviceSnapshot> &snapshots, const StoreContext &context = {});

    // Writes a discovery run on its own (one transaction).
    Result<qint64> recordDiscoveryRun(const DiscoveryRunRecord &run);
    StorageError setInScope(qint64 deviceId, bool inScope);

private:
    StorageError storeOne(int index, const DeviceSnapshot &snapshot, const StoreContext &context,
                          std::optional<qint64> runId, DeviceOutcome &outcome);
    StorageError storeUnreachable(const DeviceSnapshot &snapshot, const QDateTime &polledAt, DeviceOutcome &outcome);
    Result<qint64> addDevice(const DeviceSnapshot &snapshot, const QDateTime &polledAt, const StoreContext &context,
                             std::optional<qint64> runId);
    StorageError updateDevice(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt);
    StorageError moveDevice(qint64 deviceId, const QString &from, const QString &to, const QDateTime &at,
                            DeviceOutcome &outcome);
    StorageError storeMacs(qint64 deviceId, const QStringList &macs, const QDateTime &at);
    StorageError insertPoll(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt);
    StorageError storeLatest(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt);
    Result<qint64> insertDiscoveryRun(const DiscoveryRunRecord &run);

    Database &m_db;
};

} // namespace fleet::storage
