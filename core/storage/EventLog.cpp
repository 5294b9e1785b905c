#include "storage/EventLog.h"

#include "storage/SqlValues.h"
#include "storage/StorageLog.h"

#include <QJsonDocument>

namespace fleet::storage {

Result<qint64> EventLog::record(std::optional<qint64> deviceId, const QDateTime &at, const QString &kind,
                                const QString &message, const QJsonObject &details)
{
    qCDebug(lcStorage) << "event" << kind << "device" << (deviceId ? *deviceId : 0) << message;
    return m_db.insert(
        QStringLiteral("INSERT INTO events (device_id, at, kind, message, details) VALUES (?, ?, ?, ?, ?)"),
        {sql::optional(deviceId), sql::time(at), kind, message,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

} // namespace fleet::storage
