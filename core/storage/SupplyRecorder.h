#pragma once
// Writes one poll's supply levels. The supply row (slot and description) is kept once; each
// poll adds a reading with max, level, percent (NULL when the device gives no usable ratio)
// and state.

#include "collect/DeviceSnapshot.h"
#include "storage/Database.h"

namespace fleet::storage {

class SupplyRecorder final
{
public:
    explicit SupplyRecorder(Database &db)
        : m_db(db)
    {}

    StorageError record(qint64 deviceId, const QList<Supply> &supplies, const QDateTime &polledAt);

private:
    Result<qint64> supplyId(qint64 deviceId, const Supply &supply, const QDateTime &polledAt);

    Database &m_db;
};

} // namespace fleet::storage
