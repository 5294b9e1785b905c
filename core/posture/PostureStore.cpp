#include "posture/PostureStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace fleet::posture {

storage::StorageError PostureStore::save(const ProbeResult &result)
{
    auto exists = m_db.scalar(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"), {result.deviceId});
    if (!exists)
        return exists.error();
    if (exists->isNull())
        return {};
    const QByteArray json = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    return m_db.exec(QStringLiteral("INSERT INTO posture_probes (device_id, probed_at, result) VALUES (?, ?, ?) "
                                    "ON CONFLICT(device_id) DO UPDATE SET probed_at = excluded.probed_at, "
                                    "result = excluded.result"),
                     {result.deviceId, result.probedAt.toMSecsSinceEpoch(), QString::fromUtf8(json)});
}

storage::Result<QHash<qint64, ProbeResult>> PostureStore::results()
{
    auto q = m_db.run(QStringLiteral("SELECT result FROM posture_probes"));
    if (!q)
        return q.error();
    QHash<qint64, ProbeResult> out;
    while ((*q)->next()) {
        const auto r = ProbeResult::fromJson(QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object());
        if (r)
            out.insert(r->deviceId, *r);
    }
    return out;
}

} // namespace fleet::posture
