#include "storage/SupplyRecorder.h"

#include "storage/SqlValues.h"
#include "storage/StoredNames.h"

namespace fleet::storage {

Result<qint64> SupplyRecorder::supplyId(qint64 deviceId, const Supply &supply, const QDateTime &polledAt)
{
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM supplies WHERE device_id = ? AND hr_device_index = ? "
                                               "AND supply_index = ? AND description = ?"),
                                {deviceId, supply.hrDeviceIndex, supply.index, supply.description});
    if (!existing)
        return existing.error();
    const QVariantList details{storedEnumText(supply.supplyClass), storedEnumText(supply.type), supply.colorant,
                               storedEnumText(supply.unit), supply.partNumber};
    if (!existing->isNull()) {
        const qint64 id = existing->toLongLong();
        if (auto error = m_db.exec(QStringLiteral("UPDATE supplies SET supply_class = ?, type = ?, colour = ?, "
                                                  "unit = ?, part_number = ?, last_seen = max(last_seen, ?) "
                                                  "WHERE id = ?"),
                                   details + QVariantList{sql::time(polledAt), id}))
            return error;
        return id;
    }
    return m_db.insert(QStringLiteral("INSERT INTO supplies (device_id, hr_device_index, supply_index, description, "
                                      "supply_class, type, colour, unit, part_number, first_seen, last_seen) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       QVariantList{deviceId, supply.hrDeviceIndex, supply.index, supply.description} + details +
                           QVariantList{sql::time(polledAt), sql::time(polledAt)});
}

StorageError SupplyRecorder::record(qint64 deviceId, const QList<Supply> &supplies, const QDateTime &polledAt)
{
    for (const Supply &supply : supplies) {
        auto id = supplyId(deviceId, supply, polledAt);
        if (!id)
            return id.error();
        if (auto error =
                m_db.exec(QStringLiteral("INSERT INTO supply_readings (supply_id, read_at, max_capacity, "
                                         "level, percent, state) VALUES (?, ?, ?, ?, ?, ?)"),
                          {*id, sql::time(polledAt), sql::optional(supply.maxCapacity), sql::optional(supply.level),
                           sql::optional(supply.percent), supplyStateName(supply.state)}))
            return error;
    }
    return {};
}

} // namespace fleet::storage
