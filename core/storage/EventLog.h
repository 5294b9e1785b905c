#pragma once
// Appends to the user-visible event log (events table). Messages are English sentences for
// logs and exports; details carry the values so a UI can render its own text.

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace fleet::storage {

class EventLog final
{
public:
    explicit EventLog(Database &db)
        : m_db(db)
    {}

    Result<qint64> record(std::optional<qint64> deviceId, const QDateTime &at, const QString &kind,
                          const QString &message, const QJsonObject &details = {});

private:
    Database &m_db;
};

} // namespace fleet::storage
