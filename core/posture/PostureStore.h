#pragma once
// The latest probe result per device (table posture_probes, schema version 8), on the caller's
// own Database connection.

#include "posture/PostureTypes.h"
#include "storage/Database.h"

#include <QHash>

namespace fleet::posture {

class PostureStore final
{
public:
    explicit PostureStore(storage::Database &db)
        : m_db(db)
    {}

    // Replaces the device's previous result. A device deleted meanwhile is skipped, not an error.
    storage::StorageError save(const ProbeResult &result);
    storage::Result<QHash<qint64, ProbeResult>> results();

private:
    storage::Database &m_db;
};

} // namespace fleet::posture
